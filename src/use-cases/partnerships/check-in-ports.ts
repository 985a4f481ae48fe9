/** Fortnightly check-ins, nudges, the follow-up list, dissolving and re-matching a partnership. */
import type {
  CheckInAnswer,
  GoodMatchAnswer,
} from "../../domain/partnerships/check-in-schedule.ts";
import type { MatchLink } from "@shelfmates/matching";
import type { Page } from "../page.ts";

/** A round between its start and end, published (status matched or active), with its rhythms. */
export interface LiveRound {
  id: string;
  programmeId: string;
  name: string;
  startsAt: Date;
  endsAt: Date;
  checkInEveryDays: number;
  nudgeAfterDays: number;
  followUpAfterDays: number;
}

/** A current member of an active partnership who has no check-in of `sequence` yet. */
export interface CheckInDue {
  partnershipId: string;
  partnershipCreatedAt: Date;
  applicationId: string;
}

export interface CheckInRecord {
  id: string;
  partnershipId: string;
  applicationId: string;
  sequence: number;
  sentAt: Date;
  answer: CheckInAnswer | null;
  goodMatch: GoodMatchAnswer | null;
  note: string;
  answeredAt: Date | null;
}

/** A person as the check-in pages and emails show them. */
export interface MemberFacts {
  applicationId: string;
  name: string;
  email: string;
  locale: string;
  role: string;
  leftAt: Date | null;
}

export interface PartnershipFacts {
  id: string;
  roundId: string;
  kind: string;
  status: "active" | "dissolved" | "ended";
  createdAt: Date;
  nudgedAt: Date | null;
  closedAt: Date | null;
  members: MemberFacts[];
}

/** What the follow-up job needs to know of one active partnership of a live round. */
export interface SilenceRow {
  partnershipId: string;
  createdAt: Date;
  nudgedAt: Date | null;
  lastContactAt: Date | null;
  hasOpenFollowUp: boolean;
  lastFollowUpClosedAt: Date | null;
}

export type FollowUpReason = "problem" | "silent";

export interface FollowUpRecord {
  id: string;
  partnershipId: string;
  reason: FollowUpReason;
  openedAt: Date;
  outcome: "resolved" | "dissolved" | null;
  closedAt: Date | null;
  closedBy: string | null;
}

/** One open follow-up with what the facilitator needs to decide. */
export interface FollowUpItem {
  followUp: FollowUpRecord;
  partnership: PartnershipFacts;
  checkIns: (CheckInRecord & { memberName: string })[];
  meetingsHeld: number;
}

/** Someone of the round who could take a new partner (no current partnership). */
export interface FreeParticipant {
  applicationId: string;
  /** Left a dissolved partnership of this round (else never matched: accepted or waitlisted). */
  leftAt: Date | null;
}

export interface CheckInRepository {
  /** Rounds whose life is under way at `now`: matched or active, startsAt ≤ now < endsAt. */
  listLiveRounds(now: Date): Promise<LiveRound[]>;
  findLiveRound(roundId: string, now: Date): Promise<LiveRound | undefined>;
  /**
   * Current members of the round's active partnerships (published ones, and re-matches made
   * at or before `rematchedBy`) who have no check-in numbered `sequence`: at most `limit`.
   */
  listCheckInsDue(
    roundId: string,
    sequence: number,
    rematchedBy: Date,
    limit: number,
  ): Promise<CheckInDue[]>;
  /** Inserts the rows; those that exist already are skipped. Returns the rows inserted. */
  insertCheckIns(rows: CheckInRecord[]): Promise<CheckInRecord[]>;
  findCheckIn(id: string): Promise<CheckInRecord | undefined>;
  /** How many check-ins this member had in this partnership before this one. */
  countEarlierCheckIns(
    checkIn: Pick<CheckInRecord, "partnershipId" | "applicationId" | "sequence">,
  ): Promise<number>;
  saveAnswer(
    id: string,
    answer: {
      answer: CheckInAnswer;
      goodMatch: GoodMatchAnswer | null;
      note: string;
      answeredAt: Date;
    },
  ): Promise<void>;
  findPartnership(id: string): Promise<PartnershipFacts | undefined>;
  /** Partnerships with their members, in one query each. */
  findPartnerships(ids: readonly string[]): Promise<PartnershipFacts[]>;
  listSilenceRows(roundId: string): Promise<SilenceRow[]>;
  /** Sets nudgedAt if it was not set; false when another run nudged it first. */
  markNudged(partnershipId: string, at: Date): Promise<boolean>;
  /**
   * Opens a follow-up unless one is open; a problem makes an open "silent" one a problem.
   * Returns whether a new one was opened.
   */
  openFollowUp(
    followUp: Pick<FollowUpRecord, "id" | "partnershipId" | "reason" | "openedAt">,
  ): Promise<boolean>;
  findOpenFollowUp(partnershipId: string): Promise<FollowUpRecord | undefined>;
  findFollowUp(id: string): Promise<FollowUpRecord | undefined>;
  closeFollowUp(
    id: string,
    outcome: "resolved" | "dissolved",
    at: Date,
    by: string | null,
  ): Promise<void>;
  /** Open follow-ups of the round: problems first, then the oldest. */
  listOpenFollowUps(
    roundId: string,
    page: { offset: number; limit: number },
  ): Promise<Page<FollowUpItem>>;
  dissolve(partnershipId: string, at: Date): Promise<void>;
  /** People of the round with no current partnership: accepted, waitlisted, or left one. */
  listFreeParticipants(roundId: string): Promise<FreeParticipant[]>;
  /** Those who left a dissolved partnership of the round and have none now, newest first. */
  listWaitingForPartner(
    roundId: string,
    page: { offset: number; limit: number },
  ): Promise<Page<FreeParticipant>>;
  /** How many people `listWaitingForPartner` lists in all. */
  countWaitingForPartner(roundId: string): Promise<number>;
  /** Everyone this application shared a partnership with in the round, dissolved or not. */
  listPartnersInRound(applicationId: string): Promise<string[]>;
  /** Locks these applications' rows for the rest of the transaction. */
  lockApplications(ids: readonly string[]): Promise<void>;
  /** Whether the application is a current member of a partnership. */
  isInPartnership(applicationId: string): Promise<boolean>;
  /** A partnership made by hand after publishing (a re-match): no run. */
  insertPartnership(partnership: {
    id: string;
    roundId: string;
    kind: "pair" | "mentorship";
    score: number;
    links: MatchLink[];
    createdAt: Date;
    members: { applicationId: string; role: "peer" | "mentor" | "mentee" }[];
  }): Promise<void>;
}
