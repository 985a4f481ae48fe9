/**
 * The counts the database keeps beside the applications (migration 0023) always equal a
 * count of the applications themselves, whatever the statements that change them: single
 * and bulk inserts, updates of any counted column (a round moved, a status changed for many
 * at once, languages rewritten, duplicates and no language at all), deletes, and a whole
 * round deleted. Random sequences (fast-check), compared after every statement with a
 * recount the way the applicant list counted before (its figures must not change).
 */
import { eq, inArray, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApplicationRepository } from "./repositories/application-repository.ts";
import { application, programme, round } from "./schema/index.ts";
import { openTestDatabase, type TestDatabase } from "./test-database.ts";
import { roundDates } from "../use-cases/testing/round-dates.ts";

let database: TestDatabase;
const ROUNDS = ["tally-r1", "tally-r2", "tally-r3"];
const COUNTRIES = ["FR", "KE", "BR"];
const SECTORS = ["public", "academic"];
const STATUSES = ["submitted", "accepted", "waitlisted", "withdrawn"];
const LANGUAGES = ["en", "fr", "es", "sw"];

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(programme).values({ id: "tally-p", slug: "tally", name: "Tally" });
}, 60_000);
afterAll(() => database?.close());

async function createRounds() {
  await database.db.delete(round).where(inArray(round.id, ROUNDS));
  await database.db.insert(round).values(
    ROUNDS.map((id) => ({
      id,
      programmeId: "tally-p",
      slug: id,
      name: id,
      mode: "peer",
      ...roundDates(),
    })),
  );
}

const facets = fc.record({
  roundId: fc.constantFrom(...ROUNDS.slice(0, 2)),
  country: fc.constantFrom(...COUNTRIES),
  sector: fc.constantFrom(...SECTORS),
  status: fc.constantFrom(...STATUSES),
  // Repeats and empty lists too: each application counts once per language it gave.
  languages: fc.array(fc.constantFrom(...LANGUAGES), { maxLength: 3 }),
});
type Facets = typeof facets extends fc.Arbitrary<infer T> ? T : never;

const step = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    rows: fc.array(facets, { minLength: 1, maxLength: 6 }),
  }),
  fc.record({ kind: fc.constant("update" as const), pick: fc.nat(), change: facets }),
  fc.record({
    kind: fc.constant("bulk-status" as const),
    roundId: fc.constantFrom(...ROUNDS.slice(0, 2)),
    status: fc.constantFrom(...STATUSES),
  }),
  fc.record({
    kind: fc.constant("move" as const),
    pick: fc.nat(),
    roundId: fc.constantFrom(...ROUNDS),
  }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("rename" as const), pick: fc.nat() }),
);

let serial = 0;
function row(values: Facets) {
  serial += 1;
  return {
    id: `tally-a${serial}`,
    roundId: values.roundId,
    status: values.status,
    manageTokenHash: `tally-token-${serial}`,
    name: `Applicant ${serial}`,
    email: `a${serial}@example.org`,
    country: values.country,
    languages: values.languages.map((code) => ({ code, level: "C1" as const })),
    timeZone: "UTC",
    sector: values.sector,
    careerStage: "mid",
    consentAt: new Date("2027-01-05T00:00:00Z"),
  } as typeof application.$inferInsert;
}

async function pickId(pick: number): Promise<string | undefined> {
  const ids = await database.db
    .select({ id: application.id })
    .from(application)
    .where(inArray(application.roundId, ROUNDS))
    .orderBy(application.id);
  return ids.length === 0 ? undefined : ids[pick % ids.length]!.id;
}

/** The applicant list's counts as they were computed before the tally: from the rows. */
async function recount(roundId: string) {
  const rows = await database.db
    .select({
      country: application.country,
      sector: application.sector,
      status: application.status,
      languages: application.languages,
    })
    .from(application)
    .where(eq(application.roundId, roundId));
  const countBy = (values: string[]) =>
    [
      ...values.reduce(
        (counts, v) => counts.set(v, (counts.get(v) ?? 0) + 1),
        new Map<string, number>(),
      ),
    ]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return {
    country: countBy(rows.map((r) => r.country)),
    sector: countBy(rows.map((r) => r.sector)),
    status: countBy(rows.map((r) => r.status)),
    languages: [...new Set(rows.flatMap((r) => r.languages.map((l) => l.code)))].sort(),
  };
}

it("the kept counts equal a recount after any sequence of changes", async () => {
  const repository = createApplicationRepository(database.db);
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
      await createRounds();
      for (const s of steps) {
        if (s.kind === "insert") await database.db.insert(application).values(s.rows.map(row));
        else if (s.kind === "bulk-status")
          await database.db
            .update(application)
            .set({ status: s.status })
            .where(eq(application.roundId, s.roundId));
        else {
          const id = await pickId(s.pick);
          if (!id) continue;
          if (s.kind === "delete")
            await database.db.delete(application).where(eq(application.id, id));
          else if (s.kind === "move")
            await database.db
              .update(application)
              .set({ roundId: s.roundId })
              .where(eq(application.id, id));
          else if (s.kind === "rename")
            // A change to nothing counted leaves the counts alone.
            await database.db
              .update(application)
              .set({ name: "Renamed" })
              .where(eq(application.id, id));
          else {
            const { languages, ...rest } = row(s.change);
            await database.db
              .update(application)
              .set({
                ...rest,
                id: undefined,
                manageTokenHash: undefined,
                email: undefined,
                languages,
              })
              .where(eq(application.id, id));
          }
        }
        for (const roundId of ROUNDS)
          expect(await repository.countForApplicantList(roundId)).toEqual(await recount(roundId));
      }
    }),
    { numRuns: 25 },
  );
}, 120_000);

it("a deleted round takes its applications and its counts with it", async () => {
  await createRounds();
  await database.db.insert(application).values([
    row({
      roundId: "tally-r1",
      country: "FR",
      sector: "public",
      status: "submitted",
      languages: ["fr"],
    }),
    row({
      roundId: "tally-r2",
      country: "KE",
      sector: "public",
      status: "accepted",
      languages: ["sw"],
    }),
  ]);
  await database.db.delete(round).where(eq(round.id, "tally-r1"));
  const left = await database.db.execute(
    sql`select round_id, facet, value, count from round_applicant_tally where round_id like 'tally-%' and count > 0 order by 1, 2, 3`,
  );
  expect((left as { rows: unknown[] }).rows).toEqual([
    { round_id: "tally-r2", facet: "country", value: "KE", count: 1 },
    { round_id: "tally-r2", facet: "language", value: "sw", count: 1 },
    { round_id: "tally-r2", facet: "sector", value: "public", count: 1 },
    { round_id: "tally-r2", facet: "status", value: "accepted", count: 1 },
  ]);
});
