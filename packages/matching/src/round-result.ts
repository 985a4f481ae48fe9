/** What matchRound returns: groups with scores and reasons, the unmatched with reasons, a summary. */
import type { PairExplanation } from "./explanation.ts";
import type { RoundMode } from "./round-config.ts";

export interface MatchLink {
  ids: [string, string];
  score: number;
  explanation: PairExplanation;
}

export interface MatchedGroup {
  /** pair and triad: peers; mentorship: a mentor and their mentees; group: 3–5 people. */
  kind: "pair" | "triad" | "mentorship" | "group";
  /** For a mentorship the mentor comes first. */
  memberIds: string[];
  /** A pair's score; for larger groups the mean of the links' scores, rounded. */
  score: number;
  /** The scored pairs inside the group: the pair itself, the joined person's two links, or mentor–mentee. */
  links: MatchLink[];
  /** Fixed by the facilitator. */
  locked: boolean;
}

export type UnmatchedReason =
  | "no_shared_language"
  | "only_same_country"
  | "only_excluded_partners"
  | "no_experienced_mentor"
  | "not_mentor_or_mentee"
  | "no_mentee_for_mentor"
  | "odd_one_out"
  | "partners_taken";

export interface UnmatchedPerson {
  id: string;
  reason: UnmatchedReason;
  /** English; the app translates from `reason`. */
  message: string;
}

export interface RoundSummary {
  people: number;
  groups: number;
  pairs: number;
  triads: number;
  matchedPeople: number;
  unmatched: number;
  /** Over all links (pairs, mentor–mentee, links inside triads and groups). */
  meanScore: number;
  lowestScore: number;
  crossCountryPercent: number;
  crossSectorPercent: number;
}

export interface RoundResult {
  mode: RoundMode;
  groups: MatchedGroup[];
  unmatched: UnmatchedPerson[];
  /** The solver's optimality certificate was checked and holds (group mode: always false, it is a heuristic). */
  certified: boolean;
  certificateReason?: string;
  summary: RoundSummary;
  candidates: { pairs: number; topK: number | null };
  /** With fairnessFirst: the lowest pair score that still lets as many people be matched. */
  fairnessThreshold?: number;
  /** Group mode: the heuristic's total against an upper bound. */
  groupBound?: { total: number; upperBound: number };
}
