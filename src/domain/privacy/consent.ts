/**
 * Consent (issue 16): what a person agreed to, when, and which version of the text. A text's
 * version is a stable id: raise it whenever the words of that text change in any language,
 * so a record always says which words were agreed to.
 */
export const CONSENT_PURPOSES = ["privacy", "application", "rules"] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** The privacy notice agreed to on the sign-up page (common:auth.privacyNotice). */
export const PRIVACY_TEXT_VERSION = "privacy-2027-01";
/** The application form's "Your data" text and its consent box (applications:form.privacy). */
export const APPLICATION_TEXT_VERSION = "application-2026-09";

/**
 * A round's rules are the facilitators' own text: its version is a digest of every language's
 * rules as they stood when the applicant agreed (the caller hashes `rulesTextToHash`).
 */
export function rulesTextToHash(rules: readonly { locale: string; markdown: string }[]): string {
  return [...rules]
    .filter((r) => r.markdown.trim() !== "")
    .sort((a, b) => (a.locale < b.locale ? -1 : a.locale > b.locale ? 1 : 0))
    .map((r) => `${r.locale}\n${r.markdown.trim()}`)
    .join("\n\u0000\n");
}

export function rulesTextVersion(digest: string): string {
  return `rules-${digest.slice(0, 16)}`;
}

export interface ConsentRecord {
  id: string;
  userId: string | null;
  email: string;
  purpose: ConsentPurpose;
  textVersion: string;
  /** A round's id for an application's consent and rules; "" otherwise. */
  context: string;
  locale: string;
  agreedAt: Date;
  withdrawnAt: Date | null;
}
