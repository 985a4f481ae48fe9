import type { EmailTemplate } from "../email-template.ts";

export const applicationWithdrawn: EmailTemplate<"application-withdrawn"> = (message, ctx) => ({
  subject: ctx.t("applicationWithdrawn.subject", { round: message.roundName }),
  content: {
    ...ctx.base,
    greeting: ctx.greet(message.applicantName),
    paragraphs: [ctx.t("applicationWithdrawn.body", { round: message.roundName })],
  },
});
