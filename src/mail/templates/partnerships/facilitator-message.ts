import type { EmailTemplate } from "../email-template.ts";

/** A facilitator writes to a pair from the follow-up list: their words, quoted as written. */
export const facilitatorMessage: EmailTemplate<"facilitator-message"> = (message, ctx) => {
  const t = (key: string, values?: Record<string, unknown>) =>
    ctx.i18n.t(`checkins:email.facilitatorMessage.${key}`, values ?? {});
  const vars = {
    round: message.roundName,
    programme: message.programmeName,
    facilitator: message.facilitatorName,
  };
  return {
    subject: t("subject", vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: [t("intro", vars)],
      quote: { intro: t("quoteIntro", vars), text: message.message },
    },
  };
};
