/**
 * How long a programme keeps the applications of its finished rounds (issue 16): a number of
 * days after the round's end, or no limit. The privacy.retention job anonymises them then.
 */
import type { FieldErrors } from "../field-errors.ts";

export const DEFAULT_APPLICATION_RETENTION_DAYS = 730;
/** Long enough to write the round's report and plan the next round. */
export const MIN_APPLICATION_RETENTION_DAYS = 30;
/** Ten years: anything longer is better said as "keep them". */
export const MAX_APPLICATION_RETENTION_DAYS = 3650;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a round's applications are anonymised; null when the programme keeps them. */
export function anonymisationDueAt(roundEndsAt: Date, retentionDays: number | null): Date | null {
  return retentionDays === null ? null : new Date(roundEndsAt.getTime() + retentionDays * DAY_MS);
}

/** Whether a round's applications are past their time (only a finished round's ever are). */
export function isAnonymisationDue(
  round: { status: string; endsAt: Date; applicationsAnonymisedAt: Date | null },
  retentionDays: number | null,
  now: Date,
): boolean {
  if (round.status !== "finished" || round.applicationsAnonymisedAt !== null) return false;
  const due = anonymisationDueAt(round.endsAt, retentionDays);
  return due !== null && due.getTime() <= now.getTime();
}

/** The latest end a round may have had for its applications to be due now. */
export function endedBefore(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

export type RetentionInput = { keep: "forever" } | { keep: "days"; days: string };

/** The facilitators' choice from the programme's settings, checked beside its field. */
export function parseRetentionInput(
  input: RetentionInput,
): { ok: true; value: number | null } | { ok: false; fieldErrors: FieldErrors } {
  if (input.keep === "forever") return { ok: true, value: null };
  const text = input.days.trim();
  const range = { min: MIN_APPLICATION_RETENTION_DAYS, max: MAX_APPLICATION_RETENTION_DAYS };
  if (!/^\d{1,6}$/.test(text))
    return {
      ok: false,
      fieldErrors: { days: { key: "privacy:retention.errors.days", values: range } },
    };
  const days = Number(text);
  if (days < range.min || days > range.max)
    return {
      ok: false,
      fieldErrors: { days: { key: "privacy:retention.errors.days", values: range } },
    };
  return { ok: true, value: days };
}
