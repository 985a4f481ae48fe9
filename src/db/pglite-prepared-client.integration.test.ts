import { PGlite, types } from "@electric-sql/pglite";
import { desc, eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { preparedClient } from "./pglite-prepared-client.ts";

// Runs on its own in-memory PGlite in both test modes: the client is PGlite's alone.
let pg: PGlite;
let client: ReturnType<typeof preparedClient>;

beforeAll(async () => {
  pg = await PGlite.create();
  client = preparedClient(pg);
  await pg.exec(`
    create table thing (
      id uuid primary key,
      label text not null unique,
      amount integer,
      big bigint,
      flag boolean,
      at timestamptz,
      day date,
      data jsonb,
      tags text[],
      raw bytea
    );
  `);
});
beforeEach(async () => {
  await pg.exec("delete from thing");
});
afterAll(async () => {
  await pg.close();
});

const drizzleParsers = {
  [types.TIMESTAMPTZ]: (value: string) => value,
  [types.DATE]: (value: string) => value,
};

async function preparedCount(): Promise<number> {
  const { rows } = await pg.query<{ n: number }>(
    "select count(*)::int as n from pg_prepared_statements",
  );
  return rows[0]!.n;
}

describe("preparedClient", () => {
  it("writes and reads every kind of value as PGlite's own query does, in both row modes", async () => {
    const insert = `insert into thing (id, label, amount, big, flag, at, day, data, tags, raw)
                    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;
    const row = (id: string, label: string) => [
      id,
      label,
      42,
      9_007_199_254_740_993n,
      true,
      new Date("2026-03-29T01:30:00.000Z"),
      "2026-12-04",
      { nested: ["a", 1, null], é: true },
      ["x", "y,z", 'q"uote', null],
      new Uint8Array([0, 255, 16]),
    ];
    await client.query(insert, row("00000000-0000-4000-8000-000000000001", "prepared"));
    await pg.query(insert, row("00000000-0000-4000-8000-000000000002", "pglite"));
    const select = "select * from thing where label = $1";
    for (const options of [undefined, { rowMode: "array" as const }, { parsers: drizzleParsers }]) {
      const mine = await client.query(select, ["prepared"], options);
      const theirs = await pg.query(select, ["pglite"], options);
      const withoutId = (rows: unknown[]) =>
        rows.map((r) => (Array.isArray(r) ? r.slice(1) : { ...(r as object), id: 0 }));
      expect(mine.fields).toEqual(theirs.fields);
      expect(JSON.stringify(withoutId(mine.rows), replacer).replaceAll("prepared", "pglite")).toBe(
        JSON.stringify(withoutId(theirs.rows), replacer),
      );
    }
    // Read with PGlite's own query: what the prepared client wrote is what PGlite wrote.
    const both = await pg.query<{ label: string; at: Date; data: unknown; tags: unknown }>(
      "select label, at, data, tags, raw, big from thing order by label",
    );
    expect(both.rows[0]).toEqual({ ...both.rows[1], label: "pglite" });
  });

  it("names a failed statement's error as PGlite does, and the next statement runs", async () => {
    const insert = "insert into thing (id, label) values ($1, $2)";
    await client.query(insert, ["00000000-0000-4000-8000-000000000003", "one"]);
    // Fails when executed (the statement is prepared): the unique label.
    await expect(
      client.query(insert, ["00000000-0000-4000-8000-000000000004", "one"]),
    ).rejects.toMatchObject({ code: "23505", query: insert });
    // Fails when its value is bound: not a uuid.
    await expect(client.query(insert, ["not-a-uuid", "two"])).rejects.toMatchObject({
      code: "22P02",
    });
    // Fails when parsed: nothing is kept under its name.
    await expect(client.query("selec label from thing", [])).rejects.toMatchObject({
      code: "42601",
    });
    await client.query(insert, ["00000000-0000-4000-8000-000000000005", "two"]);
    const { rows } = await client.query<{ label: string }>(
      "select label from thing order by label",
    );
    expect(rows.map((r) => r.label)).toEqual(["one", "two"]);
  });

  it("runs inside a transaction, whose rollback takes back its writes but not its statements", async () => {
    const insert = "insert into thing (id, label) values ($1, $2)";
    await expect(
      client.transaction(async (tx) => {
        await tx.query(insert, ["00000000-0000-4000-8000-000000000006", "rolled back"]);
        const inside = await tx.query("select count(*)::int as n from thing where label = $1", [
          "rolled back",
        ]);
        expect(inside.rows).toEqual([{ n: 1 }]);
        throw new Error("take it back");
      }),
    ).rejects.toThrow("take it back");
    expect((await client.query("select count(*)::int as n from thing", [])).rows).toEqual([
      { n: 0 },
    ]);
    // The statement first prepared inside the rolled-back transaction still runs.
    await client.query(insert, ["00000000-0000-4000-8000-000000000007", "kept"]);
    expect((await client.query("select label from thing", [])).rows).toEqual([{ label: "kept" }]);
  });

  it("waits for a transaction as PGlite's query does: it never reads its unfinished writes", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = client.transaction(async (tx) => {
      await tx.query("insert into thing (id, label) values ($1, $2)", [
        "00000000-0000-4000-8000-000000000008",
        "during",
      ]);
      await held;
    });
    const reading = client.query<{ n: number }>("select count(*)::int as n from thing", []);
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await transaction;
    expect((await reading).rows).toEqual([{ n: 1 }]);
  });

  it("reads a table changed under a prepared statement", async () => {
    await pg.exec("create table shifting (id int)");
    await client.query("insert into shifting values ($1)", [1]);
    expect((await client.query("select * from shifting", [])).rows).toEqual([{ id: 1 }]);
    await pg.exec("alter table shifting add column note text default 'added'");
    expect((await client.query("select * from shifting", [])).rows).toEqual([
      { id: 1, note: "added" },
    ]);
  });

  it("keeps at most 500 statements prepared, however many texts it is given", async () => {
    for (let i = 0; i < 520; i++) {
      const { rows } = await client.query<{ n: number }>(`select $1::int + ${i} as n`, [1]);
      expect(rows).toEqual([{ n: i + 1 }]);
    }
    expect(await preparedCount()).toBeLessThanOrEqual(500);
    // The earliest were let go, and run again when asked.
    expect((await client.query("select $1::int + 0 as n", [1])).rows).toEqual([{ n: 1 }]);
  });

  it("serves drizzle: timestamps come back as the dates written", async () => {
    const note = pgTable("drizzle_note", {
      id: uuid("id").primaryKey(),
      body: jsonb("body").notNull(),
      title: text("title").notNull(),
      createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    });
    await pg.exec(
      "create table drizzle_note (id uuid primary key, body jsonb not null, title text not null, created_at timestamptz not null)",
    );
    const db = drizzle({ client: client as unknown as PGlite });
    const createdAt = new Date("2026-10-25T00:59:59.123Z");
    await db.insert(note).values({
      id: "00000000-0000-4000-8000-000000000009",
      body: { answer: [1, "two"] },
      title: "José",
      createdAt,
    });
    const [read] = await db
      .select()
      .from(note)
      .where(eq(note.title, "José"))
      .orderBy(desc(note.createdAt));
    expect(read).toEqual({
      id: "00000000-0000-4000-8000-000000000009",
      body: { answer: [1, "two"] },
      title: "José",
      createdAt,
    });
  });
});

function replacer(_key: string, value: unknown) {
  if (typeof value === "bigint") return `${value}n`;
  if (value instanceof Uint8Array) return [...value];
  return value;
}
