/** The facilitator's day, a round's dashboard and the end of a round. */
import type { RoundStatus } from "../../domain/rounds/round-status.ts";
import type { Page } from "../page.ts";

/** Whose rounds: every programme's (an administrator) or those a user facilitates. */
/** Whose rounds: every programme (an administrator), or the programmes a facilitator has. */
export type FacilitatorScope = { all: true } | { all: false; programmeIds: readonly string[] };

export interface Paging {
  offset: number;
  limit: number;
}

/** A partnership on the follow-up list (a problem reported, or silent too long). */
export interface FollowUpItem {
  followUpId: string;
  partnershipId: string;
  roundId: string;
  roundName: string;
  openedAt: Date;
  /** Its current members' names. */
  members: string[];
}

/** An active partnership with a member who has not confirmed the agreement a week on. */
export interface OverdueAgreementItem {
  partnershipId: string;
  roundId: string;
  roundName: string;
  createdAt: Date;
  members: { name: string; confirmed: boolean }[];
}

export interface UpcomingSessionItem {
  sessionId: string;
  roundId: string;
  roundName: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  /** Participants who answered "yes". */
  attending: number;
}

/** An email to one of the rounds' applicants that failed or may not have arrived. */
export interface TroubledEmailItem {
  emailId: string;
  roundId: string;
  applicationId: string;
  applicantName: string;
  kind: string;
  subject: string;
  status: "failed" | "uncertain";
  createdAt: Date;
}

/** A round's facts its dashboard and the end of round need beyond RoundRecord. */
export interface RoundLifeFacts {
  id: string;
  programmeId: string;
  name: string;
  status: RoundStatus;
  startsAt: Date;
  endsAt: Date;
  nudgeAfterDays: number;
}

export interface PartnershipCounts {
  active: number;
  /** Of the active ones: silent for the round's nudgeAfterDays (src/domain/partnerships/silence.ts). */
  silent: number;
  dissolved: number;
  ended: number;
}

export interface CheckInAnswerCount {
  sequence: number;
  /** in_touch | not_yet | problem, or null while unanswered. */
  answer: string | null;
  count: number;
}

export interface AgreementCounts {
  /** Active partnerships, and those every current member of which has confirmed. */
  partnerships: number;
  confirmedPartnerships: number;
  /** Current members of active partnerships, and those who have confirmed. */
  members: number;
  confirmedMembers: number;
}

/** A current member of a partnership a round's end closed: whom to thank. */
export interface EndedMember {
  partnershipId: string;
  applicationId: string;
  name: string;
  email: string;
  locale: string;
}

export interface RoundLifeRepository {
  // The facilitator's day: each list newest or most urgent first, with its total.
  listOpenFollowUps(
    scope: FacilitatorScope,
    reason: "problem" | "silent",
    page: Paging,
  ): Promise<Page<FollowUpItem>>;
  listOverdueAgreements(
    scope: FacilitatorScope,
    createdAtOrBefore: Date,
    page: Paging,
  ): Promise<Page<OverdueAgreementItem>>;
  listUpcomingSessions(
    scope: FacilitatorScope,
    window: { from: Date; to: Date },
    page: Paging,
  ): Promise<Page<UpcomingSessionItem>>;
  listTroubledEmails(scope: FacilitatorScope, page: Paging): Promise<Page<TroubledEmailItem>>;
  // A round's dashboard
  findRoundFacts(roundId: string): Promise<RoundLifeFacts | undefined>;
  /**
   * Partnerships by status; silent: the active ones whose silence started at or before
   * `silentSinceAtLatest` (none when null), as `silentSince` in silence.ts counts it.
   */
  countPartnerships(roundId: string, silentSinceAtLatest: Date | null): Promise<PartnershipCounts>;
  /** Held meetings per calendar day on the wall clock of `timeZone` (an IANA name). */
  countMeetingsByDay(roundId: string, timeZone: string): Promise<{ day: string; count: number }[]>;
  countCheckInAnswers(roundId: string): Promise<CheckInAnswerCount[]>;
  countAgreements(roundId: string): Promise<AgreementCounts>;
  // The end of a round
  /** Matched rounds that have started and active rounds that have ended, by `now`. */
  listRoundsDue(now: Date): Promise<{ id: string }[]>;
  /** Ends the round's active partnerships (closed now); returns their current members. */
  endActivePartnerships(roundId: string, now: Date): Promise<EndedMember[]>;
}
