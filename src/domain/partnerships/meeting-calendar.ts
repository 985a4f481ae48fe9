/**
 * The iCalendar file (RFC 5545) of one planned meeting, for the partners' own calendars,
 * written by ical-generator rather than by hand. Times are in UTC (no VTIMEZONE to get
 * wrong); the UID is stable for the meeting and SEQUENCE is the meeting's own counter,
 * raised on every change, so a calendar that imports the file again updates its copy.
 */
import ical, { ICalCalendarMethod } from "ical-generator";

export interface MeetingCalendarInput {
  meetingId: string;
  /** Host of the site's base URL: UIDs are `meeting-<id>@<host>`. */
  host: string;
  startsAt: Date;
  durationMinutes: number;
  sequence: number;
  /** When the meeting was last changed (DTSTAMP). */
  changedAt: Date;
  summary: string;
  description: string;
  location: string;
  url: string;
}

export function meetingUid(meetingId: string, host: string): string {
  return `meeting-${meetingId}@${host}`;
}

export function meetingCalendar(input: MeetingCalendarInput): string {
  const calendar = ical({
    prodId: { company: "Shelfmates", product: "Partnership meetings", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: meetingUid(input.meetingId, input.host),
    sequence: input.sequence,
    stamp: input.changedAt,
    start: input.startsAt,
    end: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
    summary: input.summary,
    description: input.description,
    location: input.location,
    url: input.url,
  });
  return calendar.toString();
}
