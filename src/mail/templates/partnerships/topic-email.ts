import { markdownParagraphs } from "../../../domain/markdown-paragraphs.ts";
import { isolate } from "../../../i18n/isolate.ts";
import type { EmailTemplate } from "../email-template.ts";

/**
 * The fortnight's topic: its title in the subject, the prompt as plain paragraphs (the
 * facilitator wrote Markdown; an email shows text), who it is for, and the partnership page.
 */
export const topicEmail: EmailTemplate<"topic"> = (message, ctx) => {
  const t = (key: string, values: Record<string, unknown> = {}) =>
    ctx.i18n.t(`topics:email.${key}`, values);
  const partners = new Intl.ListFormat(ctx.locale, { type: "conjunction" }).format(
    message.partnerNames.map(isolate),
  );
  const vars = { round: message.roundName, programme: message.programmeName, partners };
  return {
    subject: t("subject", { title: message.title }),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: [
        message.partnerNames.length > 0 ? t("intro", vars) : t("introAlone", vars),
        t("quotedTitle", { title: message.title }),
        ...markdownParagraphs(message.promptMarkdown),
        t("noPressure", vars),
      ],
      action: {
        intro: t("pageIntro"),
        label: t("pageButton"),
        url: message.partnershipUrl,
      },
    },
  };
};
