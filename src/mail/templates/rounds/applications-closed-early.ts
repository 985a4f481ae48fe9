import type { EmailTemplate } from "../email-template.ts";

/** Applications closed before the date the applicant was promised they could edit until. */
export const applicationsClosedEarly: EmailTemplate<"applications-closed-early"> = (
  message,
  ctx,
) => {
  // Both dates on the applicant's own clock, as their application gave it.
  const format = (at: Date) =>
    new Intl.DateTimeFormat(ctx.locale, {
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: message.timeZone,
      timeZoneName: "short",
    }).format(at);
  const vars = {
    round: message.roundName,
    programme: message.programmeName,
    promised: format(message.promisedUntil),
    closed: format(message.closedAt),
  };
  return {
    subject: ctx.t("applicationsClosedEarly.subject", vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.applicantName),
      paragraphs: [
        ctx.t("applicationsClosedEarly.body", vars),
        ctx.t("applicationsClosedEarly.kept"),
      ],
    },
  };
};
