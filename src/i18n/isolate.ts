/**
 * A name (or any text a person wrote) set apart from the sentence around it with Unicode
 * isolates (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, UAX #9 §2.7), so a
 * name written right to left keeps its own direction and does not reorder the punctuation
 * and words beside it ("A & B — 640"). For text only (emails, <title>); pages use <bdi>.
 *
 * Every interface language is left to right today, so only text with right-to-left letters
 * needs it; other names stay free of invisible characters (they would ride along when a
 * reader copies a name). A right-to-left interface language will need it for every name.
 */
const RIGHT_TO_LEFT =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

export function isolate(text: string): string {
  return RIGHT_TO_LEFT.test(text) ? `\u2068${text}\u2069` : text;
}
