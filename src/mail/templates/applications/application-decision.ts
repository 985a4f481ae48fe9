import type { EmailTemplate } from "../email-template.ts";

export const applicationDecision: EmailTemplate<"application-decision"> = (message, ctx) => {
  const vars = { round: message.roundName };
  return {
    subject: ctx.t("applicationDecision.subject", vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.applicantName),
      paragraphs: [ctx.t(`applicationDecision.${message.decision}`, vars)],
      ...(message.message
        ? {
            quote: {
              intro: ctx.t("applicationDecision.messageFromFacilitator"),
              text: message.message,
            },
          }
        : {}),
      action: {
        intro: ctx.t("applicationDecision.manage"),
        label: ctx.t("applicationDecision.manageButton"),
        url: message.manageUrl,
      },
    },
  };
};
