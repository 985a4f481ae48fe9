import type { EmailTemplate } from "../email-template.ts";

/** The day before a group session: when on the recipient's clock, where, and a way to answer. */
export const sessionReminder: EmailTemplate<"session-reminder"> = (message, ctx) => {
  const t = (key: string, values?: Record<string, unknown>) =>
    ctx.i18n.t(`sessions:email.${key}`, values ?? {});
  const when = new Intl.DateTimeFormat(ctx.locale, {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: message.timeZone,
    timeZoneName: "short",
  }).format(message.startsAt);
  const vars = { title: message.title, round: message.roundName };
  return {
    subject: t("subject", vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: [
        t("intro", vars),
        t("when", {
          when,
          zone: message.timeZone,
          minutes: message.durationMinutes,
        }),
        ...(message.onlineUrl ? [t("online", { url: message.onlineUrl })] : []),
        ...(message.place ? [t("place", { place: message.place })] : []),
      ],
      ...(message.description ? { quote: { intro: t("about"), text: message.description } } : {}),
      action: { intro: t("answer"), label: t("answerButton"), url: message.sessionsUrl },
    },
  };
};
