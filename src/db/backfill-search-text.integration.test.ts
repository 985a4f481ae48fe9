import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { user } from "./schema/index.ts";
import { openTestDatabase, type TestDatabase } from "./test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "./test-use-case-deps.ts";
import { addApplicants, createClosedRound } from "../use-cases/testing/matching-fixtures.ts";
import { backfillSearchText } from "./backfill-search-text.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" },
    // As migration 0024 leaves an older account: no search text yet.
    { id: "zoe", name: "Zoë Brontë", email: "zb@example.org" },
  ]);
  deps = testUseCaseDeps(database, "2027-02-01T12:00:00Z");
});
afterAll(async () => database.close());

describe("rows written before the stored search texts", () => {
  it("are folded at start, and found as any other row", async () => {
    const round = await createClosedRound(deps, { userId: "admin-user", role: "admin" });
    await addApplicants(deps, round, [
      { email: "jose@example.pe", name: "José Quispe", country: "PE" },
      { email: "bjorn@example.no", name: "Bjørn Ødegård", country: "NO" },
    ]);
    // As migration 0011 leaves an older row: no search text yet.
    await database.db.execute(sql`update application set search_text = null`);
    const search = async (text: string) =>
      (
        await database.uow.read.applications.search(
          round.id,
          { search: text },
          { offset: 0, limit: 10 },
        )
      ).items.map((a) => a.name);
    const people = async (text: string) =>
      (
        await database.uow.read.privacy.listPeople(text, { offset: 0, limit: 10 }, new Date())
      ).items.map((p) => p.name);
    expect(await search("jose")).toEqual([]);
    expect(await people("bronte")).toEqual([]);

    expect(await backfillSearchText(database.db)).toBeGreaterThanOrEqual(4);
    expect(await search("jose")).toEqual(["José Quispe"]);
    expect(await people("bronte")).toEqual(["Zoë Brontë"]);
    expect(await search("odegard")).toEqual(["Bjørn Ødegård"]);
    // Nothing is left for the next start.
    expect(await backfillSearchText(database.db)).toBe(0);
  });
});
