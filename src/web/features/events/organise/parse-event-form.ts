import type { EventFormValues } from "../../../../domain/events/event-input.ts";
import { formText, formTexts } from "../../../shared/form-data.ts";

/** The event form's fields as typed, to check (publishEvent, editEvent) and to show again. */
export function parseEventForm(form: FormData): EventFormValues {
  return {
    kind: formText(form, "kind"),
    title: formText(form, "title"),
    description: formText(form, "description"),
    onlineUrl: formText(form, "onlineUrl"),
    venue: formText(form, "venue"),
    city: formText(form, "city"),
    country: formText(form, "country"),
    timeZone: formText(form, "timeZone"),
    startsAtLocal: formText(form, "startsAtLocal"),
    durationMinutes: formText(form, "durationMinutes"),
    capacity: formText(form, "capacity"),
    repeat: formText(form, "repeat"),
    occurrences: formText(form, "occurrences"),
    courseWeeks: formText(form, "courseWeeks"),
    unitTitles: formTexts(form, "unitTitles"),
    topics: formTexts(form, "topics"),
    language: formText(form, "language"),
  };
}
