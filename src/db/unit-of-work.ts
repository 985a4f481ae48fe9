import type { Repositories, UnitOfWork } from "../use-cases/ports.ts";
import type { PgBoss } from "pg-boss";
import type { Database, Executor } from "./database.ts";
import { createJobQueue } from "./job-queue.ts";
import { createMatchingRunRepository } from "./repositories/matching-run-repository.ts";
import { createPartnershipRepository } from "./repositories/partnership-repository.ts";
import { createApplicationRepository } from "./repositories/application-repository.ts";
import { createOutboxRepository } from "./repositories/outbox-repository.ts";
import { createEmailOptOutRepository } from "./repositories/email-opt-out-repository.ts";
import { createProgrammeRepository } from "./repositories/programme-repository.ts";
import { createRoundRepository } from "./repositories/round-repository.ts";
import { createAuditRepository } from "./repositories/audit-repository.ts";
import { createAuditLogRepository } from "./repositories/audit-log-repository.ts";
import { createPrivacyRepository } from "./repositories/privacy-repository.ts";
import { createImportJobRepository } from "./repositories/import-job-repository.ts";
import { createUserRepository } from "./repositories/user-repository.ts";
import { createTopicRepository } from "./repositories/topic-repository.ts";
import { createPartnershipPageRepository } from "./repositories/partnership-page-repository.ts";
import { createCheckInRepository } from "./repositories/check-in-repository.ts";
import { createSessionRepository } from "./repositories/session-repository.ts";
import { createRoundLifeRepository } from "./repositories/round-life-repository.ts";
import { createSurveyRepository } from "./repositories/survey-repository.ts";
import { createReportRepository } from "./repositories/report-repository.ts";
import { createNetworkRepository } from "./repositories/network-repository.ts";
import { createEventRepository } from "./repositories/event-repository.ts";
import { createNewsRepository } from "./repositories/news-repository.ts";
import { createRateLimitRepository } from "./repositories/rate-limit-repository.ts";
import { createGuideRepository } from "./repositories/guide-repository.ts";
import { createOpenDataRepository } from "./repositories/open-data-repository.ts";
import { createOpportunityRepository } from "./repositories/opportunity-repository.ts";
import { createSpotlightRepository } from "./repositories/spotlight-repository.ts";
import { createProfileRepository } from "./repositories/profile-repository.ts";
import { createSsoProviderRepository } from "./repositories/sso-provider-repository.ts";

function createRepositories(db: Executor, boss: PgBoss): Repositories {
  return {
    jobs: createJobQueue(boss, db),
    programmes: createProgrammeRepository(db),
    rounds: createRoundRepository(db),
    applications: createApplicationRepository(db),
    outbox: createOutboxRepository(db),
    emailOptOuts: createEmailOptOutRepository(db),
    audit: createAuditRepository(db),
    auditLog: createAuditLogRepository(db),
    privacy: createPrivacyRepository(db),
    importJobs: createImportJobRepository(db),
    users: createUserRepository(db),
    matchingRuns: createMatchingRunRepository(db),
    partnerships: createPartnershipRepository(db),
    topics: createTopicRepository(db),
    partnershipPages: createPartnershipPageRepository(db),
    checkIns: createCheckInRepository(db),
    sessions: createSessionRepository(db),
    roundLife: createRoundLifeRepository(db),
    surveys: createSurveyRepository(db),
    networks: createNetworkRepository(db),
    events: createEventRepository(db),
    news: createNewsRepository(db),
    rateLimits: createRateLimitRepository(db),
    guides: createGuideRepository(db),
    openData: createOpenDataRepository(db),
    opportunities: createOpportunityRepository(db),
    reports: createReportRepository(db),
    spotlights: createSpotlightRepository(db),
    profiles: createProfileRepository(db),
    ssoProviders: createSsoProviderRepository(db),
  };
}

/** `boss` sends jobs through the same transaction as the repositories' writes. */
export function createUnitOfWork(db: Database, boss: PgBoss): UnitOfWork {
  return {
    read: createRepositories(db, boss),
    transaction: (work) => db.transaction((tx) => work(createRepositories(tx, boss))),
  };
}
