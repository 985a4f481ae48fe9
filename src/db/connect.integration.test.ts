/**
 * Two app instances started at once on an empty PostgreSQL database both come up: the
 * migrations run under an advisory lock (without it, both create drizzle's migrations table
 * and one fails). Only on a server: PGlite has one process by construction.
 */
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseConnection } from "./connect.ts";
import { onServer } from "./test-database.ts";

const serverUrl = process.env.TEST_DATABASE_URL;

describe.runIf(process.env.TEST_DB === "postgres" && serverUrl)("connecting to PostgreSQL", () => {
  it("lets two instances started at once on an empty database both come up", async () => {
    const name = `shelfmates_test_${randomBytes(8).toString("hex")}`;
    await onServer(serverUrl!, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    try {
      const started = await Promise.allSettled([
        connectDatabase({ databaseUrl: url.toString() }),
        connectDatabase({ databaseUrl: url.toString() }),
      ]);
      const connections = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
      try {
        expect(started.map((s) => (s.status === "rejected" ? String(s.reason) : s.status))).toEqual(
          ["fulfilled", "fulfilled"],
        );
        // Each migration was applied once, and both instances see every table.
        const [first, second] = connections;
        const count = async (connection: DatabaseConnection, query: string) =>
          ((await connection.db.execute(query)) as { rows: { n: number }[] }).rows[0]?.n;
        const migrations = readdirSync(new URL("../../drizzle", import.meta.url)).filter((f) =>
          f.endsWith(".sql"),
        );
        expect(
          await count(first!, "SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations"),
        ).toBe(migrations.length);
        expect(
          await count(
            second!,
            "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'import_job_chunk'",
          ),
        ).toBe(1);
      } finally {
        for (const connection of connections) await connection.close();
      }
    } finally {
      await onServer(serverUrl!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});
