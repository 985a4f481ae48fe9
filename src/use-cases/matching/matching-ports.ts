/**
 * Ports of the matching use cases: the run and partnership repositories (implemented in
 * src/db) and the engine runner (in-process for tests, a worker thread in the server).
 */
import type {
  MatchProgress,
  Participant,
  RoundConfigInput,
  RoundResult,
} from "@shelfmates/matching";
import type {
  MatchConstraintRecord,
  MatchingRunRecord,
  MatchingRunSummaryRecord,
  RecordedChange,
  RunProgress,
  RunResult,
} from "../../domain/matching/matching-run-types.ts";

export interface MatchingRunRepository {
  insert(run: MatchingRunRecord): Promise<void>;
  updateProgress(id: string, progress: RunProgress): Promise<void>;
  finish(
    id: string,
    outcome: Pick<
      MatchingRunRecord,
      "status" | "finishedAt" | "result" | "totalScore" | "lowestScore" | "error" | "engineMs"
    >,
  ): Promise<void>;
  saveResult(
    id: string,
    result: RunResult,
    manualChanges: RecordedChange[],
    scores: { totalScore: number; lowestScore: number },
  ): Promise<void>;
  findById(id: string): Promise<MatchingRunRecord | undefined>;
  /** Locks the run row for the rest of the transaction (serialises edits of one result). */
  lockById(id: string): Promise<MatchingRunRecord | undefined>;
  /** Newest first, without the (large) result. */
  listByRound(roundId: string): Promise<MatchingRunSummaryRecord[]>;
  listConstraints(roundId: string): Promise<MatchConstraintRecord[]>;
  /** Inserts or replaces the constraint on this pair (a pair is locked or blocked, not both). */
  setConstraint(constraint: MatchConstraintRecord): Promise<void>;
  removeConstraint(roundId: string, applicationA: string, applicationB: string): Promise<void>;
}

export interface PartnershipRecord {
  id: string;
  roundId: string;
  /** Null for a partnership made by re-matching after publishing. */
  runId: string | null;
  kind: "pair" | "triad" | "mentorship" | "group";
  score: number;
  links: RunResult["groups"][number]["links"];
  breaksHardRule: boolean;
  status: "active";
  createdAt: Date;
}

export interface PartnershipMemberRecord {
  applicationId: string;
  role: "peer" | "mentor" | "mentee";
}

export interface RoundPublicationRecord {
  roundId: string;
  runId: string;
  publishedAt: Date;
  publishedBy: string | null;
}

export interface PartnershipRepository {
  insertMany(
    partnerships: (PartnershipRecord & { members: PartnershipMemberRecord[] })[],
  ): Promise<void>;
  findPublication(roundId: string): Promise<RoundPublicationRecord | undefined>;
  insertPublication(publication: RoundPublicationRecord): Promise<void>;
  countByRound(roundId: string): Promise<number>;
  /** Emails of people who were partners in this programme's rounds that started before `before`. */
  listPartnerEmailPairs(programmeId: string, before: Date): Promise<[string, string][]>;
  /** Partnerships in which an application with this email takes part, newest first. */
  listForEmail(
    email: string,
  ): Promise<{ partnership: PartnershipRecord; members: PartnershipMemberRecord[] }[]>;
  /** A round's partnerships with their members, filtered, oldest first; `page` null = all. */
  listForRound(
    roundId: string,
    filters: RoundPartnershipFilters,
    page: { offset: number; limit: number } | null,
  ): Promise<{ items: RoundPartnershipRow[]; total: number }>;
  /** The countries and sectors of a round's partnership members, for the list's filters. */
  listMemberFacets(roundId: string): Promise<{ countries: string[]; sectors: string[] }>;
}

export interface RoundPartnershipFilters {
  /** Part of a member's name, email or library (any case). */
  search: string;
  /** ISO country code of a member, or "". */
  country: string;
  /** A member's sector, or "". */
  sector: string;
  /** active | dissolved | ended, or "". */
  status: string;
}

export interface RoundPartnershipRow {
  id: string;
  kind: PartnershipRecord["kind"];
  score: number;
  status: string;
  links: PartnershipRecord["links"];
  breaksHardRule: boolean;
  createdAt: Date;
  members: {
    applicationId: string;
    role: PartnershipMemberRecord["role"];
    name: string;
    email: string;
    country: string;
    sector: string;
    library: string;
    left: boolean;
  }[];
}

/** Runs the engine; the server runs it off the request thread so progress can be polled. */
export interface MatchingEngine {
  run(
    participants: Participant[],
    config: RoundConfigInput,
    options: { seed: number; previousGroups?: string[][] },
    onProgress: (progress: MatchProgress) => void,
  ): Promise<RoundResult>;
}
