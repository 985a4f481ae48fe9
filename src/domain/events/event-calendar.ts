/**
 * Events as iCalendar (RFC 5545), written by ical-generator: one VEVENT per stored occurrence
 * (the occurrences are already expanded in the event's zone, so no RRULE has to be re-expanded
 * by each app, and a changed series updates occurrence by occurrence). Times are UTC, so no
 * VTIMEZONE is needed. Each occurrence keeps one UID for ever and the event's SEQUENCE, so an
 * app updates what it shows; a cancelled event stays as STATUS:CANCELLED so apps remove it.
 */
import ical, { escape, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { Occurrence } from "./event-occurrences.ts";

export interface CalendarEvent {
  id: string;
  title: string;
  description: string;
  status: "scheduled" | "cancelled";
  sequence: number;
  venue: string;
  city: string;
  country: string;
  /** The online link, only for those allowed to see it (registered members); else "". */
  onlineUrl: string;
  /** The event's page. */
  url: string;
  createdAt: Date;
  updatedAt: Date;
  occurrences: readonly Occurrence[];
}

/** How often calendar apps are asked to fetch a feed again. */
const REFRESH_SECONDS = 60 * 60;

/** The UID of one occurrence: the same in every copy of every feed. */
export function occurrenceUid(eventId: string, position: number, host: string): string {
  return `event-${eventId}-${position}@${host}`;
}

export function eventPlace(event: Pick<CalendarEvent, "venue" | "city" | "country">): string {
  return [event.venue, event.city, event.country].filter(Boolean).join(", ");
}

export function buildEventCalendar(feed: {
  calendarName: string;
  host: string;
  events: readonly CalendarEvent[];
  now: Date;
}): string {
  const calendar = ical({
    // ical-generator writes NAME as it comes: escape the TEXT (a comma must not split it).
    name: escape(feed.calendarName, false),
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: "Shelfmates", product: "Events", language: "EN" },
    ttl: REFRESH_SECONDS,
  });
  for (const event of feed.events)
    for (const occurrence of event.occurrences)
      calendar.createEvent({
        id: occurrenceUid(event.id, occurrence.position, feed.host),
        sequence: event.sequence,
        stamp: feed.now,
        created: event.createdAt,
        lastModified: event.updatedAt,
        start: occurrence.startsAt,
        end: occurrence.endsAt,
        summary: event.title,
        description: [event.description, event.onlineUrl, event.url].filter(Boolean).join("\n\n"),
        location: eventPlace(event) || event.onlineUrl || null,
        url: event.url,
        status:
          event.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
  return calendar.toString();
}

/** Google Calendar's "add this event" link for one occurrence (its documented template URL). */
export function googleCalendarUrl(event: {
  title: string;
  details: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
}): string {
  const stamp = (d: Date) =>
    d
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d{3}/, "");
  const params = new URLSearchParams({
    action: "TEMPLATE",
    text: event.title,
    dates: `${stamp(event.startsAt)}/${stamp(event.endsAt)}`,
    details: event.details,
    location: event.location,
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
