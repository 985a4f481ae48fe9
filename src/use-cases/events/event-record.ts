import { courseUnitOpensAt } from "../../domain/events/course-units.ts";
import type { EventInput } from "../../domain/events/event-input.ts";
import { expandOccurrences, type Occurrence } from "../../domain/events/event-occurrences.ts";
import { instantToLocalDateTime } from "../../domain/vocabulary/time-zones.ts";
import type { CourseUnitRecord, EventRecord } from "./event-ports.ts";

/** The stored fields of a checked event (what publishing and editing both write). */
export function eventFields(input: EventInput) {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    online: input.online,
    onlineUrl: input.onlineUrl,
    venue: input.venue,
    city: input.city,
    country: input.country,
    timeZone: input.timeZone,
    startsAt: input.startsAt,
    durationMinutes: input.durationMinutes,
    repeat: input.repeat,
    occurrences: input.repeat === "none" ? 1 : input.occurrences,
    courseWeeks: input.courseWeeks,
    capacity: input.capacity,
    topics: input.topics,
    language: input.language,
  };
}

/** The series stored with an event: its occurrences and, for a course, a unit a week. */
export function eventSeries(input: EventInput): {
  occurrences: Occurrence[];
  units: CourseUnitRecord[];
} {
  return {
    occurrences: expandOccurrences(input),
    units: input.unitTitles.map((title, i) => ({ week: i + 1, title, body: "" })),
  };
}

/** The start as typed, on the event's own wall clock (for the edit form and the units). */
export function eventStartsAtLocal(event: Pick<EventRecord, "startsAt" | "timeZone">): string {
  return instantToLocalDateTime(event.startsAt, event.timeZone);
}

/** When each unit of a course opens. */
export function unitsWithOpening(event: EventRecord, units: readonly CourseUnitRecord[]) {
  const course = { startsAtLocal: eventStartsAtLocal(event), timeZone: event.timeZone };
  return units.map((unit) => ({
    ...unit,
    opensAt: courseUnitOpensAt(course, unit.week) ?? event.startsAt,
  }));
}
