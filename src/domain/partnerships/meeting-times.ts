/**
 * Suggested meeting times: the next moments two partners are both free, as instants. Each
 * day is worked out with the offsets the three zones (both partners' and the reader's) have
 * on that very day, so a suggestion stays right across a daylight-saving change in any of
 * them (Europe and North America change on different Sundays).
 */
import { commonWeeklyHours } from "./common-hours.ts";
import { instantToLocalDateTime, localDateTimeToInstant } from "../vocabulary/time-zones.ts";

export interface MeetingTimeSuggestion {
  startsAt: Date;
  /** How long both stay free from `startsAt`. */
  durationMinutes: number;
}

interface Availability {
  availability: readonly string[];
  timeZone: string;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** The next `limit` starts of the partners' common hours within `days` days after `now`. */
export function suggestMeetingTimes(
  a: Availability,
  b: Availability,
  readerTimeZone: string,
  now: Date,
  { days = 14, limit = 6 }: { days?: number; limit?: number } = {},
): MeetingTimeSuggestion[] {
  const today = instantToLocalDateTime(now, readerTimeZone).slice(0, 10);
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const suggestions: MeetingTimeSuggestion[] = [];
  for (let offset = 0; offset <= days && suggestions.length < limit; offset++) {
    const date = new Date(Date.UTC(y, m - 1, d + offset));
    const localDate = date.toISOString().slice(0, 10);
    // Monday is day 0 of the week in common-hours.
    const weekday = (date.getUTCDay() + 6) % 7;
    const noon = localDateTimeToInstant(`${localDate}T12:00`, readerTimeZone);
    if (!noon) continue;
    const { intervals } = commonWeeklyHours(a, b, noon, readerTimeZone);
    for (const interval of intervals) {
      if (interval.day !== weekday) continue;
      const startsAt = localDateTimeToInstant(
        `${localDate}T${clock(interval.startMinute)}`,
        readerTimeZone,
      );
      if (!startsAt || startsAt.getTime() <= now.getTime()) continue;
      suggestions.push({ startsAt, durationMinutes: interval.endMinute - interval.startMinute });
      if (suggestions.length >= limit) break;
    }
  }
  return suggestions;
}
