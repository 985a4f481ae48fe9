import os from "node:os";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import type { Logger } from "pino";
import { createAuth, type Auth } from "../src/auth/create-auth.ts";
import type { Config } from "../src/config.ts";
import { connectDatabase, type DatabaseConnection } from "../src/db/connect.ts";
import * as schema from "../src/db/schema/index.ts";
import { createUnitOfWork } from "../src/db/unit-of-work.ts";
import type { DemoAccount } from "../src/demo/load-demo.ts";
import { systemIds } from "../src/ids.ts";
import { startMailWorker } from "../src/jobs/mail-worker.ts";
import { createWorkerMatchingEngine } from "../src/jobs/worker-matching-engine.ts";
import { renderEmail } from "../src/mail/render-email.ts";
import { createDevMailboxTransport } from "../src/mail/transports/dev-mailbox-transport.ts";
import { createSmtpTransport } from "../src/mail/transports/smtp-transport.ts";
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
  /** Wakes the mail worker after a request queued an email. */
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
}

export async function startServices(config: Config, logger: Logger): Promise<RunningServices> {
  const connection = await connectDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
  });
  const uow = createUnitOfWork(connection.db);
  const clock: Clock = { now: () => new Date() };
  const transport = config.smtpUrl
    ? createSmtpTransport(config.smtpUrl)
    : createDevMailboxTransport();
  const worker = startMailWorker({
    uow,
    clock,
    transport,
    from: config.mailFrom,
    hostname: new URL(config.baseUrl).hostname || os.hostname(),
    logger,
  });
  const useCaseDeps = {
    uow,
    clock,
    ids: systemIds,
    renderEmail,
    baseUrl: config.baseUrl,
    // Runs matching in a worker thread, so pages keep answering during a large run.
    matchingEngine: createWorkerMatchingEngine(),
  };
  const useCases = createUseCases(useCaseDeps);
  const auth = createAuth({
    database: drizzleAdapter(connection.db, { provider: "pg", schema }),
    useCases,
    ids: systemIds,
    baseUrl: config.baseUrl,
    secret: config.secret,
    rateLimit: config.rateLimit,
    onEmailQueued: () => worker.poke(),
  });
  const services: AppServices = {
    useCases,
    clock,
    baseUrl: config.baseUrl,
    auth,
    config,
    pokeMailer: () => worker.poke(),
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
      await worker.stop();
      await connection.close();
    },
  };
}
