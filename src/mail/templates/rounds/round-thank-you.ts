import { isolate } from "../../../i18n/isolate.ts";
import type { EmailTemplate } from "../email-template.ts";

/**
 * The end of a round: thanks, with the partners' names, what comes next, and the link to the
 * end-of-round survey when it is open.
 */
export const roundThankYou: EmailTemplate<"round-thank-you"> = (message, ctx) => {
  const t = (key: string, values: Record<string, unknown> = {}) =>
    ctx.i18n.t(`roundlife:email.${key}`, values);
  const vars = { round: isolate(message.roundName), programme: isolate(message.programmeName) };
  const partners = new Intl.ListFormat(ctx.locale, { type: "conjunction" }).format(
    message.partnerNames.map(isolate),
  );
  return {
    subject: t("subject", vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: [
        message.partnerNames.length > 0
          ? t("bodyWithPartners", { ...vars, partners })
          : t("body", vars),
        t("keepInTouch"),
        t("next", vars),
      ],
      ...(message.surveyUrl
        ? {
            action: {
              intro: ctx.i18n.t("surveys:email.thankYou.intro"),
              label: ctx.i18n.t("surveys:email.button"),
              url: message.surveyUrl,
            },
          }
        : {}),
    },
  };
};
