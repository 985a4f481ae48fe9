import type { EmailAttachment } from "../mail/email-message.ts";
import type { OutboxRecord } from "../mail/mail-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import { eventsCalendar } from "./event-calendar-feed.ts";

/** The emails that carry the event's .ics: a place given, on registering or moving up. */
const WITH_CALENDAR = new Set(["event-registration", "event-promoted"]);

/**
 * The .ics sent with a registration's confirmation, made when the email is delivered (the
 * outbox keeps text only): its dedupe key names the event and the member
 * ("<kind>:<eventId>:<userId>:…", queue-event-email.ts). Only while the member holds a place
 * — a waitlisted confirmation, or a place given up before delivery, carries none — and with
 * the event as it is then, online link included.
 */
export async function findEventEmailAttachments(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "baseUrl">,
  email: Pick<OutboxRecord, "kind" | "dedupeKey">,
): Promise<EmailAttachment[]> {
  if (!WITH_CALENDAR.has(email.kind)) return [];
  const [, eventId, userId] = email.dedupeKey.split(":");
  if (!eventId || !userId) return [];
  const read = deps.uow.read;
  const [event, registration] = await Promise.all([
    read.events.findById(eventId),
    read.events.findRegistration(eventId, userId),
  ]);
  if (!event || registration?.status !== "registered") return [];
  const content = await eventsCalendar(deps, read, {
    calendarName: event.title,
    events: [event],
    showLinkFor: () => true,
    now: deps.clock.now(),
  });
  return [
    {
      filename: `${event.slug}.ics`,
      contentType: "text/calendar; charset=utf-8; method=PUBLISH",
      content,
    },
  ];
}
