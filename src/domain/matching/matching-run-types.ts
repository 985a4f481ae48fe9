/**
 * What a matching run stores: the facilitator's criteria, the result as the app keeps it
 * (groups of application ids with scores and explanation data, the unmatched with
 * reasons, a summary), and the manual changes made to it. Saved as JSON on the run row.
 */
import type {
  HardRuleViolation,
  MatchLink,
  MatchedGroup,
  RoundMode,
  UnmatchedReason,
} from "@shelfmates/matching";

export interface MatchingCriteria {
  weights: {
    sharedInterests: number;
    matchBy: number;
    partnerSector: number;
    availability: number;
    language: number;
    textSimilarity: number;
    mentorFit: number;
  };
  rules: {
    otherCountry: boolean;
    sharedLanguage: boolean;
    notSameLibrary: boolean;
    notPreviousPartners: boolean;
    /** Mentor mode: the mentor has at least this many more years of experience. */
    mentorMinExtraYears: number;
  };
  fairnessFirst: boolean;
  allowTriads: boolean;
}

/** Reasons the app adds to the engine's: changes made by the facilitator. */
export type RunUnmatchedReason = UnmatchedReason | "unmatched_by_facilitator" | "partner_moved";

export interface RunGroup {
  /** Stable within the run ("g1", "g2"…), so adjust actions can name a group. */
  key: string;
  kind: MatchedGroup["kind"];
  /** Application ids; for a mentorship the mentor comes first. */
  memberIds: string[];
  score: number;
  links: MatchLink[];
  locked: boolean;
  /** Made or changed by hand after the run. */
  manual: boolean;
  /** Hard rules this group breaks, each confirmed by the facilitator. */
  /** Hard rules (or a mentor's capacity) this group breaks, confirmed by the facilitator. */
  hardRuleBreaks: ConfirmedBreak[];
}

export interface RunSummary {
  people: number;
  matchedPeople: number;
  groups: number;
  /** Peer pairs and the mentor–mentee pairs of mentorships. */
  pairs: number;
  triads: number;
  unmatched: number;
  meanScore: number;
  lowestScore: number;
  totalScore: number;
  crossCountryPercent: number;
  crossSectorPercent: number;
  countries: number;
}

export interface RunResult {
  mode: RoundMode;
  groups: RunGroup[];
  unmatched: { id: string; reason: RunUnmatchedReason }[];
  certified: boolean;
  /**
   * What the engine proved (runs stored before it said so have none): optimal over every
   * allowed pair, only among each person's best candidates (with a bound on what is
   * missing), or nothing (group mode's heuristic).
   */
  proof?: {
    scope: "all_allowed_pairs" | "candidate_pairs" | "heuristic";
    candidatesPerPerson: number | null;
    gap?: { pairs: number; score: number };
  };
  summary: RunSummary;
  /** Next free group key number. */
  nextKey: number;
}

export type ManualChange =
  | { kind: "lock" | "unlock" | "block" | "unmatch"; memberIds: string[] }
  | { kind: "swap"; before: string[][]; after: string[][] }
  | { kind: "pair"; memberIds: string[] };

/** What a facilitator can confirm breaking by hand: a hard rule, or a mentor's capacity. */
export type ConfirmedBreak = HardRuleViolation | "over_capacity";

export interface RecordedChange {
  change: ManualChange;
  at: string;
  by: string | null;
  /** Hard rules (or a mentor's capacity) the change broke, confirmed by the facilitator. */
  confirmedBreaks: ConfirmedBreak[];
}

export type RunStatus = "running" | "done" | "failed";

export interface RunProgress {
  stage: "starting" | "scoring" | "solving" | "explaining" | "saving";
  done: number;
  total: number;
}

export interface MatchingRunRecord {
  id: string;
  roundId: string;
  createdBy: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  status: RunStatus;
  progress: RunProgress;
  criteria: MatchingCriteria;
  seed: number;
  basedOnRunId: string | null;
  result: RunResult | null;
  manualChanges: RecordedChange[];
  totalScore: number | null;
  lowestScore: number | null;
  error: string | null;
  /** Milliseconds the engine took (scoring, solving, explaining). */
  engineMs: number | null;
}

export type MatchingRunSummaryRecord = Omit<MatchingRunRecord, "result"> & {
  summary: RunSummary | null;
  createdByName: string | null;
};

export interface MatchConstraintRecord {
  roundId: string;
  kind: "lock" | "block";
  /** The smaller of the two application ids. */
  applicationA: string;
  applicationB: string;
  createdBy: string | null;
  createdAt: Date;
}
