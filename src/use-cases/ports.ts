/**
 * The ports use cases are given: repositories (implemented in src/db), a clock, ids and
 * secrets, and the email renderer. Use cases never reach for I/O themselves.
 */
import type { ApplicationProfile, CustomAnswers } from "../domain/applications/application-profile.ts";
import type { ApplicationStatus } from "../domain/applications/application-status.ts";
import type { CustomQuestion } from "../domain/applications/custom-answers.ts";
import type { RoundMode } from "../domain/rounds/round-modes.ts";
import type { RoundStatus } from "../domain/rounds/round-status.ts";
import type { ImportJobRepository } from "./applications/import-ports.ts";
import type { JobQueue } from "./jobs/job-ports.ts";
import type { OutboxRepository } from "./mail/mail-ports.ts";
import type { MatchEmailMessage } from "./matching/match-emails.ts";
import type { MatchingRunRepository, PartnershipRepository } from "./matching/matching-ports.ts";

export interface Clock {
  now(): Date;
}

export interface Ids {
  newId(): string;
  /** An unguessable secret for links sent by email. */
  newSecret(): string;
  /** A one-way hash of a secret, as stored. */
  hashSecret(secret: string): string;
}

export interface ProgrammeRecord {
  id: string;
  slug: string;
  name: string;
  description: string;
  organisation: string;
  defaultLanguage: string;
  createdAt: Date;
}

export interface RoundRecord {
  id: string;
  programmeId: string;
  slug: string;
  name: string;
  theme: string;
  mode: RoundMode;
  status: RoundStatus;
  applicationsOpenAt: Date;
  applicationsCloseAt: Date;
  matchingAt: Date;
  startsAt: Date;
  endsAt: Date;
  rulesMarkdown: string;
  countryCapPercent: number | null;
  countryCapMinApplications: number;
  allowTriads: boolean;
  groupSize: number | null;
  clonedFromRoundId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type QuestionRecord = CustomQuestion & { roundId: string; position: number };

export interface ApplicationRecord extends ApplicationProfile {
  id: string;
  roundId: string;
  userId: string | null;
  status: ApplicationStatus;
  waitlistReason: string | null;
  decisionMessage: string | null;
  source: "form" | "import";
  locale: string;
  customAnswers: CustomAnswers;
  consentAt: Date;
  createdAt: Date;
  updatedAt: Date;
  withdrawnAt: Date | null;
}

export interface ApplicantFilters {
  search?: string;
  country?: string;
  sector?: string;
  language?: string;
  status?: ApplicationStatus;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ProgrammeRepository {
  insert(programme: ProgrammeRecord, createdBy: string | null): Promise<void>;
  update(programme: ProgrammeRecord): Promise<void>;
  findById(id: string): Promise<ProgrammeRecord | undefined>;
  findBySlug(slug: string): Promise<ProgrammeRecord | undefined>;
  slugExists(slug: string): Promise<boolean>;
  list(page: { offset: number; limit: number }): Promise<Page<ProgrammeRecord>>;
  listFacilitatedBy(userId: string): Promise<ProgrammeRecord[]>;
  addFacilitator(programmeId: string, userId: string, invitedBy: string | null): Promise<void>;
  isFacilitator(programmeId: string, userId: string): Promise<boolean>;
  listFacilitators(programmeId: string): Promise<{ userId: string; name: string; email: string }[]>;
  upsertInvitation(invitation: {
    id: string;
    programmeId: string;
    email: string;
    invitedBy: string;
  }): Promise<void>;
  listPendingInvitations(programmeId: string): Promise<{ email: string; createdAt: Date }[]>;
  /**
   * Turns pending invitations for this email into facilitator roles; returns the grants.
   * Only for an account that has proved it owns the address.
   */
  acceptInvitationsFor(
    email: string,
    userId: string,
    now: Date,
  ): Promise<{ programmeId: string; invitedBy: string | null }[]>;
}

export interface RoundRepository {
  insert(round: RoundRecord): Promise<void>;
  update(round: RoundRecord): Promise<void>;
  findById(id: string): Promise<RoundRecord | undefined>;
  /** Locks the round row for the rest of the transaction (serialises cap checks). */
  lockById(id: string): Promise<RoundRecord | undefined>;
  findBySlugs(programmeSlug: string, roundSlug: string): Promise<RoundRecord | undefined>;
  slugExists(programmeId: string, slug: string): Promise<boolean>;
  listByProgramme(programmeId: string): Promise<RoundRecord[]>;
  listPublic(
    now: Date,
    limit: number,
  ): Promise<(RoundRecord & { programmeSlug: string; programmeName: string })[]>;
  listQuestions(roundId: string): Promise<QuestionRecord[]>;
  replaceQuestions(roundId: string, questions: QuestionRecord[]): Promise<void>;
}

export interface ApplicationRepository {
  insert(application: ApplicationRecord, manageTokenHash: string): Promise<void>;
  /** `importJobId` marks rows an import wrote, so a failed import can take them back. */
  insertMany(
    applications: { record: ApplicationRecord; manageTokenHash: string }[],
    importJobId?: string,
  ): Promise<void>;
  /** Removes the applications an import wrote (it failed part-way); returns how many. */
  deleteImported(importJobId: string): Promise<number>;
  update(application: ApplicationRecord): Promise<void>;
  findById(id: string): Promise<ApplicationRecord | undefined>;
  /** The applications with these ids that exist (any order): one query, not one per id. */
  findByIds(ids: readonly string[]): Promise<ApplicationRecord[]>;
  findByRoundAndEmail(roundId: string, email: string): Promise<ApplicationRecord | undefined>;
  findByManageTokenHash(hash: string): Promise<ApplicationRecord | undefined>;
  setManageTokenHash(id: string, hash: string): Promise<void>;
  existingEmails(roundId: string, emails: string[]): Promise<string[]>;
  countActive(roundId: string, country?: string): Promise<number>;
  search(
    roundId: string,
    filters: ApplicantFilters,
    page: { offset: number; limit: number },
  ): Promise<Page<ApplicationRecord>>;
  listAll(roundId: string, filters: ApplicantFilters): Promise<ApplicationRecord[]>;
  countBy(
    roundId: string,
    field: "country" | "sector" | "status",
  ): Promise<{ value: string; count: number }[]>;
  listForUserEmail(
    email: string,
  ): Promise<(ApplicationRecord & { roundName: string; programmeName: string })[]>;
  /** After a bulk insert: lets the query planner see how many rows there now are. */
  refreshStatistics(): Promise<void>;
  /** Accepts every application of the round still "submitted"; returns how many. */
  acceptAllSubmitted(roundId: string, now: Date): Promise<number>;
}

export interface AuditRepository {
  record(entry: {
    id: string;
    actorUserId: string | null;
    action: string;
    subjectType: string;
    subjectId: string;
    data?: Record<string, unknown>;
    createdAt: Date;
  }): Promise<void>;
}

export interface UserRecord {
  id: string;
  name: string;
  email: string;
  role: "admin" | "user";
  locale: string | null;
  /** The account has proved it owns `email`; nothing tied to the address reaches it before. */
  emailVerified: boolean;
}

export interface UserRepository {
  findById(id: string): Promise<UserRecord | undefined>;
  findByEmail(email: string): Promise<UserRecord | undefined>;
  setLocale(id: string, locale: string): Promise<void>;
  setRole(id: string, role: "admin" | "user"): Promise<void>;
}

export interface Repositories {
  /** Jobs sent here are written in the same transaction as the other repositories' writes. */
  jobs: JobQueue;
  programmes: ProgrammeRepository;
  rounds: RoundRepository;
  applications: ApplicationRepository;
  outbox: OutboxRepository;
  audit: AuditRepository;
  importJobs: ImportJobRepository;
  users: UserRepository;
  matchingRuns: MatchingRunRepository;
  partnerships: PartnershipRepository;
}

/** Runs work in one database transaction: everything or nothing is written. */
export interface UnitOfWork {
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  /** Repositories outside a transaction, for reads. */
  read: Repositories;
}

/** Emails use cases can cause; the mail module renders each in the recipient's language. */
export type EmailMessage =
  | {
      kind: "application-received";
      applicantName: string;
      roundName: string;
      programmeName: string;
      manageUrl: string;
      closesAt: Date;
      timeZone: string;
      waitlisted: boolean;
    }
  | {
      kind: "application-decision";
      applicantName: string;
      roundName: string;
      decision: "accepted" | "waitlisted" | "rejected";
      message: string;
      manageUrl: string;
    }
  | { kind: "application-withdrawn"; applicantName: string; roundName: string }
  | {
      kind: "facilitator-invitation";
      programmeName: string;
      inviterName: string;
      signInUrl: string;
    }
  | { kind: "verify-email"; name: string; url: string }
  | { kind: "reset-password"; name: string; url: string }
  | { kind: "magic-link"; url: string }
  | MatchEmailMessage;

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export type RenderEmail = (message: EmailMessage, locale: string) => RenderedEmail;

/** Delivers one rendered email; throws when delivery failed (the worker retries). */
export interface MailTransport {
  name: string;
  send(email: {
    from: string;
    to: string;
    toName: string;
    subject: string;
    text: string;
    html: string;
    /** Stable id so a receiving system can spot a duplicate. */
    messageId: string;
  }): Promise<{ messageId: string | null }>;
  close(): void;
}

export interface UseCaseDeps {
  uow: UnitOfWork;
  clock: Clock;
  ids: Ids;
  renderEmail: RenderEmail;
  /** Absolute base URL for links in emails, without trailing slash. */
  baseUrl: string;
}
