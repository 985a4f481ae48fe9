/** A participant's partnership page: partners, the agreement confirmations, the meeting log. */
import type {
  MeetingFormat,
  MeetingPlace,
  MeetingStatus,
} from "../../domain/partnerships/meeting-input.ts";
import type { Page } from "../page.ts";

export interface PartnershipWithMembers {
  id: string;
  roundId: string;
  kind: "pair" | "triad" | "mentorship" | "group";
  /** active | dissolved | ended */
  status: string;
  closedAt: Date | null;
  createdAt: Date;
  members: { applicationId: string; role: "peer" | "mentor" | "mentee"; leftAt: Date | null }[];
}

export interface AgreementConfirmationRecord {
  applicationId: string;
  confirmedAt: Date;
}

export interface SentTopicRecord {
  roundTopicId: string;
  week: number;
  sentAt: Date;
  /** Every translation of the topic; the use case picks the reader's. */
  translations: { locale: string; title: string; promptMarkdown: string }[];
}

export interface MeetingRecord {
  id: string;
  partnershipId: string;
  loggedBy: string;
  status: MeetingStatus;
  startsAt: Date;
  durationMinutes: number;
  place: MeetingPlace;
  format: MeetingFormat;
  sharedNote: string;
  privateNote: string;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface PartnershipPageRepository {
  findPartnershipWithMembers(partnershipId: string): Promise<PartnershipWithMembers | undefined>;
  listAgreementConfirmations(partnershipId: string): Promise<AgreementConfirmationRecord[]>;
  /** False when this member had already confirmed (the first confirmation stands). */
  insertAgreementConfirmation(
    confirmation: AgreementConfirmationRecord & { partnershipId: string },
  ): Promise<boolean>;
  /** The topics sent to the partnership, oldest first (a round has a handful). */
  listSentTopics(partnershipId: string): Promise<SentTopicRecord[]>;
  /** Newest first. */
  listMeetings(
    partnershipId: string,
    page: { offset: number; limit: number },
  ): Promise<Page<MeetingRecord>>;
  findMeeting(partnershipId: string, meetingId: string): Promise<MeetingRecord | undefined>;
  insertMeeting(meeting: MeetingRecord): Promise<void>;
  /**
   * Writes the meeting's new details and raises its sequence by one in the same statement
   * (two edits at once both count); undefined if it no longer exists.
   */
  reviseMeeting(
    meeting: Omit<MeetingRecord, "sequence" | "createdAt">,
  ): Promise<MeetingRecord | undefined>;
  deleteMeeting(partnershipId: string, meetingId: string): Promise<void>;
  /** Planned meetings whose time has come become held; returns how many. */
  markPastMeetingsHeld(now: Date): Promise<number>;
}
