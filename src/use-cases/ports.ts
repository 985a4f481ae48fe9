/**
 * The ports every use case is given: the unit of work over all repositories (each declared
 * in its feature's *-ports.ts, implemented in src/db), a clock, ids and secrets, and the
 * email renderer. Use cases never reach for I/O themselves.
 */
import type { UserRepository } from "./accounts/account-ports.ts";
import type { ApplicationRepository } from "./applications/application-ports.ts";
import type { ImportJobRepository } from "./applications/import-ports.ts";
import type { JobQueue } from "./job-ports.ts";
import type { EmailOptOutRepository, OutboxRepository } from "./mail/mail-ports.ts";
import type { RenderEmail } from "./mail/email-message.ts";
import type { MatchingRunRepository, PartnershipRepository } from "./matching/matching-ports.ts";
import type { ProgrammeRepository } from "./programmes/programme-ports.ts";
import type { RoundRepository } from "./rounds/round-ports.ts";

import type { TopicRepository } from "./partnerships/topic-ports.ts";
import type { PartnershipPageRepository } from "./partnerships/partnership-page-ports.ts";
import type { CheckInRepository } from "./partnerships/check-in-ports.ts";
import type { SessionRepository } from "./sessions/session-ports.ts";
import type { RoundLifeRepository } from "./rounds/round-life-ports.ts";
import type { SurveyRepository } from "./surveys/survey-ports.ts";
import type { NetworkRepository } from "./networks/network-ports.ts";
import type { EventRepository } from "./events/event-ports.ts";
import type { NewsRepository } from "./news/news-ports.ts";
import type { RateLimitRepository } from "./trust/trust-ports.ts";
import type { ReportRepository } from "./reports/report-ports.ts";
import type { GuideRepository, OpenDataRepository } from "./guides/guide-ports.ts";
import type { AuditLogRepository, PrivacyRepository } from "./privacy/privacy-ports.ts";
import type { OpportunityRepository } from "./opportunities/opportunity-ports.ts";
import type { SpotlightRepository } from "./spotlights/spotlight-ports.ts";
import type { ProfileRepository } from "./profiles/profile-ports.ts";
import type { SsoProviderRepository } from "./sso/sso-ports.ts";

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

/**
 * Signs and checks the claims carried by a link that works without signing in (a check-in
 * answer, an unsubscribe, a calendar feed). `subject` says what the link is about.
 */
export interface LinkSigner {
  sign(claims: { purpose: string; subject: string; expiresAt: Date | null }): string;
  verify(
    token: string,
    purpose: string,
    now: Date,
  ): { subject: string } | { error: "invalid" | "expired" };
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

export interface Repositories {
  /** Jobs sent here are written in the same transaction as the other repositories' writes. */
  jobs: JobQueue;
  programmes: ProgrammeRepository;
  rounds: RoundRepository;
  applications: ApplicationRepository;
  outbox: OutboxRepository;
  emailOptOuts: EmailOptOutRepository;
  audit: AuditRepository;
  auditLog: AuditLogRepository;
  privacy: PrivacyRepository;
  importJobs: ImportJobRepository;
  users: UserRepository;
  matchingRuns: MatchingRunRepository;
  partnerships: PartnershipRepository;
  topics: TopicRepository;
  partnershipPages: PartnershipPageRepository;
  checkIns: CheckInRepository;
  sessions: SessionRepository;
  roundLife: RoundLifeRepository;
  surveys: SurveyRepository;
  reports: ReportRepository;
  networks: NetworkRepository;
  events: EventRepository;
  news: NewsRepository;
  rateLimits: RateLimitRepository;
  guides: GuideRepository;
  openData: OpenDataRepository;
  opportunities: OpportunityRepository;
  spotlights: SpotlightRepository;
  profiles: ProfileRepository;
  ssoProviders: SsoProviderRepository;
}

/** The methods of a repository that only read: a write must go through a transaction. */
type ReadMethodName =
  | `find${string}`
  | `get${string}`
  | `list${string}`
  | `count${string}`
  | `is${string}`
  | `search${string}`
  | `${string}Exists`
  | "existingEmails"
  // ANALYZE after a bulk insert changes no row; it may not run inside a transaction's snapshot.
  | "refreshStatistics";

export type ReadOnly<R> = Pick<R, Extract<keyof R, ReadMethodName>>;

/** Every repository, its reading methods only. */
export type ReadRepositories = { [K in keyof Repositories]: ReadOnly<Repositories[K]> };

/** Runs work in one database transaction: everything or nothing is written. */
export interface UnitOfWork {
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  /** Repositories outside a transaction: reads only, by type. */
  read: ReadRepositories;
}

export interface UseCaseDeps {
  uow: UnitOfWork;
  clock: Clock;
  ids: Ids;
  renderEmail: RenderEmail;
  links: LinkSigner;
  /** Absolute base URL for links in emails, without trailing slash. */
  baseUrl: string;
}
