import type { FieldErrors } from "../field-errors.ts";

/** The audit log's filter as typed in its form (all text, all optional). */
export interface AuditFilterInput {
  actor?: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  /** YYYY-MM-DD, a day in UTC. */
  from?: string;
  to?: string;
}

export interface AuditFilterValue {
  actor?: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  from?: Date;
  /** Exclusive: the day after the "to" day. */
  to?: Date;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 200;

function dayStart(text: string): Date | undefined {
  if (!DAY.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  // "2026-02-31" parses to March: only a real calendar day is taken.
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text
    ? undefined
    : date;
}

/** Checks the filter; a wrong date is named beside its field, and nothing is searched. */
export function parseAuditFilter(
  input: AuditFilterInput,
): { ok: true; value: AuditFilterValue } | { ok: false; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  const value: AuditFilterValue = {};
  for (const key of ["actor", "action", "subjectType", "subjectId"] as const) {
    const text = input[key]?.trim();
    if (!text) continue;
    if (text.length > MAX_TEXT)
      fieldErrors[key] = { key: "errors.tooLong", values: { max: MAX_TEXT } };
    else value[key] = text;
  }
  const from = input.from?.trim();
  if (from) {
    const date = dayStart(from);
    if (date) value.from = date;
    else fieldErrors.from = { key: "privacy:audit.errors.day" };
  }
  const to = input.to?.trim();
  if (to) {
    const date = dayStart(to);
    if (date) value.to = new Date(date.getTime() + 24 * 60 * 60 * 1000);
    else fieldErrors.to = { key: "privacy:audit.errors.day" };
  }
  if (value.from && value.to && value.to <= value.from)
    fieldErrors.to = { key: "privacy:audit.errors.toBeforeFrom" };
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, value };
}
