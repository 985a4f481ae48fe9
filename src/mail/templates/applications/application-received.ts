import type { EmailTemplate } from "../email-template.ts";

export const applicationReceived: EmailTemplate<"application-received"> = (message, ctx) => {
  // The closing time on the applicant's own clock, as their application gave it.
  const closes = new Intl.DateTimeFormat(ctx.locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: message.timeZone,
    timeZoneName: "short",
  }).format(message.closesAt);
  const vars = { round: message.roundName, programme: message.programmeName };
  return {
    subject: ctx.t("applicationReceived.subject", vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.applicantName),
      paragraphs: [
        message.appliedAgain
          ? ctx.t("applicationReceived.appliedAgain", vars)
          : ctx.t("applicationReceived.intro", vars),
        ...(message.waitlisted ? [ctx.t("applicationReceived.waitlisted")] : []),
      ],
      action: {
        intro: ctx.t("applicationReceived.manage", { closes }),
        label: ctx.t("applicationReceived.manageButton"),
        url: message.manageUrl,
      },
    },
  };
};
