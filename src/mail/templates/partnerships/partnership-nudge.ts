import type { EmailTemplate } from "../email-template.ts";

/** The one gentle nudge of a pair with no meeting and no "in touch" for a while. */
export const partnershipNudge: EmailTemplate<"partnership-nudge"> = (message, ctx) => {
  const t = (key: string, values?: Record<string, unknown>) =>
    ctx.i18n.t(`checkins:email.nudge.${key}`, values ?? {});
  const vars = {
    round: message.roundName,
    partners: new Intl.ListFormat(ctx.locale, { type: "conjunction" }).format(message.partnerNames),
    count: message.partnerNames.length,
  };
  return {
    subject: t("subject", vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: [t("intro", vars), t("ideas"), t("help")],
      action: { intro: t("account"), label: t("accountButton"), url: message.accountUrl },
    },
  };
};
