/**
 * A round's group sessions as an iCalendar feed (RFC 5545) that calendar apps subscribe to,
 * written by ical-generator rather than by hand. Times are UTC ("…Z"), so no VTIMEZONE is
 * needed; each session keeps one UID for ever and its SEQUENCE from the row, so an app
 * updates the event it already shows; a cancelled session stays in the feed as
 * STATUS:CANCELLED, so apps remove it instead of keeping a stale copy.
 */
import ical, { escape, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { sessionEndsAt, type SessionDetails, type SessionStatus } from "./group-session.ts";

export interface CalendarSession extends SessionDetails {
  id: string;
  status: SessionStatus;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/** How often calendar apps are asked to fetch the feed again. */
const REFRESH_SECONDS = 60 * 60;

/** The UID of a session's event: the same in every version of the feed. */
export function sessionUid(sessionId: string, host: string): string {
  return `session-${sessionId}@${host}`;
}

export function buildSessionCalendar(feed: {
  calendarName: string;
  /** The host of the site's base URL, for UIDs. */
  host: string;
  sessions: readonly CalendarSession[];
  /** When this copy of the feed is made (DTSTAMP, with METHOD:PUBLISH). */
  now: Date;
}): string {
  const calendar = ical({
    // ical-generator writes NAME and X-WR-CALNAME as they come: escape the TEXT ourselves
    // (a round called "Spring, 2027" must not become two values, a newline a new property).
    name: escape(feed.calendarName, false),
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: "Shelfmates", product: "Group sessions", language: "EN" },
    ttl: REFRESH_SECONDS,
  });
  for (const session of feed.sessions) {
    calendar.createEvent({
      id: sessionUid(session.id, feed.host),
      sequence: session.sequence,
      stamp: feed.now,
      created: session.createdAt,
      lastModified: session.updatedAt,
      start: session.startsAt,
      end: sessionEndsAt(session),
      summary: session.title,
      description: describe(session),
      location: session.place || session.onlineUrl || null,
      url: session.onlineUrl || null,
      status:
        session.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** The description, with the meeting link written out for apps that do not show URL. */
function describe(session: CalendarSession): string {
  return [session.description, session.onlineUrl].filter(Boolean).join("\n\n");
}
