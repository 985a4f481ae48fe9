import { isolate } from "../../../i18n/isolate.ts";
import type { EmailTemplate, TemplateContext } from "../email-template.ts";

const ts = (ctx: TemplateContext) => (key: string, values?: Record<string, unknown>) =>
  ctx.i18n.t(`spotlights:email.${key}`, values ?? {});

/**
 * To the colleague: what was written about them, and the link that shows it and asks them.
 * Nobody else sees it until they agree; they may decline, or withdraw it later.
 */
export const spotlightAsked: EmailTemplate<"spotlight-asked"> = (message, ctx) => {
  const t = ts(ctx);
  const vars = { author: isolate(message.authorName), title: isolate(message.title) };
  return {
    subject: t("asked.subject", vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: [
        t("asked.body", vars),
        ...(message.summary ? [`“${message.summary}”`] : []),
        t("asked.consent"),
        t("asked.keep"),
      ],
      action: { intro: t("asked.action"), label: t("asked.button"), url: message.answerUrl },
    },
  };
};

/** To the author: the colleague agreed (it is public now) or declined (it stays with you). */
export const spotlightAnswered: EmailTemplate<"spotlight-answered"> = (message, ctx) => {
  const t = ts(ctx);
  const vars = { subject: isolate(message.subjectName), title: isolate(message.title) };
  const which = message.agreed ? "agreed" : "declined";
  return {
    subject: t(`${which}.subject`, vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: [t(`${which}.body`, vars)],
      action: { intro: t(`${which}.action`), label: t(`${which}.button`), url: message.url },
    },
  };
};

/** The spotlights feature's templates, spread into render-email.ts's registry. */
export const spotlightTemplates = {
  "spotlight-asked": spotlightAsked,
  "spotlight-answered": spotlightAnswered,
};
