/**
 * The closed vocabularies of an application (see docs/csv-import.md and the foundation
 * issue). Stored values are these ids; labels come from i18n (`vocabulary:<kind>.<id>`).
 */

export const SECTORS = [
  "public",
  "academic",
  "school",
  "special-law",
  "special-medical",
  "special-corporate",
  "government",
  "archive",
  "museum",
  "other",
] as const;
export type Sector = (typeof SECTORS)[number];

export const CAREER_STAGES = ["student", "early", "mid", "senior", "retired"] as const;
export type CareerStage = (typeof CAREER_STAGES)[number];

export const MATCH_BY = ["interests", "career_stage", "anyone"] as const;
export type MatchBy = (typeof MATCH_BY)[number];

export const PARTNER_SECTOR = ["same", "other", "any"] as const;
export type PartnerSectorPreference = (typeof PARTNER_SECTOR)[number];

export const MEETING_FORMATS = ["online", "face-to-face"] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

export const PARTICIPANT_ROLES = ["peer", "mentor", "mentee"] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** CEFR levels plus "native"; ordered from weakest to strongest. */
export const LANGUAGE_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2", "native"] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** The level from which a language counts as a working language for a partnership. */
export const USABLE_LANGUAGE_LEVEL: LanguageLevel = "B1";

export function isUsableLevel(level: LanguageLevel): boolean {
  return LANGUAGE_LEVELS.indexOf(level) >= LANGUAGE_LEVELS.indexOf(USABLE_LANGUAGE_LEVEL);
}

/** The shared vocabulary of library topics applicants choose interests from. */
export const INTERESTS = [
  "academic-libraries",
  "accessibility",
  "advocacy",
  "archives-records",
  "artificial-intelligence",
  "cataloguing-metadata",
  "children-services",
  "collection-development",
  "community-engagement",
  "copyright",
  "data-management",
  "digital-humanities",
  "digital-literacy",
  "digital-preservation",
  "diversity-inclusion",
  "e-resources",
  "evidence-based-practice",
  "exhibitions",
  "funding-grants",
  "health-information",
  "indigenous-knowledge",
  "information-literacy",
  "instruction-teaching",
  "international-collaboration",
  "knowledge-management",
  "law-librarianship",
  "leadership",
  "library-design-spaces",
  "library-marketing",
  "library-systems",
  "licensing-negotiation",
  "local-history",
  "makerspaces",
  "management",
  "medical-librarianship",
  "mentoring",
  "multilingual-services",
  "museums",
  "open-access",
  "open-science",
  "outreach",
  "policy",
  "privacy",
  "professional-development",
  "programming-events",
  "public-libraries",
  "reader-development",
  "reference-services",
  "rare-books",
  "research-support",
  "school-libraries",
  "scholarly-communication",
  "social-media",
  "solo-librarianship",
  "special-collections",
  "sustainability",
  "systematic-reviews",
  "teen-services",
  "user-experience",
  "wellbeing",
] as const;
export type Interest = (typeof INTERESTS)[number];

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Weekly availability is chosen as blocks of local time; each block is 4 hours.
 * A block id is `<weekday>-<startHour>`, e.g. `tue-14` = Tuesday 14:00–18:00 local time.
 */
export const AVAILABILITY_BLOCK_START_HOURS = [6, 10, 14, 18] as const;
export const AVAILABILITY_BLOCK_HOURS = 4;
export const AVAILABILITY_BLOCKS: readonly string[] = WEEKDAYS.flatMap((day) =>
  AVAILABILITY_BLOCK_START_HOURS.map((hour) => `${day}-${String(hour).padStart(2, "0")}`),
);

/** Local hours of the week (0 = Monday 00:00) covered by the given availability blocks. */
export function localHoursOfWeek(blocks: readonly string[]): number[] {
  const hours: number[] = [];
  for (const block of blocks) {
    const [day, start] = block.split("-");
    const dayIndex = WEEKDAYS.indexOf(day as Weekday);
    const startHour = Number(start);
    if (dayIndex < 0 || !Number.isInteger(startHour)) continue;
    for (let h = 0; h < AVAILABILITY_BLOCK_HOURS; h++) hours.push(dayIndex * 24 + startHour + h);
  }
  return hours;
}
