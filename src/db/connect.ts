import { fileURLToPath } from "node:url";
import { mkdirSync } from "node:fs";
import type { PgBoss } from "pg-boss";
import type { JobConsumer } from "../use-cases/job-ports.ts";
import * as schema from "./schema/index.ts";
import { backfillSearchText } from "./backfill-search-text.ts";
import type { Database } from "./database.ts";
import { createJobConsumer, startJobQueue } from "./job-queue.ts";
import { preparedClient } from "./pglite-prepared-client.ts";

const migrationsFolder = fileURLToPath(new URL("../../drizzle", import.meta.url));

/** Any fixed 64-bit number, the same in every instance: it names the migration lock. */
const MIGRATION_LOCK_KEY = 5_021_004_006;

export interface DatabaseConnection {
  db: Database;
  kind: "pglite" | "postgres";
  /** pg-boss on this database, started, with every queue created; no workers yet (src/jobs). */
  boss: PgBoss;
  /** The same pg-boss, as the job runner (src/jobs) takes jobs from it. */
  jobConsumer: JobConsumer;
  close(): Promise<void>;
  /** PGlite only: closes the database and answers its data directory as one tar (tests' template). */
  closeWithDump?(): Promise<Blob>;
}

/**
 * Opens the database: a PostgreSQL server when `databaseUrl` is given, otherwise embedded
 * PGlite with its data directory at `dataDir` (or in memory for `memory://`). Migrations
 * (ours, then pg-boss's) are applied before the connection is handed out.
 */
export async function connectDatabase(options: {
  databaseUrl?: string;
  dataDir?: string;
  /**
   * PGlite only: start from this dump of a data directory (`dumpDataDir`) instead of an empty
   * one. The test suite loads an already migrated dump, which skips initdb and the migrations
   * (seconds per test file); migrations still run and find nothing left to apply.
   */
  loadDataDir?: Blob;
}): Promise<DatabaseConnection> {
  if (options.databaseUrl) {
    const { Pool } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    const pool = new Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server closed (restart, DROP DATABASE … FORCE) is replaced at
    // the next checkout; unheard, its error would end the process.
    pool.on("error", () => {});
    // Two instances started at once on an empty database would both create drizzle's
    // migrations table (and pg-boss its schema) and one would fail: a session lock lets one
    // migrate at a time; the second then finds everything in place.
    const client = await pool.connect();
    let boss: PgBoss;
    try {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      try {
        await migrate(drizzle(client, { schema }), { migrationsFolder });
        await backfillSearchText(drizzle(client, { schema }));
        boss = await startJobQueue({ kind: "postgres", pool });
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
      }
    } finally {
      client.release();
    }
    const db = drizzle(pool, { schema });
    return {
      db: db as unknown as Database,
      kind: "postgres",
      boss,
      jobConsumer: createJobConsumer(boss),
      async close() {
        await boss.stop({ graceful: false, close: false });
        await pool.end();
      },
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dataDir = options.dataDir ?? "./data";
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir });
  // Drizzle gets the statements prepared once and run in one exchange (decision 0025);
  // pg-boss keeps PGlite's own client.
  const db = drizzle({ client: preparedClient(client) as unknown as typeof client, schema });
  await migrate(db, { migrationsFolder });
  await backfillSearchText(db);
  const boss = await startJobQueue({ kind: "pglite", client });
  return {
    db: db as unknown as Database,
    kind: "pglite",
    boss,
    jobConsumer: createJobConsumer(boss),
    async close() {
      await boss.stop({ graceful: false, close: false });
      await client.close();
    },
    async closeWithDump() {
      await boss.stop({ graceful: false, close: false });
      const dump = await client.dumpDataDir("none");
      await client.close();
      return dump;
    },
  };
}
