/**
 * The round the public pages read, kept a moment in memory (public-round-cache.ts): what a
 * facilitator changes is on the next page, and another instance's change within the moment.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProgramme } from "../use-cases/programmes/create-programme.ts";
import type { Actor } from "../use-cases/result.ts";
import { changeRoundStatus } from "../use-cases/rounds/change-round-status.ts";
import { findPublicRound } from "../use-cases/rounds/find-public-round.ts";
import { saveRound } from "../use-cases/rounds/save-round.ts";
import { PUBLIC_ROUND_KEPT_MS, withPublicRoundCache } from "./public-round-cache.ts";
import { round as roundTable, user } from "./schema/index.ts";
import { openTestDatabase, type TestDatabase } from "./test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "./test-use-case-deps.ts";
import { roundDates } from "../use-cases/testing/round-dates.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
let elapsedMs = 0;
const admin: Actor = { userId: "admin-user", role: "admin" };
const roundFields = {
  name: "Round 1",
  theme: "Libraries without borders",
  mode: "peer",
  ...roundDates(),
  rulesMarkdown: "We meet **monthly**.",
  countryCapPercent: null,
  allowTriads: false,
  groupSize: null,
};
const question = { kind: "short_text", label: "Why?", required: false, options: [] };

async function openRound() {
  const programme = await createProgramme(deps, admin, { name: "Cached", defaultLanguage: "en" });
  if (!programme.ok) throw new Error("programme");
  const saved = await saveRound(deps, admin, {
    programmeId: programme.value.id,
    round: roundFields,
    questions: [question],
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  await changeRoundStatus(deps, admin, { roundId: saved.value.id, status: "open" });
  const slugs = { programmeSlug: programme.value.slug, roundSlug: saved.value.slug };
  const read = async () => {
    const found = await findPublicRound(deps, slugs, { locale: "en" });
    if (!found.ok) throw new Error("round");
    return found.value;
  };
  return { programmeId: programme.value.id, roundId: saved.value.id, read };
}

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db
    .insert(user)
    .values({ id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" });
  deps = {
    ...testUseCaseDeps(database, "2027-01-15T12:00:00Z"),
    uow: withPublicRoundCache(database.uow, () => elapsedMs),
  };
});
afterAll(async () => database.close());

describe("the public round kept in memory", () => {
  it("shows the facilitator's change to the theme and the questions on the next read", async () => {
    const { programmeId, roundId, read } = await openRound();
    expect((await read()).texts.theme).toBe("Libraries without borders");
    const saved = await saveRound(deps, admin, {
      programmeId,
      roundId,
      round: { ...roundFields, theme: "Reading together" },
      questions: [question, { ...question, label: "What do you hope for?" }],
    });
    expect(saved.ok).toBe(true);
    const after = await read();
    expect(after.texts.theme).toBe("Reading together");
    expect(after.questions.map((q) => q.label)).toEqual(["Why?", "What do you hope for?"]);
  });

  it("shows another instance's change once the moment it keeps a copy has passed", async () => {
    const { roundId, read } = await openRound();
    expect((await read()).round.name).toBe("Round 1");
    // Written beside this instance's unit of work, as another instance would.
    await database.db
      .update(roundTable)
      .set({ name: "Round One" })
      .where(eq(roundTable.id, roundId));
    elapsedMs += PUBLIC_ROUND_KEPT_MS;
    expect((await read()).round.name).toBe("Round One");
  });

  it("gives each reader its own copy", async () => {
    const { read } = await openRound();
    await read();
    // The second read is the copy's: a reader changing it changes no one else's page.
    (await read()).round.name = "Changed by a careless reader";
    expect((await read()).round.name).toBe("Round 1");
  });
});
