import os from "node:os";
import type { Logger } from "pino";
import { createAuth, type Auth } from "../src/auth/create-auth.ts";
import type { Config } from "../src/config.ts";
import { connectDatabase, type DatabaseConnection } from "../src/db/connect.ts";
import { createUnitOfWork } from "../src/db/unit-of-work.ts";
import { systemIds } from "../src/ids.ts";
import { startMailWorker } from "../src/jobs/mail-worker.ts";
import { createWorkerMatchingEngine } from "../src/jobs/worker-matching-engine.ts";
import { renderEmail } from "../src/mail/render-email.ts";
import { createDevMailboxTransport } from "../src/mail/transports/dev-mailbox-transport.ts";
import { createSmtpTransport } from "../src/mail/transports/smtp-transport.ts";
import type { MatchingEngine } from "../src/use-cases/matching/matching-ports.ts";
import type { Clock, UseCaseDeps } from "../src/use-cases/ports.ts";

/** Everything a request handler may use; passed to React Router as the load context. */
export interface AppServices extends UseCaseDeps {
  auth: Auth;
  config: Config;
  /** Wakes the mail worker after a request queued an email. */
  pokeMailer(): void;
  mailTransport: "smtp" | "dev-mailbox";
  databaseKind: "pglite" | "postgres";
  /** Runs matching in a worker thread, so pages keep answering during a large run. */
  matchingEngine: MatchingEngine;
}

export interface RunningServices {
  services: AppServices;
  connection: DatabaseConnection;
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
  const auth = createAuth({
    db: connection.db,
    uow,
    clock,
    ids: systemIds,
    renderEmail,
    baseUrl: config.baseUrl,
    secret: config.secret,
    rateLimit: config.rateLimit,
    onEmailQueued: () => worker.poke(),
  });
  const services: AppServices = {
    uow,
    clock,
    ids: systemIds,
    renderEmail,
    baseUrl: config.baseUrl,
    auth,
    config,
    pokeMailer: () => worker.poke(),
    mailTransport: config.smtpUrl ? "smtp" : "dev-mailbox",
    databaseKind: connection.kind,
    matchingEngine: createWorkerMatchingEngine(),
  };
  return {
    services,
    connection,
    async stop() {
      await worker.stop();
      await connection.close();
    },
  };
}
