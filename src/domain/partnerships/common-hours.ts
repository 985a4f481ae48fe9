/**
 * The weekly hours two partners are both available, shown on the reader's wall clock:
 * each person's local blocks become UTC half-hours of the week (at the offset their zone
 * has on `at`, e.g. the round's start), the two sets are intersected, and the result is
 * shifted to the reader's zone and merged into intervals that never cross midnight.
 */
import { utcOffsetMinutes } from "../vocabulary/time-zones.ts";
import { localHoursOfWeek } from "../vocabulary/vocabulary.ts";

/** Local time of the reader: day 0 = Monday; minutes from midnight, end exclusive (≤ 1440). */
export interface WeeklyInterval {
  day: number;
  startMinute: number;
  endMinute: number;
}

const SLOTS_PER_WEEK = 7 * 48;

function utcSlots(availability: readonly string[], timeZone: string, at: Date): Set<number> {
  const shift = Math.round(utcOffsetMinutes(timeZone, at) / 30);
  const slots = new Set<number>();
  for (const hour of localHoursOfWeek(availability)) {
    for (const half of [0, 1]) {
      const local = hour * 2 + half;
      slots.add((((local - shift) % SLOTS_PER_WEEK) + SLOTS_PER_WEEK) % SLOTS_PER_WEEK);
    }
  }
  return slots;
}

export function commonWeeklyHours(
  a: { availability: readonly string[]; timeZone: string },
  b: { availability: readonly string[]; timeZone: string },
  at: Date,
  readerTimeZone: string,
): { hoursPerWeek: number; intervals: WeeklyInterval[] } {
  const slotsA = utcSlots(a.availability, a.timeZone, at);
  const slotsB = utcSlots(b.availability, b.timeZone, at);
  const readerShift = Math.round(utcOffsetMinutes(readerTimeZone, at) / 30);
  const local = new Uint8Array(SLOTS_PER_WEEK);
  let count = 0;
  for (const slot of slotsA) {
    if (!slotsB.has(slot)) continue;
    count++;
    local[(((slot + readerShift) % SLOTS_PER_WEEK) + SLOTS_PER_WEEK) % SLOTS_PER_WEEK] = 1;
  }
  const intervals: WeeklyInterval[] = [];
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    if (!local[s]) continue;
    const day = Math.floor(s / 48);
    const start = s;
    while (s + 1 < (day + 1) * 48 && local[s + 1]) s++;
    intervals.push({
      day,
      startMinute: (start - day * 48) * 30,
      endMinute: (s + 1 - day * 48) * 30,
    });
  }
  return { hoursPerWeek: count / 2, intervals };
}
