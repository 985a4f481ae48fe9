/**
 * A meeting as a partner logs it: when (typed on the wall clock of the writer's own time
 * zone), how long, where and with whom, and two notes. Checked here, before anything is
 * written, so every problem is reported beside its field and nothing is half-saved.
 */
import type { FieldErrors } from "../field-errors.ts";
import { localDateTimeToInstant } from "../vocabulary/time-zones.ts";

export const MEETING_PLACES = ["online", "in_person"] as const;
export const MEETING_FORMATS = ["one_to_one", "group"] as const;
export type MeetingPlace = (typeof MEETING_PLACES)[number];
export type MeetingFormat = (typeof MEETING_FORMATS)[number];
export type MeetingStatus = "planned" | "held";

export const MIN_DURATION_MINUTES = 5;
export const MAX_DURATION_MINUTES = 600;
export const MAX_NOTE_LENGTH = 4000;
/** A meeting planned further ahead than this is almost certainly a typing mistake. */
export const MAX_DAYS_AHEAD = 366;

/** What the form sends, as typed. */
export interface MeetingForm {
  /** "2026-12-08T14:00", as a datetime-local input gives it. */
  startsAt: string;
  durationMinutes: string;
  place: string;
  format: string;
  sharedNote: string;
  privateNote: string;
}

export interface MeetingInput {
  startsAt: Date;
  durationMinutes: number;
  place: MeetingPlace;
  format: MeetingFormat;
  sharedNote: string;
  privateNote: string;
}

const DAY_MS = 86_400_000;

/**
 * Reads a meeting form typed in `timeZone`. `earliest` is when the partnership began (a
 * meeting cannot come before it); `now` bounds how far ahead one may be planned.
 */
export function readMeetingForm(
  form: MeetingForm,
  context: { timeZone: string; now: Date; earliest: Date },
): { ok: true; value: MeetingInput } | { ok: false; fieldErrors: FieldErrors } {
  const errors: FieldErrors = {};
  const startsAt = localDateTimeToInstant(form.startsAt, context.timeZone);
  if (!startsAt) errors.startsAt = { key: "errors.invalidDate" };
  else if (startsAt.getTime() < startOfDay(context.earliest))
    errors.startsAt = { key: "partnerships:meetingForm.errors.beforePartnership" };
  else if (startsAt.getTime() > context.now.getTime() + MAX_DAYS_AHEAD * DAY_MS)
    errors.startsAt = { key: "partnerships:meetingForm.errors.tooFarAhead" };

  const durationText = form.durationMinutes.trim();
  const durationMinutes = Number(durationText);
  if (!/^\d{1,4}$/.test(durationText)) errors.durationMinutes = { key: "errors.invalidNumber" };
  else if (durationMinutes < MIN_DURATION_MINUTES || durationMinutes > MAX_DURATION_MINUTES)
    errors.durationMinutes = {
      key: "partnerships:meetingForm.errors.durationRange",
      values: { min: MIN_DURATION_MINUTES, max: MAX_DURATION_MINUTES },
    };

  if (!(MEETING_PLACES as readonly string[]).includes(form.place))
    errors.place = { key: "errors.invalidChoice" };
  if (!(MEETING_FORMATS as readonly string[]).includes(form.format))
    errors.format = { key: "errors.invalidChoice" };

  const sharedNote = form.sharedNote.trim();
  const privateNote = form.privateNote.trim();
  if (sharedNote.length > MAX_NOTE_LENGTH)
    errors.sharedNote = { key: "errors.tooLong", values: { max: MAX_NOTE_LENGTH } };
  if (privateNote.length > MAX_NOTE_LENGTH)
    errors.privateNote = { key: "errors.tooLong", values: { max: MAX_NOTE_LENGTH } };

  if (Object.keys(errors).length > 0 || !startsAt) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    value: {
      startsAt,
      durationMinutes,
      place: form.place as MeetingPlace,
      format: form.format as MeetingFormat,
      sharedNote,
      privateNote,
    },
  };
}

/** A meeting still to come is planned; one whose start has passed was held. */
export function meetingStatus(startsAt: Date, now: Date): MeetingStatus {
  return startsAt.getTime() > now.getTime() ? "planned" : "held";
}

// A whole day's grace: a pair published in the evening may log a meeting held that morning.
function startOfDay(instant: Date): number {
  return instant.getTime() - DAY_MS;
}
