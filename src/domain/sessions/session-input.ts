/**
 * A group session as a facilitator types it: the start is a wall-clock time in the zone the
 * facilitator chose, turned into an instant here (stored in UTC); the meeting happens online
 * (an https link), at a place, or both.
 */
import { z } from "zod";
import { toFieldErrors, type FieldErrors } from "../field-errors.ts";
import { isTimeZone } from "../vocabulary/time-zones.ts";
import { localDateTimeToInstant } from "../vocabulary/time-zones.ts";

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 5000;
export const PLACE_MAX = 300;
export const URL_MAX = 500;
export const DURATION_MIN = 15;
export const DURATION_MAX = 480;

/** The form's fields, as typed (all text). */
export interface SessionFormValues {
  title: string;
  description: string;
  /** "2027-03-28T09:30", on the wall clock of `timeZone`. */
  startsAtLocal: string;
  timeZone: string;
  durationMinutes: string;
  onlineUrl: string;
  place: string;
}

/** A checked session, ready to store. */
export interface SessionInput {
  title: string;
  description: string;
  startsAt: Date;
  durationMinutes: number;
  /** A normalised https URL, or "". */
  onlineUrl: string;
  place: string;
}

const httpsUrl = z
  .string()
  .trim()
  .max(URL_MAX)
  .transform((value, ctx) => {
    if (value === "") return "";
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "sessions:errors.httpsUrl" });
      return z.NEVER;
    }
    if (url.protocol !== "https:" || !url.hostname) {
      ctx.addIssue({ code: "custom", message: "sessions:errors.httpsUrl" });
      return z.NEVER;
    }
    return url.href;
  });

const fieldsSchema = z.object({
  title: z.string().trim().min(1).max(TITLE_MAX),
  description: z.string().trim().max(DESCRIPTION_MAX),
  timeZone: z.string().refine(isTimeZone, { message: "errors.timeZone" }),
  durationMinutes: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, { message: "errors.invalidNumber" })
    .transform(Number)
    .refine((n) => n >= DURATION_MIN && n <= DURATION_MAX, {
      message: "sessions:errors.durationRange",
      params: { min: DURATION_MIN, max: DURATION_MAX },
    }),
  onlineUrl: httpsUrl,
  place: z.string().trim().max(PLACE_MAX),
});

/**
 * Checks a typed session; every problem comes back beside its field, all at once (the start
 * and "online or a place" are checked even when another field is wrong).
 */
export function parseSessionInput(
  values: SessionFormValues,
): { ok: true; value: SessionInput } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = fieldsSchema.safeParse(values);
  const fieldErrors: FieldErrors = parsed.success ? {} : sessionFieldErrors(parsed.error);
  const startsAt = isTimeZone(values.timeZone)
    ? localDateTimeToInstant(values.startsAtLocal, values.timeZone)
    : undefined;
  if (!startsAt) fieldErrors.startsAtLocal = { key: "errors.invalidDate" };
  if (values.onlineUrl.trim() === "" && values.place.trim() === "" && !fieldErrors.onlineUrl)
    fieldErrors.onlineUrl = { key: "sessions:errors.where" };
  if (!parsed.success || !startsAt || Object.keys(fieldErrors).length > 0)
    return { ok: false, fieldErrors };
  const { title, description, durationMinutes, onlineUrl, place } = parsed.data;
  return { ok: true, value: { title, description, startsAt, durationMinutes, onlineUrl, place } };
}

/** toFieldErrors, keeping this feature's own messages ("sessions:errors.…") and their values. */
function sessionFieldErrors(error: z.ZodError): FieldErrors {
  const errors = toFieldErrors(error);
  for (const issue of error.issues) {
    const field = issue.path.join(".");
    if (!issue.message.startsWith("sessions:") || errors[field]?.key !== "errors.invalid") continue;
    const params = (issue as { params?: Record<string, string | number> }).params;
    errors[field] = params ? { key: issue.message, values: params } : { key: issue.message };
  }
  return errors;
}
