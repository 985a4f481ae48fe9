/**
 * How long the audit log keeps an entry (issue 16): long enough to answer "who changed this
 * person's application last spring", short enough that a log of personal data does not grow
 * for ever. Set by AUDIT_RETENTION_DAYS; the default is two years.
 */
export const DEFAULT_AUDIT_RETENTION_DAYS = 730;
export const MIN_AUDIT_RETENTION_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Entries written before this instant are past their time and go at the next pruning. */
export function auditCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}
