/**
 * The country cap under concurrent applications. Meaningful on a PostgreSQL server
 * (TEST_DB=postgres): there the applications run in parallel transactions on a pool of
 * connections, and only the round's row lock keeps two of them from both counting the
 * same "before" and both getting in. PGlite has one connection, so there it only checks
 * the sequential outcome.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { user } from "../../db/schema/index.ts";
import { systemIds } from "../../ids.ts";
import { renderEmail } from "../../mail/render-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { createProgramme } from "../programmes/create-programme.ts";
import type { Actor } from "../result.ts";
import { changeRoundStatus } from "../rounds/change-round-status.ts";
import { saveRound } from "../rounds/save-round.ts";
import { fixtureProfile } from "../testing/matching-fixtures.ts";
import { submitApplication } from "./submit-application.ts";
import { createLinkSigner } from "../../link-signer.ts";
import { roundDates } from "../testing/round-dates.ts";

let database: TestDatabase;
let deps: UseCaseDeps;
const admin: Actor = { userId: "admin-user", role: "admin" };
const OTHER_COUNTRIES = ["FI", "KE", "BR", "JP", "MX", "IN", "CA", "NG", "FR", "CL"];

async function openRound(countryCapPercent: number): Promise<RoundRecord> {
  const programme = await createProgramme(deps, admin, {
    name: `Cap ${deps.ids.newId().slice(0, 8)}`,
    defaultLanguage: "en",
  });
  if (!programme.ok) throw new Error(JSON.stringify(programme.error));
  const saved = await saveRound(deps, admin, {
    programmeId: programme.value.id,
    round: {
      name: "Capped round",
      theme: "",
      mode: "peer",
      ...roundDates(),
      rulesMarkdown: "",
      countryCapPercent,
      allowTriads: false,
      groupSize: null,
    },
    questions: [],
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  const opened = await changeRoundStatus(deps, admin, { roundId: saved.value.id, status: "open" });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  // The cap applies from the tenth application (instead of the 20th), so fewer people test it.
  await database.uow.transaction(async (r) =>
    r.rounds.update({ ...opened.value, countryCapMinApplications: 10 }),
  );
  return opened.value;
}

const apply = (roundId: string, email: string, country: string) =>
  submitApplication(deps, {
    roundId,
    profile: fixtureProfile({ email, country }),
    customAnswers: {},
    locale: "en",
    userId: null,
  });

/** Ten applications, one from each of the other countries, one after another. */
async function applyFromTenCountries(roundId: string) {
  for (const [i, country] of OTHER_COUNTRIES.entries())
    expect(await apply(roundId, `first${i}@example.org`, country)).toMatchObject({
      ok: true,
      value: { application: { status: "submitted" } },
    });
}

/** How many applications are active in the round, in all and per country. */
async function submittedPerCountry(roundId: string) {
  const page = await database.uow.read.applications.countBy(roundId, "status");
  const submitted = page.find((c) => c.value === "submitted")?.count ?? 0;
  const perCountry = new Map<string, number>();
  for (const country of ["GR", ...OTHER_COUNTRIES]) {
    const count = await database.uow.read.applications.countActive(roundId, country);
    perCountry.set(country, count);
  }
  return { submitted, perCountry };
}

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db
    .insert(user)
    .values({ id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" });
  deps = {
    uow: database.uow,
    clock: { now: () => new Date("2027-01-15T12:00:00Z") },
    ids: systemIds,
    renderEmail,
    links: createLinkSigner("test-secret-0123456789-abcdefghij"),
    baseUrl: "http://test.localhost",
  };
});
afterAll(async () => database.close());

describe("the country cap under concurrent applications", () => {
  it("lets in exactly as many as the cap allows when one country's applicants all apply at once", async () => {
    const round = await openRound(20);
    await applyFromTenCountries(round.id);
    // 10 from elsewhere: k from GR are within 20 % while 100k ≤ 20(10 + k), so k ≤ 2.
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => apply(round.id, `gr${i}@example.org`, "GR")),
    );
    const statuses = results.map((r) => (r.ok ? r.value.application.status : r.error.code));
    expect(statuses.filter((s) => s === "submitted")).toHaveLength(2);
    expect(statuses.filter((s) => s === "waitlisted")).toHaveLength(28);
    const { perCountry } = await submittedPerCountry(round.id);
    expect(perCountry.get("GR")).toBe(2);
  });

  it("never lets any country over the cap when many countries apply at once", async () => {
    const round = await openRound(20);
    await applyFromTenCountries(round.id);
    const countries = [
      ...Array.from({ length: 20 }, () => "GR"),
      ...OTHER_COUNTRIES,
      ...OTHER_COUNTRIES,
    ];
    const results = await Promise.all(
      countries.map((country, i) => apply(round.id, `mixed${i}@example.org`, country)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    // First come, first served: each admission was within 20 % of the applications active
    // then, and admissions from elsewhere only lower a country's share.
    const { submitted, perCountry } = await submittedPerCountry(round.id);
    for (const [country, active] of perCountry)
      expect({ country, over: active * 100 > 20 * submitted }).toEqual({ country, over: false });
    // At most 30 from elsewhere, so GR has at most k with 100k ≤ 20(30 + k): 7.
    expect(perCountry.get("GR")).toBeLessThanOrEqual(7);
  });
});
