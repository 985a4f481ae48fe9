/**
 * The integration suite's global setup (vitest.config.ts): migrates one database before any
 * test file runs, so each test database can start as a copy of it (see test-database.ts).
 * On PGlite the migrated data directory is dumped to a file; on a server a template database
 * is created. Either is named in the environment, which the test workers inherit, and removed
 * when the suite ends.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectDatabase } from "./connect.ts";

/** The file holding the migrated PGlite data directory (a tar). */
export const TEMPLATE_DUMP_ENV = "SHELFMATES_TEST_TEMPLATE_DUMP";
/** The server database that test databases are copied from. */
export const TEMPLATE_DATABASE_ENV = "SHELFMATES_TEST_TEMPLATE_DATABASE";

export default async function prepareTestDatabaseTemplate(): Promise<() => Promise<void>> {
  if (process.env.TEST_DB !== "postgres") {
    const connection = await connectDatabase({ dataDir: "memory://" });
    const dump = await connection.closeWithDump!();
    const folder = mkdtempSync(join(tmpdir(), "shelfmates-test-template-"));
    const file = join(folder, "migrated.tar");
    writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
    process.env[TEMPLATE_DUMP_ENV] = file;
    return () => {
      delete process.env[TEMPLATE_DUMP_ENV];
      rmSync(folder, { recursive: true, force: true });
      return Promise.resolve();
    };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return () => Promise.resolve();
  const { onServer } = await import("./test-database.ts");
  // Only [a-z0-9_], so the name is safe to splice into CREATE/DROP DATABASE.
  const name = `shelfmates_template_${randomBytes(8).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = await connectDatabase({ databaseUrl: url.toString() });
  await connection.close();
  process.env[TEMPLATE_DATABASE_ENV] = name;
  return async () => {
    delete process.env[TEMPLATE_DATABASE_ENV];
    await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
}
