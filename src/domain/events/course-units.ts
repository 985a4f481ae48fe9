/** A course runs over weeks from its start, one unit a week; each unit opens on its week's day. */
import { localDateTimeToInstant } from "../vocabulary/time-zones.ts";
import { occurrenceLocalStart } from "./event-occurrences.ts";

/** When week `week` (1-based) of a course opens: the start's local time, 7 days a week later. */
export function courseUnitOpensAt(
  course: { startsAtLocal: string; timeZone: string },
  week: number,
): Date | undefined {
  const local = occurrenceLocalStart(
    { ...course, durationMinutes: 0, repeat: "weekly", occurrences: week },
    week - 1,
  );
  return local ? localDateTimeToInstant(local, course.timeZone) : undefined;
}
