import type { SessionFormValues } from "../../../domain/sessions/session-input.ts";
import { formText } from "../../shared/form-data.ts";

/** The session form's fields as typed, to check (scheduleGroupSession) and to show again. */
export function parseSessionForm(form: FormData): SessionFormValues {
  return {
    title: formText(form, "title"),
    description: formText(form, "description"),
    startsAtLocal: formText(form, "startsAtLocal"),
    timeZone: formText(form, "timeZone"),
    durationMinutes: formText(form, "durationMinutes"),
    onlineUrl: formText(form, "onlineUrl"),
    place: formText(form, "place"),
  };
}
