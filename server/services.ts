import { existsSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import type { Logger } from "pino";
import { createAuth, type Auth } from "../src/auth/create-auth.ts";
import type { Config } from "../src/config.ts";
import { connectDatabase, type DatabaseConnection } from "../src/db/connect.ts";
import * as schema from "../src/db/schema/index.ts";
import { withPublicRoundCache } from "../src/db/public-round-cache.ts";
import { createUnitOfWork } from "../src/db/unit-of-work.ts";
import type { DemoAccount } from "../src/demo/load-demo.ts";
import { systemIds } from "../src/ids.ts";
import { createLinkSigner } from "../src/link-signer.ts";
import { fetchDiscovery } from "../src/fetch-discovery.ts";
import { createSecretBox } from "../src/secret-box.ts";
import { startJobRunner } from "../src/jobs/job-runner.ts";
import { createWorkerMatchingEngine } from "../src/jobs/worker-matching-engine.ts";
import { renderEmail } from "../src/mail/render-email.ts";
import { createDevMailboxTransport } from "../src/mail/transports/dev-mailbox-transport.ts";
import { createSmtpTransport } from "../src/mail/transports/smtp-transport.ts";
import { continueApplicationsImport } from "../src/use-cases/applications/continue-applications-import.ts";
import { failApplicationsImport } from "../src/use-cases/applications/fail-applications-import.ts";
import { deliverDueEmails } from "../src/use-cases/mail/deliver-due-emails.ts";
import { computeMatchingRun } from "../src/use-cases/matching/compute-matching-run.ts";
import { failMatchingRun } from "../src/use-cases/matching/fail-matching-run.ts";
import type { Clock } from "../src/use-cases/ports.ts";
import { createUseCases, type UseCases } from "../src/use-cases/use-cases.ts";

/**
 * Everything a request handler may use; passed to React Router as the load context. Data
 * is reached only through `useCases`: no repository, no unit of work.
 */
export interface AppServices {
  useCases: UseCases;
  clock: Clock;
  /** Absolute base URL for links, without trailing slash. */
  baseUrl: string;
  auth: Auth;
  config: Config;
  /** Wakes this instance's mail worker now (the email's job is queued already). */
  pokeMailer(): void;
  mailTransport: "smtp" | "dev-mailbox";
  databaseKind: "pglite" | "postgres";
}

export interface RunningServices {
  services: AppServices;
  connection: DatabaseConnection;
  /** Loads the demo when the database holds no programme yet (first start). */
  loadDemoIfEmpty(
    log: (message: string) => void,
  ): Promise<{ loaded: boolean; accounts: readonly DemoAccount[] }>;
  stop(): Promise<void>;
  /** Embedded PGlite only: stops, and answers the database's data directory as one tar. */
  stopWithDump(): Promise<Blob>;
}

export async function startServices(
  config: Config,
  logger: Logger,
  /** Embedded PGlite only: a new data directory starts as this dump. */
  start: { loadDataDir?: Blob } = {},
): Promise<RunningServices> {
  const connection = await connectDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    loadDataDir: start.loadDataDir,
  });
  const uow = withPublicRoundCache(createUnitOfWork(connection.db, connection.boss));
  const clock: Clock = { now: () => new Date() };
  const transport = config.smtpUrl
    ? createSmtpTransport(config.smtpUrl)
    : createDevMailboxTransport();
  const useCaseDeps = {
    uow,
    clock,
    ids: systemIds,
    renderEmail,
    links: createLinkSigner(config.secret),
    baseUrl: config.baseUrl,
    // Runs matching in a worker thread, so pages keep answering during a large run.
    matchingEngine: createWorkerMatchingEngine(),
    // Single sign-on (decision 0022): the environment's provider wins over an administrator's.
    sso: {
      fromEnvironment: config.sso,
      secrets: createSecretBox(config.secret, "sso-client-secret"),
      fetchDiscovery,
    },
  };
  const useCases = createUseCases(useCaseDeps);
  // Background work (decision 0006): each job hands its payload to one use case.
  const mail = {
    uow,
    clock,
    transport,
    from: config.mailFrom,
    hostname: new URL(config.baseUrl).hostname || os.hostname(),
    attachmentsFor: useCases.findEventEmailAttachments,
  };
  const jobs = await startJobRunner(
    connection.jobConsumer,
    {
      "mail.deliver": () => deliverDueEmails(mail),
      "matching.run": async (data) => void (await computeMatchingRun(useCaseDeps, data)),
      "applications.import": async (data) => {
        const { cause } = await continueApplicationsImport(useCaseDeps, data);
        if (cause) logger.error({ err: cause, job: data }, "CSV import failed; nothing kept");
      },
      "matching.run.given-up": async (data) => void (await failMatchingRun(useCaseDeps, data)),
      "applications.import.given-up": async (data) =>
        void (await failApplicationsImport(useCaseDeps, data)),
    },
    logger,
    {
      // A round's life (issue 12): each finds what is due and does it once.
      scheduled: {
        "rounds.finish": () => useCases.finishEndedRounds(),
        "sessions.remind": () => useCases.remindGroupSessions(),
        "check-ins.send": () => useCases.sendDueCheckIns(),
        "partnerships.follow-up": () => useCases.followUpPartnerships(),
        "topics.send": () => useCases.sendDueTopics(),
        "surveys.send": () => useCases.sendDueSurveys(),
        "rate-limits.prune": () => useCases.pruneRateLimits(),
        "audit-log.prune": () => useCases.pruneAuditLog(config.auditRetentionDays),
        "privacy.retention": () => useCases.anonymiseExpiredApplications(),
        "events.remind": () => useCases.remindEventRegistrants(),
        "news.digest": () => useCases.sendWeeklyDigests(),
      },
      scheduledEverySeconds: config.scheduledJobsEverySeconds,
    },
  );
  const auth = createAuth({
    database: drizzleAdapter(connection.db, { provider: "pg", schema }),
    useCases,
    ids: systemIds,
    baseUrl: config.baseUrl,
    secret: config.secret,
    rateLimit: config.rateLimit,
    onEmailQueued: () => jobs.pokeMailer(),
  });
  const services: AppServices = {
    useCases,
    clock,
    baseUrl: config.baseUrl,
    auth,
    config,
    pokeMailer: () => jobs.pokeMailer(),
    mailTransport: config.smtpUrl ? "smtp" : "dev-mailbox",
    databaseKind: connection.kind,
  };
  return {
    services,
    connection,
    // Imported on demand: a server without the demo never loads its 392 generated people.
    loadDemoIfEmpty: async (log) =>
      (await import("../src/demo/load-demo.ts")).loadDemoIfEmpty({ ...useCaseDeps, auth }, log),
    async stop() {
      await jobs.stop();
      transport.close();
      await connection.close();
    },
    async stopWithDump() {
      if (!connection.closeWithDump) throw new Error("Only an embedded database can be dumped");
      await jobs.stop();
      transport.close();
      return connection.closeWithDump();
    },
  };
}

/**
 * Starts the services and, when the configuration asks for the demo, loads it into an empty
 * database. On a first start of the embedded database (no data directory yet) the demo is
 * loaded in memory and the data directory written from it in one go: PGlite writes its files
 * in many small pieces, and on a slow disk loading the demo straight into `./data` took about
 * 2 minutes instead of 35 seconds.
 */
export async function startServicesWithDemo(
  config: Config,
  logger: Logger,
  log: (message: string) => void,
): Promise<{
  running: RunningServices;
  demo?: { loaded: boolean; accounts: readonly DemoAccount[] };
}> {
  if (!config.loadDemo) return { running: await startServices(config, logger) };
  const firstStartOnDisk =
    !config.databaseUrl &&
    !config.dataDir.startsWith("memory://") &&
    !existsSync(join(config.dataDir, "PG_VERSION"));
  if (!firstStartOnDisk) {
    const running = await startServices(config, logger);
    return { running, demo: await running.loadDemoIfEmpty(log) };
  }
  const staging = await startServices({ ...config, dataDir: "memory://" }, logger);
  const demo = await staging.loadDemoIfEmpty(log);
  const dump = await staging.stopWithDump();
  log(`Writing the database to ${config.dataDir}…`);
  return { running: await startServices(config, logger, { loadDataDir: dump }), demo };
}
