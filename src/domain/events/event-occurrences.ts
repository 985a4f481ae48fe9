/**
 * A repeating event's occurrences, expanded in the event's own time zone so every one keeps
 * the wall-clock time it was planned at (a weekly 18:00 in London stays 18:00 when the clocks
 * change; its UTC instant moves by the hour). Expanded when the event is saved and stored, so
 * a listing by date is one indexed read.
 */
import { localDateTimeToInstant } from "../vocabulary/time-zones.ts";

export const REPEATS = ["none", "weekly", "monthly"] as const;
export type Repeat = (typeof REPEATS)[number];

/** The most occurrences one event may have (a year of weekly meetings). */
export const OCCURRENCES_MAX = 52;

export interface Occurrence {
  /** 0-based position in the series. */
  position: number;
  startsAt: Date;
  endsAt: Date;
}

export interface Schedule {
  /** "2027-03-28T18:00", on the wall clock of `timeZone`. */
  startsAtLocal: string;
  timeZone: string;
  durationMinutes: number;
  repeat: Repeat;
  /** How many occurrences in all (1 when it does not repeat). */
  occurrences: number;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  time: string;
}

function parseWallClock(local: string): WallClock | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(local.trim());
  if (!match) return undefined;
  return {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    time: match[4]!,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function formatWallClock(date: { year: number; month: number; day: number }, time: string) {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}T${time}`;
}

/** The calendar date `days` after a date (Date.UTC only does the calendar arithmetic). */
function addDays(start: WallClock, days: number) {
  const date = new Date(Date.UTC(start.year, start.month - 1, start.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The same day of the month `months` later. A month without that day (the 31st in April, the
 * 30th in February) takes its last day instead: "monthly on the 31st" meets at the end of
 * every month rather than skipping five of them; the next month goes back to the 31st.
 */
function addMonths(start: WallClock, months: number) {
  const monthIndex = start.month - 1 + months;
  const year = start.year + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(start.day, lastDay) };
}

/** The local start of occurrence `position`, as typed in a datetime-local input. */
export function occurrenceLocalStart(schedule: Schedule, position: number): string | undefined {
  const start = parseWallClock(schedule.startsAtLocal);
  if (!start) return undefined;
  const date =
    schedule.repeat === "weekly"
      ? addDays(start, 7 * position)
      : schedule.repeat === "monthly"
        ? addMonths(start, position)
        : addDays(start, 0);
  return formatWallClock(date, start.time);
}

/**
 * Every occurrence of a schedule; empty when its start is not a valid local time. A local
 * time a clock change skips moves forward by the gap, one it repeats is the first of the two
 * (localDateTimeToInstant's rule, as calendar apps do).
 */
export function expandOccurrences(schedule: Schedule): Occurrence[] {
  const count = schedule.repeat === "none" ? 1 : schedule.occurrences;
  const occurrences: Occurrence[] = [];
  for (let position = 0; position < count; position++) {
    const local = occurrenceLocalStart(schedule, position);
    const startsAt = local && localDateTimeToInstant(local, schedule.timeZone);
    if (!startsAt) return [];
    const endsAt = new Date(startsAt.getTime() + schedule.durationMinutes * 60_000);
    occurrences.push({ position, startsAt, endsAt });
  }
  return occurrences;
}
