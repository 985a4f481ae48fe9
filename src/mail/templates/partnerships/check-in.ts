import { CHECK_IN_ANSWERS } from "../../../domain/partnerships/check-in-schedule.ts";
import type { EmailTemplate } from "../email-template.ts";

/** The fortnightly check-in: three links, each opening the page with that answer chosen. */
export const checkInEmail: EmailTemplate<"check-in"> = (message, ctx) => {
  const t = (key: string, values?: Record<string, unknown>) =>
    ctx.i18n.t(`checkins:email.checkIn.${key}`, values ?? {});
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
      paragraphs: [
        t("intro", vars),
        ...(message.asksGoodMatch ? [t("goodMatch")] : []),
        ...CHECK_IN_ANSWERS.map(
          (answer) => `${t(`answers.${answer}`)}:\n${message.answerUrls[answer]}`,
        ),
        t("noChange"),
      ],
    },
  };
};
