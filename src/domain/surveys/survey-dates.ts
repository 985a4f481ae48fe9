/**
 * When a round's surveys go out, when the one reminder follows, and when they close.
 *
 * Defaults: the mid-round survey halfway between the round's start and end; the end-of-round
 * survey on the round's end date (the thank-you email carries its link). Each closes three
 * weeks after it is sent, long enough for a participant who checks email once a fortnight;
 * the reminder goes a week after sending, to those who have not answered, leaving two weeks
 * to answer it.
 */
import { z } from "zod";
import type { FieldErrors } from "../field-errors.ts";
import { isTimeZone, localDateTimeToInstant } from "../vocabulary/time-zones.ts";
import type { SurveyKind } from "./survey-question.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export const SURVEY_OPEN_DAYS = 21;
export const SURVEY_REMINDER_AFTER_DAYS = 7;
/**
 * A survey link keeps working this long after the survey closes, to show "this survey has
 * closed" rather than "this link has expired"; after that it is refused as expired.
 */
export const SURVEY_LINK_GRACE_DAYS = 30;

export interface SurveyDates {
  sendAt: Date;
  remindAt: Date | null;
  closesAt: Date;
}

export function defaultSurveyDates(
  kind: SurveyKind,
  round: { startsAt: Date; endsAt: Date },
): SurveyDates {
  const sendAt =
    kind === "mid"
      ? new Date(round.startsAt.getTime() + (round.endsAt.getTime() - round.startsAt.getTime()) / 2)
      : new Date(round.endsAt);
  return {
    sendAt,
    remindAt: new Date(sendAt.getTime() + SURVEY_REMINDER_AFTER_DAYS * DAY_MS),
    closesAt: new Date(sendAt.getTime() + SURVEY_OPEN_DAYS * DAY_MS),
  };
}

/** When a survey link sent now stops working altogether. */
export function surveyLinkExpiresAt(closesAt: Date): Date {
  return new Date(closesAt.getTime() + SURVEY_LINK_GRACE_DAYS * DAY_MS);
}

export type SurveyState = "scheduled" | "open" | "closed";

export function surveyState(survey: { sendAt: Date; closesAt: Date }, now: Date): SurveyState {
  if (now.getTime() >= survey.closesAt.getTime()) return "closed";
  return now.getTime() >= survey.sendAt.getTime() ? "open" : "scheduled";
}

/** The dates form as typed: wall-clock times in `timeZone`; no reminder when it is empty. */
export interface SurveyDatesFormValues {
  sendAtLocal: string;
  remindAtLocal: string;
  closesAtLocal: string;
  timeZone: string;
}

const formSchema = z.object({
  sendAtLocal: z.string().trim(),
  remindAtLocal: z.string().trim(),
  closesAtLocal: z.string().trim(),
  timeZone: z.string().refine(isTimeZone, { message: "errors.timeZone" }),
});

/**
 * Checks the dates a facilitator typed: the survey closes after it is sent, and a reminder,
 * if any, falls between the two. Once a survey was sent its sending date stays as it was, and
 * a new closing date cannot be in the past (closing early is "now", not yesterday).
 */
export function parseSurveyDates(
  values: SurveyDatesFormValues,
  context: { sent: boolean; current: SurveyDates; now: Date },
): { ok: true; value: SurveyDates } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = formSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: { timeZone: { key: "errors.timeZone" } } };
  const { timeZone } = parsed.data;
  const errors: FieldErrors = {};
  const at = (local: string) => (local ? localDateTimeToInstant(local, timeZone) : undefined);
  const sendAt = context.sent ? context.current.sendAt : at(parsed.data.sendAtLocal);
  if (!sendAt) errors.sendAtLocal = { key: "errors.invalidDate" };
  const remindAt = parsed.data.remindAtLocal ? at(parsed.data.remindAtLocal) : null;
  if (remindAt === undefined) errors.remindAtLocal = { key: "errors.invalidDate" };
  const closesAt = at(parsed.data.closesAtLocal);
  if (!closesAt) errors.closesAtLocal = { key: "errors.invalidDate" };
  if (sendAt && closesAt && closesAt <= sendAt)
    errors.closesAtLocal = { key: "surveys:dates.errors.closesBeforeSend" };
  else if (
    context.sent &&
    closesAt &&
    closesAt <= context.now &&
    closesAt.getTime() !== context.current.closesAt.getTime()
  )
    errors.closesAtLocal = { key: "surveys:dates.errors.closesInPast" };
  if (sendAt && remindAt && remindAt <= sendAt)
    errors.remindAtLocal = { key: "surveys:dates.errors.remindBeforeSend" };
  else if (closesAt && remindAt && remindAt >= closesAt)
    errors.remindAtLocal = { key: "surveys:dates.errors.remindAfterClose" };
  if (Object.keys(errors).length > 0 || !sendAt || !closesAt || remindAt === undefined)
    return { ok: false, fieldErrors: inFormOrder(errors) };
  return { ok: true, value: { sendAt, remindAt, closesAt } };
}

/** The error summary lists errors in their object's order: make it the form's. */
function inFormOrder(errors: FieldErrors): FieldErrors {
  const order = ["sendAtLocal", "remindAtLocal", "closesAtLocal"];
  return Object.fromEntries(
    Object.entries(errors).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)),
  );
}
