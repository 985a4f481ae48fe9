import type { EmailTemplate } from "../email-template.ts";

export const notMatched: EmailTemplate<"not-matched"> = (message, ctx) => {
  const vars = { round: message.roundName, programme: message.programmeName };
  return {
    subject: ctx.t("notMatched.subject", vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.applicantName),
      paragraphs: [
        ctx.t("notMatched.intro", vars),
        ctx.t(`notMatched.reason.${message.reason}`),
        ctx.t("notMatched.next"),
      ],
    },
  };
};
