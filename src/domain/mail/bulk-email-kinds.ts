/**
 * Kinds of email a person can stop with one click (RFC 8058), each on its own: the
 * fortnight's topic, check-ins, nudges of a silent pair, group-session reminders and survey
 * invitations with their one reminder, the weekly digest of the networks a person follows,
 * and the day-before reminders of the events a member registered for.
 * Introductions and account emails are not among them: a person cannot miss those.
 */
export const BULK_EMAIL_KINDS = [
  "topics",
  "check-ins",
  "nudges",
  "reminders",
  "surveys",
  "digests",
  "events",
] as const;

export type BulkEmailKind = (typeof BULK_EMAIL_KINDS)[number];

export function isBulkEmailKind(value: string): value is BulkEmailKind {
  return (BULK_EMAIL_KINDS as readonly string[]).includes(value);
}
