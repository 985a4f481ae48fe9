/**
 * What the engine needs to know about one person in a round. It mirrors the application
 * profile of the app (src/domain/application-profile.ts) without importing it, so the
 * package stays usable on its own; the caller maps one to the other.
 */

/** CEFR levels plus "native", weakest first (same order as the app's LANGUAGE_LEVELS). */
export const LANGUAGE_LEVEL_ORDER = ["A1", "A2", "B1", "B2", "C1", "C2", "native"] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVEL_ORDER)[number];

export type CareerStage = "student" | "early" | "mid" | "senior" | "retired";
export const CAREER_STAGE_ORDER: readonly CareerStage[] = [
  "student",
  "early",
  "mid",
  "senior",
  "retired",
];
/** The choices of the next three fields; scoring keeps each person's as an index into these. */
export const MATCH_BY_ORDER = ["interests", "career_stage", "anyone"] as const;
export type MatchBy = (typeof MATCH_BY_ORDER)[number];
export const PARTNER_SECTOR_ORDER = ["same", "other", "any"] as const;
export type PartnerSectorPreference = (typeof PARTNER_SECTOR_ORDER)[number];
export const ROLE_ORDER = ["peer", "mentor", "mentee"] as const;
export type ParticipantRole = (typeof ROLE_ORDER)[number];

export interface Participant {
  /** Unique in the round; results refer to people by this id. */
  id: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  languages: readonly { code: string; level: LanguageLevel }[];
  /**
   * Minutes east of UTC (e.g. 120 for Athens in summer, 330 for India). The caller computes
   * it for the round's start date from the IANA zone, so the engine needs no time-zone data
   * and gives the same answer whenever it runs.
   */
  utcOffsetMinutes: number;
  /** Library name; two people with the same (case-insensitive) library in one country are never paired. */
  library: string;
  sector: string;
  solo?: boolean;
  careerStage: CareerStage;
  experienceYears: number;
  /** Interest ids from the shared vocabulary. */
  interests: readonly string[];
  /** Free-text interests, any language or script. */
  otherInterests: string;
  goals: string;
  matchBy: MatchBy;
  partnerSector: PartnerSectorPreference;
  /** Availability block ids in local time, `<mon..sun>-<06|10|14|18>`, each 4 hours long. */
  availability: readonly string[];
  role: ParticipantRole;
  /** Mentors: how many mentees they take (at least 1). */
  mentorCapacity?: number | null;
  /** Ids of earlier partners in this programme: never paired again when the round says so. */
  previousPartnerIds?: readonly string[];
  /** Facilitator blocks: never pair with these ids (either side's block counts). */
  blockedIds?: readonly string[];
  /** Facilitator locks: always put in one group with these ids (either side's lock counts). */
  lockedWithIds?: readonly string[];
}
