import type {
  CareerStage,
  LanguageLevel,
  MatchBy,
  MeetingFormat,
  ParticipantRole,
  PartnerSectorPreference,
  Sector,
} from "../vocabulary/vocabulary.ts";

export interface SpokenLanguage {
  /** ISO 639-1 code, e.g. "el". */
  code: string;
  level: LanguageLevel;
}

/**
 * What an applicant tells us about themselves: the same fields whether they came from the
 * online form or a CSV import. The matching engine scores pairs from these.
 */
export interface ApplicationProfile {
  name: string;
  email: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  city: string;
  languages: SpokenLanguage[];
  /** IANA time zone name. */
  timeZone: string;
  library: string;
  sector: Sector;
  solo: boolean;
  /** Free text, e.g. "Subject librarian". */
  jobTitle: string;
  careerStage: CareerStage;
  experienceYears: number;
  /** Ids from INTERESTS. */
  interests: string[];
  /** Free-text interests in the applicant's own words. */
  otherInterests: string;
  goals: string;
  matchBy: MatchBy;
  partnerSector: PartnerSectorPreference;
  meetingFormats: MeetingFormat[];
  /** Availability block ids (see AVAILABILITY_BLOCKS), in the applicant's time zone. */
  availability: string[];
  role: ParticipantRole;
  /** Mentors only: how many mentees they take. */
  mentorCapacity: number | null;
}

/** Answers to a round's custom questions, keyed by question id (or CSV column name). */
export type CustomAnswers = Record<string, string | string[] | boolean>;
