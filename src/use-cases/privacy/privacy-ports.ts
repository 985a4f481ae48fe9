import type { ConsentRecord } from "../../domain/privacy/consent.ts";
import type { PersonalData } from "../../domain/privacy/data-export.ts";
import type { ErasureCounts } from "../../domain/privacy/erasure.ts";
import type { Page } from "../page.ts";

/** One line of the audit log as an administrator reads it: who did what to what, when. */
export interface AuditEntryView {
  id: string;
  createdAt: Date;
  action: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
  /** Null when nobody signed in did it (a job, the system) or the account was deleted. */
  actor: { id: string; name: string; email: string } | null;
}

/** What an administrator narrows the audit log to; every part is optional. */
export interface AuditFilter {
  /** Part of the actor's email address or name. */
  actor?: string;
  action?: string;
  subjectType?: string;
  /** One thing's history: its id, exactly. */
  subjectId?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

/** The audit log's reading and its retention (issue 16); writing is AuditRepository.record. */
export interface AuditLogRepository {
  /** Newest first. */
  listEntries(
    filter: AuditFilter,
    page: { offset: number; limit: number },
  ): Promise<Page<AuditEntryView>>;
  /** The actions and kinds of thing in the log, for the filter's choices. */
  listKinds(): Promise<{ actions: string[]; subjectTypes: string[] }>;
  countEntriesBefore(before: Date): Promise<number>;
  deleteEntriesBefore(before: Date): Promise<number>;
}

/** A person as an administrator finds them (to end their sessions or erase the account). */
export interface PersonView {
  id: string;
  name: string;
  email: string;
  role: "admin" | "user";
  emailVerified: boolean;
  createdAt: Date;
  /** Sessions not yet expired. */
  sessions: number;
}

/** A round whose applications the retention job anonymises, and when. */
export interface UpcomingAnonymisation {
  roundId: string;
  roundName: string;
  roundStatus: string;
  roundEndsAt: Date;
  programmeId: string;
  programmeName: string;
  retentionDays: number;
  applications: number;
}

/** Whose data an erasure or an export is about: the account, and its address once proved. */
export interface DataSubject {
  userId: string;
  /** The account's address when verified: applications and signatures made with it are theirs. */
  verifiedEmail: string | null;
}

/** Privacy rights (issue 16): consent records, the export, erasure, retention, sessions. */
export interface PrivacyRepository {
  recordConsents(records: ConsentRecord[]): Promise<void>;
  listConsents(subject: DataSubject): Promise<ConsentRecord[]>;
  /** Everything held about the person, at most MAX_EXPORT_ROWS_PER_KIND rows of each kind. */
  findPersonalData(subject: DataSubject): Promise<PersonalData>;
  findPerson(userId: string, now: Date): Promise<PersonView | null>;
  listPeople(
    search: string,
    page: { offset: number; limit: number },
    now: Date,
  ): Promise<Page<PersonView>>;
  countAdministrators(): Promise<number>;
  /** The slugs of events the person holds a place at or waits for. */
  listActiveEventRegistrations(userId: string): Promise<string[]>;
  /**
   * Anonymises the person's applications and their free texts, deletes their personal rows,
   * sessions and the account, keeps networks' member counts right; inside the caller's
   * transaction. `redact` names the texts to take out of emails and audit entries.
   */
  eraseAccount(
    subject: DataSubject,
    redact: { name: string; email: string },
  ): Promise<ErasureCounts>;
  /** Rounds with a retention period and applications not yet anonymised, soonest first. */
  listUpcomingAnonymisations(page: {
    offset: number;
    limit: number;
  }): Promise<Page<UpcomingAnonymisation>>;
  /** Finished rounds whose applications are past their programme's retention period. */
  listRoundsDueForAnonymisation(now: Date): Promise<{ roundId: string; programmeId: string }[]>;
  /** Anonymises every application of the round and marks the round; returns how many. */
  anonymiseRoundApplications(roundId: string, now: Date): Promise<number>;
  findProgrammeRetention(
    programmeId: string,
  ): Promise<{ programmeId: string; name: string; retentionDays: number | null } | null>;
  setProgrammeRetention(programmeId: string, retentionDays: number | null): Promise<void>;
  /** Ends every session of the person at once (the next request is signed out). */
  deleteSessions(userId: string): Promise<number>;
}
