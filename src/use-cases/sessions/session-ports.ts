/** A round's group sessions, participants' answers and reminders. */
import type {
  RsvpAnswer,
  SessionDetails,
  SessionStatus,
} from "../../domain/sessions/group-session.ts";
import type { Page } from "../page.ts";

export interface GroupSessionRecord extends SessionDetails {
  id: string;
  roundId: string;
  status: SessionStatus;
  /** RFC 5545 SEQUENCE: raised on every change calendar apps must see. */
  sequence: number;
  reminderSentAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface RsvpCounts {
  yes: number;
  maybe: number;
  no: number;
}

export interface ListedSession extends GroupSessionRecord {
  counts: RsvpCounts;
  /** The answer of the application the list was asked for, if any. */
  myAnswer: RsvpAnswer | null;
}

/** A current member (not left) of an active partnership of a round. */
export interface RoundMember {
  applicationId: string;
  email: string;
  name: string;
  locale: string;
  timeZone: string;
}

export interface SessionRepository {
  insert(session: GroupSessionRecord): Promise<void>;
  /** Writes every field of the session (details, status, sequence, reminder). */
  update(session: GroupSessionRecord): Promise<void>;
  findById(id: string): Promise<GroupSessionRecord | undefined>;
  /**
   * A round's sessions, upcoming first (soonest first: not ended by `now`), then the past
   * ones (latest first); with RSVP counts and, given an application, its answers.
   */
  listByRound(
    roundId: string,
    now: Date,
    page: { offset: number; limit: number },
    applicationId?: string,
  ): Promise<Page<ListedSession>>;
  /** Every session of a round for its calendar feed (cancelled ones too), by start. */
  listForCalendar(roundId: string, limit: number): Promise<GroupSessionRecord[]>;
  /** The person with this email in a current membership of an active partnership of the round. */
  findRoundMember(roundId: string, email: string): Promise<RoundMember | undefined>;
  /** Sets (or replaces) an application's answer to a session. */
  saveRsvp(rsvp: {
    sessionId: string;
    applicationId: string;
    answer: RsvpAnswer;
    answeredAt: Date;
  }): Promise<void>;
  /** Scheduled sessions starting in (after, until] whose reminder has not gone out. */
  listDueForReminder(
    window: { after: Date; until: Date },
    limit: number,
  ): Promise<GroupSessionRecord[]>;
  /**
   * Marks a due session's reminder sent, only if it still is due and unsent; the row back
   * means this caller sends it (another instance that claimed it first gets nothing).
   */
  claimReminder(
    sessionId: string,
    window: { after: Date; until: Date },
    sentAt: Date,
  ): Promise<GroupSessionRecord | undefined>;
  /** Who is reminded: the round's current members, except those who answered "no". */
  listReminderRecipients(sessionId: string, roundId: string): Promise<RoundMember[]>;
}
