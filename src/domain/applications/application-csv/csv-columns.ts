/**
 * The columns of the applications CSV (see docs/csv-import.md). Header names are matched
 * case-insensitively after trimming, with spaces and hyphens read as underscores, so
 * "Career stage" is career_stage. Any other column is kept as a custom answer.
 */

export const KNOWN_COLUMNS = [
  "name",
  "email",
  "country",
  "city",
  "languages",
  "timezone",
  "library",
  "sector",
  "solo",
  "job_title",
  "career_stage",
  "experience_years",
  "interests",
  "other_interests",
  "goals",
  "match_by",
  "partner_sector",
  "formats",
  "availability",
  "role",
  "capacity",
] as const;
export type KnownColumn = (typeof KNOWN_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly KnownColumn[] = ["name", "email", "country", "languages"];

const ALIASES: Record<string, KnownColumn> = {
  time_zone: "timezone",
  language: "languages",
  interest: "interests",
  format: "formats",
  meeting_formats: "formats",
  match_me_by: "match_by",
  mentor_capacity: "capacity",
  years_of_experience: "experience_years",
  e_mail: "email",
};

const knownSet = new Set<string>(KNOWN_COLUMNS);

export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

export function findKnownColumn(header: string): KnownColumn | undefined {
  const key = normaliseHeader(header);
  if (knownSet.has(key)) return key as KnownColumn;
  return ALIASES[key];
}

/** Spreadsheet letter of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = "";
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
