/**
 * A fresh, migrated database for an integration test: in-memory PGlite by default; with
 * TEST_DB=postgres, a new database on the server at TEST_DATABASE_URL (created from the
 * server's "postgres" database and dropped on close, so test files can run in parallel).
 *
 * Migrating an empty database costs seconds (PGlite's initdb, 20-odd migrations, pg-boss's
 * schema), once per test file. The integration suite's global setup
 * (test-database-template.ts) migrates one database first and names it in the environment;
 * each test database then starts as a copy of it: PGlite loads its dumped data directory, a
 * server copies it with CREATE DATABASE … TEMPLATE. Migrations still run on the copy and find
 * nothing to do, so a test never runs on a stale schema. Without the setup (benches), each
 * database is migrated from empty as before.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { PgBoss } from "pg-boss";
import { connectDatabase } from "./connect.ts";
import type { Database } from "./database.ts";
import { createUnitOfWork } from "./unit-of-work.ts";
import type { JobConsumer } from "../use-cases/job-ports.ts";
import type { UnitOfWork } from "../use-cases/ports.ts";
import { TEMPLATE_DATABASE_ENV, TEMPLATE_DUMP_ENV } from "./test-database-template.ts";

export interface TestDatabase {
  uow: UnitOfWork;
  db: Database;
  /** pg-boss on this database, for tests of the job runner. */
  boss: PgBoss;
  jobConsumer: JobConsumer;
  /** On a server: the test database's URL, so a test can connect a second app instance. */
  databaseUrl?: string;
  close(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  if (process.env.TEST_DB !== "postgres") {
    const dumpFile = process.env[TEMPLATE_DUMP_ENV];
    const connection = await connectDatabase({
      dataDir: "memory://",
      loadDataDir: dumpFile ? new Blob([readFileSync(dumpFile)]) : undefined,
    });
    return {
      db: connection.db,
      boss: connection.boss,
      jobConsumer: connection.jobConsumer,
      uow: createUnitOfWork(connection.db, connection.boss),
      close: () => connection.close(),
    };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    throw new Error(
      "TEST_DB=postgres needs TEST_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test",
    );
  }
  // Only [a-z0-9_], so the name is safe to splice into CREATE/DROP DATABASE.
  const name = `shelfmates_test_${randomBytes(8).toString("hex")}`;
  const template = process.env[TEMPLATE_DATABASE_ENV];
  await onServer(
    serverUrl,
    template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`,
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = await connectDatabase({ databaseUrl: url.toString() });
  return {
    db: connection.db,
    boss: connection.boss,
    jobConsumer: connection.jobConsumer,
    databaseUrl: url.toString(),
    uow: createUnitOfWork(connection.db, connection.boss),
    async close() {
      await connection.close();
      await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Runs one statement in the server's maintenance database "postgres". */
export async function onServer(serverUrl: string, statement: string): Promise<void> {
  const { Client } = await import("pg");
  const url = new URL(serverUrl);
  url.pathname = "/postgres";
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
