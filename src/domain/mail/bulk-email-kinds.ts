/**
 * Kinds of email a person can stop with one click (RFC 8058), each on its own: the
 * fortnight's topic, check-ins, nudges of a silent pair and group-session reminders.
 * Introductions and account emails are not among them: a person cannot miss those.
 */
export const BULK_EMAIL_KINDS = ["topics", "check-ins", "nudges", "reminders"] as const;

export type BulkEmailKind = (typeof BULK_EMAIL_KINDS)[number];

export function isBulkEmailKind(value: string): value is BulkEmailKind {
  return (BULK_EMAIL_KINDS as readonly string[]).includes(value);
}
