/**
 * The events feature's templates, spread into render-email.ts's registry: the registration's
 * confirmation (a place, or the waitlist with its position), moving up from the waitlist, the
 * event's cancellation, and the reminder the day before. Times are on the event's own clock,
 * with its zone named, as the event page shows them besides the reader's.
 */
import { isolate } from "../../../i18n/isolate.ts";
import type {
  EventEmailDetails,
  EventEmailMessage,
} from "../../../use-cases/events/event-emails.ts";
import type { EmailDraft, EmailTemplate, TemplateContext } from "../email-template.ts";

type Kind = EventEmailMessage["kind"];

function draft(
  which: "registered" | "waitlisted" | "promoted" | "cancelled" | "reminder",
  message: EventEmailDetails & { waitlistPosition?: number | null; calendarUrl?: string },
  ctx: TemplateContext,
): EmailDraft {
  const t = (key: string, values?: Record<string, unknown>) =>
    ctx.i18n.t(`events:email.${key}`, values ?? {});
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
  const vars = {
    title: isolate(message.title),
    publisher: isolate(message.publisherName),
    position: message.waitlistPosition ?? 1,
  };
  const details = [
    t(message.courseWeeks ? "courseStarts" : "when", {
      when,
      zone: message.timeZone,
      weeks: message.courseWeeks ?? 0,
    }),
    ...(message.occurrences > 1 ? [t("repeats", { count: message.occurrences })] : []),
    ...(message.place ? [t("place", { place: message.place })] : []),
    ...(message.onlineUrl ? [t("online", { url: message.onlineUrl })] : []),
    ...(message.calendarUrl && which !== "waitlisted"
      ? [t("calendar", { url: message.calendarUrl })]
      : []),
  ];
  return {
    subject: t(`${which}.subject`, vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: [t(`${which}.intro`, vars), ...(which === "cancelled" ? [] : details)],
      action: { intro: t(`${which}.action`), label: t("open"), url: message.eventUrl },
    },
  };
}

const eventRegistration: EmailTemplate<"event-registration"> = (message, ctx) =>
  draft(message.status, message, ctx);
const eventPromoted: EmailTemplate<"event-promoted"> = (message, ctx) =>
  draft("promoted", message, ctx);
const eventCancelled: EmailTemplate<"event-cancelled"> = (message, ctx) =>
  draft("cancelled", message, ctx);
const eventReminder: EmailTemplate<"event-reminder"> = (message, ctx) =>
  draft("reminder", message, ctx);

export const eventTemplates: { [K in Kind]: EmailTemplate<K> } = {
  "event-registration": eventRegistration,
  "event-promoted": eventPromoted,
  "event-cancelled": eventCancelled,
  "event-reminder": eventReminder,
};
