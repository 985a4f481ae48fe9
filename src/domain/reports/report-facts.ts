/**
 * What the round report is computed from: counts the database has already grouped (issue 13),
 * per round where the programme's rounds are compared, so no figure needs a row per person.
 * The report's pure functions turn these into its sections, tables and key figures.
 */

/** Applications of a round with one status (every application counts, withdrawn ones too). */
export interface ApplicationStatusCount {
  roundId: string;
  status: string;
  count: number;
}

/** Applications of one round by one profile field's value, and by day received. */
export interface ApplicationProfileCounts {
  country: { value: string; count: number }[];
  sector: { value: string; count: number }[];
  careerStage: { value: string; count: number }[];
  /** By calendar day ("2027-01-09") in the reader's time zone, in order. */
  day: { value: string; count: number }[];
}

/** People who are or were members of a partnership of the round, by their country. */
export interface ParticipantCount {
  roundId: string;
  country: string;
  participants: number;
}

/**
 * The scored pairs inside a round's partnerships (a pair is one, a triad three, a mentorship
 * one per mentee), grouped by the two people's countries (`countryA` ≤ `countryB`).
 */
export interface LinkStat {
  roundId: string;
  countryA: string;
  countryB: string;
  links: number;
  scoreSum: number;
  lowestScore: number;
  /** Of these, pairs whose two people work in different sectors. */
  crossSector: number;
}

/** A round's partnerships of one kind and status, made by publishing or by a re-match. */
export interface PartnershipStat {
  roundId: string;
  kind: string;
  /** active | dissolved | ended */
  status: string;
  /** Made after publishing to replace a partner (no matching run behind it). */
  rematched: boolean;
  count: number;
  /** Of these, how many the follow-up job nudged for silence (its rule: silence.ts). */
  nudged: number;
}

/** Partnerships that went on the facilitator's follow-up list for a reason. */
export interface FollowUpCount {
  roundId: string;
  /** silent | problem */
  reason: string;
  partnerships: number;
}

export interface MeetingCount {
  roundId: string;
  /** Meetings logged as held (a planned one becomes held once its time has passed). */
  held: number;
}

/** Check-ins of one round by number, answer and (the first's) "good match" answer. */
export interface CheckInCount {
  sequence: number;
  /** in_touch | not_yet | problem, or null while unanswered. */
  answer: string | null;
  /** yes | no, asked on the first check-in; null when not given. */
  goodMatch: string | null;
  count: number;
}

/** What the round's end-of-round survey says in the figures rounds are compared by. */
export interface SurveyFigures {
  roundId: string;
  invited: number;
  responded: number;
  /** Answers to the question keyed "satisfaction" (1–5), and their mean. */
  satisfactionAnswers: number;
  satisfactionMean: number | null;
}

/** A round as the report and its comparison know it. */
export interface ReportRound {
  id: string;
  programmeId: string;
  name: string;
  slug: string;
  mode: string;
  status: string;
  applicationsOpenAt: Date;
  applicationsCloseAt: Date;
  startsAt: Date;
  endsAt: Date;
  nudgeAfterDays: number;
  followUpAfterDays: number;
  checkInEveryDays: number;
}

/** The grouped counts of several rounds (the surveys' figures read on their own). */
export interface RoundsFacts {
  applications: ApplicationStatusCount[];
  participants: ParticipantCount[];
  links: LinkStat[];
  partnerships: PartnershipStat[];
  followUps: FollowUpCount[];
  meetings: MeetingCount[];
  surveys: SurveyFigures[];
}
