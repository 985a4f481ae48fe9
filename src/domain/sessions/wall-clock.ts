/**
 * The instant a wall clock shows a typed time, with the two yearly clock changes handled as
 * calendars do (RFC 5545 §3.3.5; Temporal's "compatible" disambiguation):
 * - a time that never happens (spring forward, e.g. 02:30 in a 02:00→03:00 gap) moves
 *   forward by the gap (03:30);
 * - a time that happens twice (fall back) is the first of the two.
 *
 * Written here rather than reusing localDateTimeToInstant (src/domain/vocabulary/time-zones.ts),
 * whose two-pass guess moves a gap time BACK in zones west of UTC (02:15 on 2027-03-14 in
 * New York becomes 01:15 EST): a session would then start an hour early.
 */
import { utcOffsetMinutes } from "../vocabulary/time-zones.ts";

/** More than any zone's offset, so the offsets at ±this bracket the typed time's. */
const BRACKET_MS = 14 * 60 * 60 * 1000;

export function wallClockToInstant(local: string, timeZone: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(local.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
  const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Date.UTC rolls 30 February over into March: such a date does not exist.
  if (new Date(wallAsUtc).getUTCDate() !== d) return undefined;
  const offsetBefore = utcOffsetMinutes(timeZone, new Date(wallAsUtc - BRACKET_MS));
  const offsetAfter = utcOffsetMinutes(timeZone, new Date(wallAsUtc + BRACKET_MS));
  const valid = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => wallAsUtc - offset * 60_000)
    .filter((instant) => {
      const offset = utcOffsetMinutes(timeZone, new Date(instant));
      return instant + offset * 60_000 === wallAsUtc;
    });
  // In a gap no offset fits: keep the offset from before the change, which lands after it.
  const instant = valid.length > 0 ? Math.min(...valid) : wallAsUtc - offsetBefore * 60_000;
  return new Date(instant);
}
