import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { user } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { defaultCriteria } from "../../domain/matching/matching-criteria.ts";
import type { Actor } from "../result.ts";
import { addApplicants, createClosedRound } from "../testing/matching-fixtures.ts";
import { computeMatchingRun } from "./compute-matching-run.ts";
import { exportRoundPartnerships, listRoundPartnerships } from "./list-round-partnerships.ts";
import { publishRun } from "./publish-run.ts";
import { startMatchingRun } from "./start-matching-run.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
let roundId: string;
const admin: Actor = { userId: "admin-user", role: "admin" };
const stranger: Actor = { userId: "stranger", role: "user" };
const none = { search: "", country: "", sector: "", status: "" };
const all = { offset: 0, limit: 100 };

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" },
    { id: "stranger", name: "Sam", email: "sam@example.org", role: "user" },
  ]);
  deps = testUseCaseDeps(database, "2027-02-01T12:00:00Z");
  const round = await createClosedRound(deps, admin, {});
  roundId = round.id;
  await addApplicants(
    deps,
    round,
    Array.from({ length: 10 }, (_, i) => ({
      email: `p${i}@example.org`,
      name: i === 3 ? "Zoë Ångström" : i === 6 ? "José Ørsted" : `Person ${i}`,
      country: ["PE", "KE", "FI", "JP", "BR"][i % 5]!,
      sector: i % 2 ? "academic" : "public",
      interests: ["makerspaces"],
    })),
  );
  const started = await startMatchingRun(deps, admin, {
    roundId,
    criteria: defaultCriteria({ allowTriads: false }),
    seed: 1,
    basedOnRunId: null,
  });
  if (!started.ok) throw new Error("run");
  await computeMatchingRun(deps, { runId: started.value.runId });
  const published = await publishRun(deps, admin, { roundId, runId: started.value.runId });
  if (!published.ok) throw new Error("publish");
});
afterAll(async () => database.close());

describe("a published round's partnerships", () => {
  it("lists every partnership with both members, their score and explanation, paged", async () => {
    const listed = await listRoundPartnerships(deps, admin, { roundId, filters: none, page: all });
    if (!listed.ok) throw new Error("list");
    expect(listed.value.published).toBe(true);
    expect(listed.value.total).toBe(5);
    for (const p of listed.value.items) {
      expect(p.members).toHaveLength(2);
      expect(p.links[0]!.explanation.contributions.length).toBeGreaterThan(0);
      expect(p.status).toBe("active");
    }
    const emails = listed.value.items.flatMap((p) => p.members.map((m) => m.email)).sort();
    expect(new Set(emails).size).toBe(10);
    const second = await listRoundPartnerships(deps, admin, {
      roundId,
      filters: none,
      page: { offset: 2, limit: 2 },
    });
    if (!second.ok) throw new Error("page");
    expect(second.value.items.map((p) => p.id)).toEqual(
      listed.value.items.slice(2, 4).map((p) => p.id),
    );
    expect(listed.value.facets.countries.sort()).toEqual(["BR", "FI", "JP", "KE", "PE"]);
  });

  it("finds by part of a name (any case), by country, by sector and by status", async () => {
    const find = async (filters: Partial<typeof none>) => {
      const r = await listRoundPartnerships(deps, admin, {
        roundId,
        filters: { ...none, ...filters },
        page: all,
      });
      if (!r.ok) throw new Error("list");
      return r.value;
    };
    const byName = await find({ search: "zoË" });
    expect(byName.total).toBe(1);
    expect(byName.items[0]!.members.map((m) => m.name)).toContain("Zoë Ångström");
    expect((await find({ search: "100%_" })).total).toBe(0);
    // Accents do not matter either way (the one search rule, src/domain/search-text.ts).
    const accentless = await find({ search: "zoe angstrom" });
    expect(accentless.items[0]!.members.map((m) => m.name)).toContain("Zoë Ångström");
    const jose = await find({ search: "jose orsted" });
    expect(jose.total).toBe(1);
    expect(jose.items[0]!.members.map((m) => m.name)).toContain("José Ørsted");
    const peru = await find({ country: "PE" });
    expect(peru.items.every((p) => p.members.some((m) => m.country === "PE"))).toBe(true);
    expect(peru.total).toBeGreaterThan(0);
    const academic = await find({ sector: "academic" });
    expect(academic.items.every((p) => p.members.some((m) => m.sector === "academic"))).toBe(true);
    expect((await find({ status: "dissolved" })).total).toBe(0);
    expect((await find({ status: "active" })).total).toBe(5);
  });

  it("exports all of them (with the filters), and shows outsiders nothing", async () => {
    const exported = await exportRoundPartnerships(deps, admin, {
      roundId,
      filters: { ...none, country: "FI" },
    });
    if (!exported.ok) throw new Error("export");
    expect(exported.value.items.length).toBeGreaterThan(0);
    expect(exported.value.items.every((p) => p.members.some((m) => m.country === "FI"))).toBe(true);
    expect(
      (await listRoundPartnerships(deps, stranger, { roundId, filters: none, page: all })).ok,
    ).toBe(false);
    expect((await exportRoundPartnerships(deps, stranger, { roundId, filters: none })).ok).toBe(
      false,
    );
    expect(
      (await listRoundPartnerships(deps, admin, { roundId: "nope", filters: none, page: all })).ok,
    ).toBe(false);
  });
});
