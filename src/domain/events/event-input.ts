/**
 * An event or course as an organiser types it: where (an online link, a place, or both), when
 * (a local date and time in a chosen zone), how long, how often it repeats, how many places,
 * and for a course one unit title a week. Every problem comes back beside its field, at once.
 */
import { z } from "zod";
import { toFieldErrors, type FieldErrors } from "../field-errors.ts";
import { isCountryCode } from "../vocabulary/countries.ts";
import { isLanguageCode } from "../vocabulary/languages.ts";
import { isTimeZone, localDateTimeToInstant } from "../vocabulary/time-zones.ts";
import { INTERESTS } from "../vocabulary/vocabulary.ts";
import { expandOccurrences, OCCURRENCES_MAX, REPEATS, type Repeat } from "./event-occurrences.ts";

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 10_000;
export const PLACE_MAX = 200;
export const URL_MAX = 500;
export const DURATION_MIN = 15;
export const DURATION_MAX = 720;
export const CAPACITY_MAX = 100_000;
export const COURSE_WEEKS_MAX = 12;
export const UNIT_TITLE_MAX = 120;
export const TOPICS_MAX = 5;
export const MINUTES_PER_WEEK = 7 * 24 * 60;

export const EVENT_KINDS = ["event", "course"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The form's fields, as typed. */
export interface EventFormValues {
  kind: string;
  title: string;
  description: string;
  onlineUrl: string;
  venue: string;
  city: string;
  /** ISO 3166-1 alpha-2, or "". */
  country: string;
  timeZone: string;
  /** "2027-03-28T18:00", on the wall clock of `timeZone`. */
  startsAtLocal: string;
  durationMinutes: string;
  /** "" for no limit. */
  capacity: string;
  repeat: string;
  occurrences: string;
  courseWeeks: string;
  /** One title per week of a course (the first `courseWeeks` count). */
  unitTitles: string[];
  topics: string[];
  language: string;
}

/** A checked event, ready to store. */
export interface EventInput {
  kind: EventKind;
  title: string;
  description: string;
  online: boolean;
  onlineUrl: string;
  venue: string;
  city: string;
  country: string;
  timeZone: string;
  startsAtLocal: string;
  startsAt: Date;
  durationMinutes: number;
  capacity: number | null;
  repeat: Repeat;
  occurrences: number;
  courseWeeks: number | null;
  unitTitles: string[];
  topics: string[];
  language: string;
}

const httpsUrl = z
  .string()
  .trim()
  .max(URL_MAX)
  .refine(
    (value) => {
      if (value === "") return true;
      try {
        const url = new URL(value);
        return url.protocol === "https:" && url.hostname !== "";
      } catch {
        return false;
      }
    },
    { message: "events:errors.httpsUrl" },
  )
  .transform((value) => (value === "" ? "" : new URL(value).href));

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, { message: "errors.invalidNumber" })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { message, params: { min, max } });

const fieldsSchema = z.object({
  kind: z.enum(EVENT_KINDS, { message: "errors.invalid" }),
  title: z.string().trim().min(1).max(TITLE_MAX),
  description: z.string().trim().max(DESCRIPTION_MAX),
  onlineUrl: httpsUrl,
  venue: z.string().trim().max(PLACE_MAX),
  city: z.string().trim().max(PLACE_MAX),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => c === "" || isCountryCode(c), { message: "errors.invalid" }),
  timeZone: z.string().refine(isTimeZone, { message: "errors.timeZone" }),
  durationMinutes: wholeNumber(DURATION_MIN, DURATION_MAX, "events:errors.durationRange"),
  capacity: z.union([
    z.literal("").transform(() => null),
    wholeNumber(1, CAPACITY_MAX, "events:errors.capacityRange"),
  ]),
  repeat: z.enum(REPEATS, { message: "errors.invalid" }),
  occurrences: wholeNumber(1, OCCURRENCES_MAX, "events:errors.occurrencesRange"),
  topics: z
    .array(z.enum(INTERESTS, { message: "errors.invalid" }))
    .max(TOPICS_MAX, { message: "events:errors.topicsMax" }),
  language: z.string().refine(isLanguageCode, { message: "errors.invalid" }),
});

const courseSchema = z.object({
  courseWeeks: wholeNumber(1, COURSE_WEEKS_MAX, "events:errors.courseWeeksRange"),
});

type Parsed = { ok: true; value: EventInput } | { ok: false; fieldErrors: FieldErrors };

export function parseEventInput(values: EventFormValues): Parsed {
  const isCourse = values.kind === "course";
  // A course has no duration of its own (it runs its weeks) and does not repeat.
  const typed = isCourse
    ? { ...values, durationMinutes: "60", repeat: "none", occurrences: "1" }
    : { ...values, occurrences: values.repeat === "none" ? "1" : values.occurrences };
  const parsed = fieldsSchema.safeParse(typed);
  const fieldErrors: FieldErrors = parsed.success ? {} : eventFieldErrors(parsed.error);
  const startsAt = isTimeZone(values.timeZone)
    ? localDateTimeToInstant(values.startsAtLocal, values.timeZone)
    : undefined;
  if (!startsAt) fieldErrors.startsAtLocal = { key: "errors.invalidDate" };
  checkPlace(values, fieldErrors);
  const course = isCourse ? parseCourse(values, fieldErrors) : null;
  if (!parsed.success || !startsAt || Object.keys(fieldErrors).length > 0)
    return { ok: false, fieldErrors };
  const data = parsed.data;
  const input: EventInput = {
    ...data,
    online: data.onlineUrl !== "",
    startsAtLocal: values.startsAtLocal.trim().slice(0, 16),
    startsAt,
    durationMinutes: course ? course.weeks * MINUTES_PER_WEEK : data.durationMinutes,
    courseWeeks: course?.weeks ?? null,
    unitTitles: course?.unitTitles ?? [],
    topics: [...new Set(data.topics)],
  };
  if (expandOccurrences(input).length === 0)
    return { ok: false, fieldErrors: { startsAtLocal: { key: "errors.invalidDate" } } };
  return { ok: true, value: input };
}

/** Online, at a place, or both; a place names at least its city and country. */
function checkPlace(values: EventFormValues, fieldErrors: FieldErrors) {
  const online = values.onlineUrl.trim() !== "";
  const anyPlace = [values.venue, values.city, values.country].some((v) => v.trim() !== "");
  if (!online && !anyPlace && !fieldErrors.onlineUrl)
    fieldErrors.onlineUrl = { key: "events:errors.where" };
  if (anyPlace && values.city.trim() === "" && !fieldErrors.city)
    fieldErrors.city = { key: "errors.required" };
  if (anyPlace && values.country.trim() === "" && !fieldErrors.country)
    fieldErrors.country = { key: "errors.required" };
}

function parseCourse(values: EventFormValues, fieldErrors: FieldErrors) {
  const parsed = courseSchema.safeParse(values);
  if (!parsed.success) {
    Object.assign(fieldErrors, eventFieldErrors(parsed.error));
    return null;
  }
  const weeks = parsed.data.courseWeeks;
  const unitTitles = Array.from({ length: weeks }, (_, i) => (values.unitTitles[i] ?? "").trim());
  unitTitles.forEach((title, i) => {
    if (title === "") fieldErrors[`unitTitles.${i}`] = { key: "errors.required" };
    else if (title.length > UNIT_TITLE_MAX)
      fieldErrors[`unitTitles.${i}`] = { key: "errors.tooLong", values: { max: UNIT_TITLE_MAX } };
  });
  return { weeks, unitTitles };
}

/** toFieldErrors, keeping this feature's own messages ("events:errors.…") and their values. */
function eventFieldErrors(error: z.ZodError): FieldErrors {
  const errors = toFieldErrors(error);
  for (const issue of error.issues) {
    const field = issue.path[0] === "topics" ? "topics" : issue.path.join(".");
    if (field === "topics" && errors[issue.path.join(".")]) {
      errors.topics ??= errors[issue.path.join(".")]!;
      if (issue.path.length > 1) delete errors[issue.path.join(".")];
    }
    if (!issue.message.startsWith("events:") || errors[field]?.key !== "errors.invalid") continue;
    const params = (issue as { params?: Record<string, string | number> }).params;
    errors[field] = params ? { key: issue.message, values: params } : { key: issue.message };
  }
  return errors;
}
