/** What matchRound returns: groups with scores and reasons, the unmatched with reasons, a summary. */
import type { PairExplanation } from "./explanation.ts";
import type { RoundMode } from "./round-config.ts";
import type { SolveProof } from "./solve-proof.ts";

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

/** What the run proved about its result: the scope of the certificate, in data and in words. */
export interface RoundProof {
  /**
   * all_allowed_pairs: certified optimal over every pair the hard rules allow (as many
   * people matched as possible, then the highest total). candidate_pairs: optimal only among
   * the candidate pairs (a time budget stopped pricing; `gap` bounds what is missing).
   * heuristic: group mode, no optimality proof (see groupBound).
   */
  scope: "all_allowed_pairs" | "candidate_pairs" | "heuristic";
  /** Each person's best k candidates were solved first (null: all pairs were scored). */
  candidatesPerPerson: number | null;
  /** Solves run: 1, plus one per pricing pass that added pairs. */
  passes: number;
  /** Left-out pairs that pricing found could improve the result and added. */
  pairsAdded: number;
  /** When scope is candidate_pairs: at most this many more pairs, and at equal size this many more score points. */
  gap?: { pairs: number; score: number };
  /** When a mentor round's solve was a heuristic: see SolveProof.bound (solve-proof.ts). */
  bound?: SolveProof["bound"];
  /** English, one sentence; the app words it from the fields above. */
  statement: string;
}

export interface RoundResult {
  mode: RoundMode;
  groups: MatchedGroup[];
  unmatched: UnmatchedPerson[];
  /**
   * The solver's optimality certificate was checked, holds over all allowed pairs, and every
   * group keeps every hard rule between every two members (group mode: always false, it is
   * a heuristic). False with a reason otherwise; `proof` says what was proved.
   */
  certified: boolean;
  certificateReason?: string;
  proof: RoundProof;
  summary: RoundSummary;
  candidates: { pairs: number; topK: number | null };
  /** With fairnessFirst: the lowest pair score that still lets as many people be matched. */
  fairnessThreshold?: number;
  /** Group mode: the heuristic's total against an upper bound. */
  groupBound?: { total: number; upperBound: number };
}
