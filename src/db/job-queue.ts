/**
 * pg-boss on the application's own database (decision 0006): its tables live in the
 * `pgboss` schema beside ours, so a job is written in the same transaction as the change
 * that causes it. On PGlite it shares the one connection; on a server it uses the app's pool.
 */
import { sql } from "drizzle-orm";
import { fromDrizzle, fromPglite, PgBoss, type Db, type PGliteLike } from "pg-boss";
import type { Pool } from "pg";
import {
  JOB_QUEUES,
  type JobConsumer,
  type JobName,
  type JobPayloads,
  type JobQueue,
} from "../use-cases/job-ports.ts";
import type { Executor } from "./database.ts";

export type JobDatabase = { kind: "pglite"; client: PGliteLike } | { kind: "postgres"; pool: Pool };

/**
 * Starts pg-boss (installing or migrating its schema under its own advisory lock) and
 * creates every queue the app uses. Maintenance (expiring jobs whose worker died, retries)
 * and the cron clock run in every instance; pg-boss makes each happen once.
 */
export async function startJobQueue(database: JobDatabase): Promise<PgBoss> {
  const boss =
    database.kind === "pglite"
      ? new PgBoss({ db: fromPglite(database.client), backend: "pglite", registerInstance: false })
      : new PgBoss({ db: poolDatabase(database.pool), registerInstance: false });
  // Unheard, an "error" event would throw; the job runner adds a logger of its own.
  boss.on("error", (error) => {
    if (boss.listenerCount("error") === 1) console.error("pg-boss:", error);
  });
  await boss.start();
  for (const [name, options] of Object.entries(JOB_QUEUES)) {
    await boss.createQueue(name, options);
    // A queue created by an earlier version keeps its row: bring its retry policy up to date.
    const { policy: _fixedAtCreation, ...changeable } = options;
    await boss.updateQueue(name, changeable);
  }
  return boss;
}

/** The unit of work's job port: sends through the caller's transaction (or the database). */
export function createJobQueue(boss: PgBoss, db: Executor): JobQueue {
  return {
    async send<N extends JobName>(
      name: N,
      data: JobPayloads[N],
      options: { startAfter?: Date; singletonKey?: string } = {},
    ) {
      // Drizzle's execute() is typed loosely (unknown rows); pg-boss reads `rows` from it.
      const tx = db as unknown as Parameters<typeof fromDrizzle>[0];
      await boss.send(name, data, { ...options, db: fromDrizzle(tx, sql) });
    },
  };
}

/** The job runner's view of pg-boss: workers that take one job per poll, schedules in UTC. */
export function createJobConsumer(boss: PgBoss): JobConsumer {
  return {
    work(name, options, handler) {
      return boss.work<JobPayloads[typeof name]>(
        name,
        {
          pollingIntervalSeconds: options.pollingIntervalSeconds,
          batchSize: 1,
          localConcurrency: options.concurrency ?? 1,
        },
        async ([job]) => {
          if (job) await handler(job.data);
        },
      );
    },
    notify(workerId) {
      boss.notifyWorker(workerId);
    },
    async schedule(name, cronUtc) {
      await boss.schedule(name, cronUtc, {}, { tz: "UTC" });
    },
    async send(name, data) {
      await boss.send(name, data);
    },
    async stopWorking(name) {
      await boss.offWork(name, { wait: true });
    },
  };
}

/** pg-boss statements on the app's pool (pg-boss then needs no connections of its own). */
function poolDatabase(pool: Pool): Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      const result = await pool.query(text, values);
      // A multi-statement text answers with one result per statement.
      return Array.isArray(result)
        ? { rows: (result as { rows: unknown[] }[]).flatMap((r) => r.rows) }
        : result;
    },
  };
}
