/**
 * Erasing an account and anonymising applications (issue 16). An anonymised application keeps
 * what the round's figures count (status, country, sector, languages, role, dates) and loses
 * who it was: its name is empty — shown as "a former participant" in the reader's language —
 * its address is replaced by one that can never receive mail, and its free texts are cleared.
 */

/** The name an anonymised application keeps: the pages show "a former participant" for it. */
export const ANONYMISED_NAME = "";

const ERASED_DOMAIN = "erased.invalid";

/**
 * The address an anonymised application (or petition signature) keeps: unique per row (the
 * round's one-application-per-address rule still holds) and under the reserved `.invalid`
 * top-level domain (RFC 2606), so no email can ever reach it; nothing is queued to it.
 */
export function erasedAddress(id: string): string {
  return `erased-${id}@${ERASED_DOMAIN}`;
}

export function isErasedAddress(email: string): boolean {
  return email.toLowerCase().endsWith(`@${ERASED_DOMAIN}`);
}

/** An application's name as stored after anonymisation: pages show a translated stand-in. */
export function isAnonymisedName(name: string): boolean {
  return name.trim() === ANONYMISED_NAME;
}

/** The person confirms by typing their own address (case and spaces around it ignored). */
export function confirmsErasure(typed: string, email: string): boolean {
  return typed.trim().toLowerCase() === email.trim().toLowerCase() && email.trim() !== "";
}

/** What an erasure removed or anonymised, by kind: written to the audit log as counts only. */
export interface ErasureCounts {
  applicationsAnonymised: number;
  meetingNotesCleared: number;
  checkInNotesCleared: number;
  surveyTextsCleared: number;
  commentsDeleted: number;
  petitionSignaturesAnonymised: number;
  networkMembershipsEnded: number;
  eventRegistrationsDeleted: number;
  consentRecordsDeleted: number;
  sessionsEnded: number;
  emailsDeleted: number;
  emailsRedacted: number;
  auditEntriesRedacted: number;
}
