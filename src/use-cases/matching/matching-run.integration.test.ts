import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { user } from "../../db/schema/index.ts";
import { systemIds } from "../../ids.ts";
import { renderEmail } from "../../mail/render-email.ts";
import type { Actor } from "../result.ts";
import { adjustRunGroup } from "./adjust-run-group.ts";
import { compareRuns } from "./compare-runs.ts";
import { findAlternativePartners } from "./find-alternative-partners.ts";
import { inProcessMatchingEngine } from "./in-process-engine.ts";
import { defaultCriteria } from "../../domain/matching/matching-criteria.ts";
import { addApplicants, createClosedRound, type PersonSpec } from "../testing/matching-fixtures.ts";
import type { RunResult } from "../../domain/matching/matching-run-types.ts";
import { listBlockedPairs } from "./list-blocked-pairs.ts";
import { pairPeople } from "./pair-people.ts";
import { unblockPair } from "./unblock-pair.ts";
import { publishRun } from "./publish-run.ts";
import { computeMatchingRun } from "./compute-matching-run.ts";
import { startMatchingRun, type MatchingDeps } from "./start-matching-run.ts";
import { swapPartners } from "./swap-partners.ts";
import { viewRun } from "./view-run.ts";
import { createLinkSigner } from "../../link-signer.ts";

let database: TestDatabase;
let deps: MatchingDeps;
let tick = 0;
const admin: Actor = { userId: "admin-user", role: "admin" };
const COUNTRIES = ["FI", "KE", "BR", "JP", "GR", "MX", "IN", "CA", "NG", "FR"];
const INTERESTS = ["makerspaces", "copyright", "leadership", "local-history", "accessibility"];

function people(count: number, prefix: string): PersonSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    email: `${prefix}${i}@example.org`,
    country: COUNTRIES[i % COUNTRIES.length]!,
    interests: [INTERESTS[i % 5]!, INTERESTS[(i * 3 + 1) % 5]!],
    availability: i % 2 ? ["tue-14", "thu-10"] : ["tue-14"],
  }));
}

async function run(roundId: string, options: { seed?: number; basedOnRunId?: string } = {}) {
  const started = await startMatchingRun(deps, admin, {
    roundId,
    criteria: defaultCriteria({ allowTriads: false }),
    seed: options.seed ?? 1,
    basedOnRunId: options.basedOnRunId ?? null,
  });
  if (!started.ok) throw new Error(JSON.stringify(started.error));
  await computeMatchingRun(deps, { runId: started.value.runId });
  const stored = await database.uow.read.matchingRuns.findById(started.value.runId);
  if (stored?.status !== "done" || !stored.result) throw new Error(stored?.error ?? "no run");
  return { ...stored, result: stored.result };
}

const together = (result: RunResult, a: string, b: string) =>
  result.groups.some((g) => g.memberIds.includes(a) && g.memberIds.includes(b));

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" },
    { id: "other-facilitator", name: "Otto", email: "otto@example.org", role: "user" },
  ]);
  deps = {
    uow: database.uow,
    // Each reading is a second later, so runs have distinct creation times.
    clock: { now: () => new Date(Date.UTC(2027, 1, 1, 12) + 1000 * tick++) },
    ids: systemIds,
    renderEmail,
    links: createLinkSigner("test-secret-0123456789-abcdefghij"),
    baseUrl: "http://test.localhost",
    matchingEngine: inProcessMatchingEngine,
  };
});
afterAll(async () => database.close());

describe("running matching on a round", () => {
  it("matches accepted applicants only and keeps who, when, criteria, seed and progress", async () => {
    const round = await createClosedRound(deps, admin);
    const accepted = await addApplicants(deps, round, people(10, "acc"));
    await addApplicants(deps, round, [
      { email: "wait@example.org", country: "CL", status: "waitlisted" },
      { email: "rej@example.org", country: "PE", status: "rejected" },
    ]);
    const stored = await run(round.id, { seed: 7 });
    const ids = new Set(accepted.map((a) => a.id));
    const everyone = [
      ...stored.result.groups.flatMap((g) => g.memberIds),
      ...stored.result.unmatched.map((u) => u.id),
    ];
    expect(everyone.sort()).toEqual([...ids].sort());
    expect(stored.result.summary).toMatchObject({
      people: 10,
      pairs: 5,
      unmatched: 0,
      countries: 10,
    });
    expect(stored).toMatchObject({ createdBy: "admin-user", seed: 7, status: "done" });
    expect(stored.progress.stage).toBe("saving");
    expect(stored.criteria.rules.otherCountry).toBe(true);
    expect(stored.totalScore).toBe(stored.result.summary.totalScore);
  });

  it("refuses rounds that are not closed and runs with bad weights", async () => {
    const round = await createClosedRound(deps, admin);
    await addApplicants(deps, round, people(4, "bad"));
    const criteria = defaultCriteria({ allowTriads: false });
    const bad = await startMatchingRun(deps, admin, {
      roundId: round.id,
      criteria: { ...criteria, weights: { ...criteria.weights, language: 5000 } },
      seed: 1,
      basedOnRunId: null,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: "invalid" } });
    const stranger = await startMatchingRun(
      deps,
      { userId: "nobody", role: "user" },
      {
        roundId: round.id,
        criteria,
        seed: 1,
        basedOnRunId: null,
      },
    );
    expect(stranger).toMatchObject({ ok: false, error: { code: "not_found" } });
    const open = await createClosedRound(deps, admin);
    await addApplicants(deps, open, people(4, "open"));
    await database.uow.transaction((r) => r.rounds.update({ ...open, status: "open" }));
    expect(
      await startMatchingRun(deps, admin, {
        roundId: open.id,
        criteria,
        seed: 1,
        basedOnRunId: null,
      }),
    ).toEqual({ ok: false, error: { code: "conflict", reason: "round_not_closed" } });
    for (const refused of [round, open])
      expect(await database.uow.read.matchingRuns.listByRound(refused.id)).toEqual([]);
  });

  it("keeps locks and blocks through re-runs", async () => {
    const round = await createClosedRound(deps, admin);
    await addApplicants(deps, round, people(20, "lock"));
    const first = await run(round.id);
    const [lockedGroup, blockedGroup] = first.result.groups as [
      RunResult["groups"][0],
      RunResult["groups"][0],
    ];
    const [la, lb] = lockedGroup.memberIds as [string, string];
    const [ba, bb] = blockedGroup.memberIds as [string, string];
    expect(
      await adjustRunGroup(deps, admin, {
        roundId: round.id,
        runId: first.id,
        groupKey: lockedGroup.key,
        action: "lock",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await adjustRunGroup(deps, admin, {
        roundId: round.id,
        runId: first.id,
        groupKey: blockedGroup.key,
        action: "block",
      }),
    ).toMatchObject({ ok: true });
    const edited = (await database.uow.read.matchingRuns.findById(first.id))!;
    expect(edited.result!.unmatched.map((u) => u.id).sort()).toEqual([ba, bb].sort());
    expect(edited.manualChanges.map((c) => c.change.kind)).toEqual(["lock", "block"]);

    let previous = first.id;
    for (const seed of [2, 3, 99]) {
      const again = await run(round.id, { seed, basedOnRunId: previous });
      expect(again.basedOnRunId).toBe(previous);
      const kept = again.result.groups.find((g) => g.memberIds.includes(la))!;
      expect(kept.memberIds.sort()).toEqual([la, lb].sort());
      expect(kept.locked).toBe(true);
      expect(together(again.result, ba, bb)).toBe(false);
      previous = again.id;
    }
    const compared = await compareRuns(deps, admin, {
      roundId: round.id,
      firstRunId: first.id,
      secondRunId: previous,
    });
    expect(compared.ok).toBe(true);

    // The block is listed with both names and can be lifted; outsiders see nothing.
    const page = { offset: 0, limit: 25 };
    const listed = await listBlockedPairs(deps, admin, { roundId: round.id, page });
    expect(listed.ok && listed.value.total).toBe(1);
    const nameOf = async (id: string) => (await database.uow.read.applications.findById(id))!.name;
    const pair = listed.ok ? listed.value.pairs[0]! : undefined;
    expect([pair?.a.name, pair?.b.name].sort()).toEqual(
      [await nameOf(ba), await nameOf(bb)].sort(),
    );
    const outsider: Actor = { userId: "someone", role: "user" };
    expect(await listBlockedPairs(deps, outsider, { roundId: round.id, page })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    const lift = { roundId: round.id, applicationA: bb, applicationB: ba };
    expect(await unblockPair(deps, outsider, lift)).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await unblockPair(deps, admin, lift)).toEqual({ ok: true, value: { unblocked: true } });
    expect(await unblockPair(deps, admin, lift)).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    const after = await listBlockedPairs(deps, admin, { roundId: round.id, page });
    expect(after.ok && after.value.total).toBe(0);
    const constraints = await database.uow.read.matchingRuns.listConstraints(round.id);
    expect(constraints.map((c) => c.kind)).toEqual(["lock"]);
  });

  it("never pairs partners from an earlier round of the programme again", async () => {
    // Two obvious pairs: a0–a1 share every interest, as do a2–a3.
    const spec = (i: number, interests: string[]): PersonSpec => ({
      email: `again${i}@example.org`,
      country: COUNTRIES[i]!,
      interests,
    });
    const four = [
      spec(0, ["copyright", "leadership", "makerspaces"]),
      spec(1, ["copyright", "leadership", "makerspaces"]),
      spec(2, ["local-history", "accessibility", "advocacy"]),
      spec(3, ["local-history", "accessibility", "advocacy"]),
    ];
    const earlier = await createClosedRound(deps, admin, {
      startsAt: new Date("2026-02-10T00:00:00Z"),
    });
    const before = await addApplicants(deps, earlier, four);
    const firstRun = await run(earlier.id);
    expect(together(firstRun.result, before[0]!.id, before[1]!.id)).toBe(true);
    expect((await publishRun(deps, admin, { roundId: earlier.id, runId: firstRun.id })).ok).toBe(
      true,
    );

    const later = await createClosedRound(deps, admin, { programmeId: earlier.programmeId });
    const now = await addApplicants(deps, later, four);
    const secondRun = await run(later.id);
    expect(together(secondRun.result, now[0]!.id, now[1]!.id)).toBe(false);
    expect(together(secondRun.result, now[2]!.id, now[3]!.id)).toBe(false);
    expect(secondRun.result.summary.pairs).toBe(2);
    // The alternatives page does not offer the previous partner either.
    const alternatives = await findAlternativePartners(deps, admin, {
      roundId: later.id,
      runId: secondRun.id,
      applicationId: now[0]!.id,
    });
    expect(
      alternatives.ok && alternatives.value.alternatives.map((a) => a.person.id),
    ).not.toContain(now[1]!.id);
  });
});

describe("adjusting a result by hand", () => {
  it("asks for confirmation before breaking a hard rule and marks the pair", async () => {
    const round = await createClosedRound(deps, admin);
    const [fi1, fi2, ke, br] = await addApplicants(deps, round, [
      { email: "fi1@example.org", country: "FI" },
      { email: "fi2@example.org", country: "FI" },
      { email: "ke@example.org", country: "KE" },
      { email: "br@example.org", country: "BR" },
    ]);
    const stored = await run(round.id);
    const input = {
      roundId: round.id,
      runId: stored.id,
      applicationId: fi1!.id,
      partnerId: fi2!.id,
    };
    expect(await pairPeople(deps, admin, { ...input, confirmBreaks: false })).toMatchObject({
      ok: false,
      error: { code: "conflict", reason: "needs_confirmation", data: { breaks: "same_country" } },
    });
    const confirmed = await pairPeople(deps, admin, { ...input, confirmBreaks: true });
    expect(confirmed).toMatchObject({
      ok: true,
      value: { group: { hardRuleBreaks: ["same_country"], manual: true } },
    });
    const after = (await database.uow.read.matchingRuns.findById(stored.id))!;
    expect(after.manualChanges.at(-1)?.confirmedBreaks).toEqual(["same_country"]);
    // Their former partners were left alone: they can be paired again (a swap-free fix).
    expect(after.result!.unmatched.map((u) => u.reason)).toEqual([
      "partner_moved",
      "partner_moved",
    ]);
    expect(
      (
        await pairPeople(deps, admin, {
          ...input,
          applicationId: ke!.id,
          partnerId: br!.id,
          confirmBreaks: false,
        })
      ).ok,
    ).toBe(true);
  });

  it("asks for confirmation before giving a mentor more mentees than they offered to take", async () => {
    const round = await createClosedRound(deps, admin, { mode: "mentor" });
    const mentee = { experienceYears: 1, role: "mentee" as const };
    const mentor = { experienceYears: 20, role: "mentor" as const, mentorCapacity: 1 };
    const [m1, m2, a, b] = await addApplicants(deps, round, [
      { email: "mentor1@example.org", country: "FI", ...mentor },
      { email: "mentor2@example.org", country: "KE", ...mentor },
      { email: "a@example.org", country: "BR", ...mentee },
      { email: "b@example.org", country: "JP", ...mentee },
    ]);
    const stored = await run(round.id);
    const withM1 = stored.result.groups.find((g) => g.memberIds[0] === m1!.id)!;
    const other = withM1.memberIds[1] === a!.id ? b! : a!;
    const input = { roundId: round.id, runId: stored.id, applicationId: other.id };
    expect(
      await pairPeople(deps, admin, { ...input, partnerId: m1!.id, confirmBreaks: false }),
    ).toMatchObject({
      ok: false,
      error: { reason: "needs_confirmation", data: { breaks: "over_capacity" } },
    });
    const confirmed = await pairPeople(deps, admin, {
      ...input,
      partnerId: m1!.id,
      confirmBreaks: true,
    });
    expect(confirmed.ok && confirmed.value.group.memberIds).toEqual([
      m1!.id,
      withM1.memberIds[1],
      other.id,
    ]);
    expect(confirmed.ok && confirmed.value.group.hardRuleBreaks).toEqual(["over_capacity"]);
    const after = (await database.uow.read.matchingRuns.findById(stored.id))!;
    expect(after.manualChanges.at(-1)?.confirmedBreaks).toEqual(["over_capacity"]);
    // Moving a mentee between mentors within their capacity needs no confirmation.
    expect(
      (
        await pairPeople(deps, admin, {
          ...input,
          applicationId: withM1.memberIds[1]!,
          partnerId: m2!.id,
          confirmBreaks: false,
        })
      ).ok,
    ).toBe(true);
  });

  it("swaps partners between two pairs", async () => {
    const round = await createClosedRound(deps, admin);
    await addApplicants(deps, round, people(4, "swap"));
    const stored = await run(round.id);
    const [g1, g2] = stored.result.groups;
    const swapped = await swapPartners(deps, admin, {
      roundId: round.id,
      runId: stored.id,
      groupKeys: [g1!.key, g2!.key],
      option: 0,
      confirmBreaks: true,
    });
    expect(swapped.ok).toBe(true);
    const after = (await database.uow.read.matchingRuns.findById(stored.id))!.result!;
    expect(together(after, g1!.memberIds[0]!, g2!.memberIds[1]!)).toBe(true);
    expect(together(after, g2!.memberIds[0]!, g1!.memberIds[1]!)).toBe(true);
    expect(after.groups.every((g) => g.manual)).toBe(true);
  });
});

describe("another programme's runs", () => {
  it("cannot be run, edited or listed by a facilitator of another programme, nor through their own round", async () => {
    const round = await createClosedRound(deps, admin);
    await addApplicants(deps, round, people(6, "theirs"));
    const stored = await run(round.id);
    const ownRound = await createClosedRound(deps, admin);
    await addApplicants(deps, ownRound, people(4, "own"));
    await database.uow.transaction((r) =>
      r.programmes.addFacilitator(ownRound.programmeId, "other-facilitator", null),
    );
    const other: Actor = { userId: "other-facilitator", role: "user" };
    const [g1, g2] = stored.result.groups as [RunResult["groups"][0], RunResult["groups"][0]];
    const notFound = { ok: false, error: { code: "not_found" } };
    // Their own round with this run's id is refused too: the run belongs to another round.
    for (const roundId of [round.id, ownRound.id]) {
      const target = { roundId, runId: stored.id };
      for (const action of ["lock", "block", "unmatch"])
        expect(await adjustRunGroup(deps, other, { ...target, groupKey: g1.key, action })).toEqual(
          notFound,
        );
      expect(
        await swapPartners(deps, other, {
          ...target,
          groupKeys: [g1.key, g2.key],
          option: 0,
          confirmBreaks: true,
        }),
      ).toEqual(notFound);
      expect(
        await pairPeople(deps, other, {
          ...target,
          applicationId: g1.memberIds[0]!,
          partnerId: g2.memberIds[0]!,
          confirmBreaks: true,
        }),
      ).toEqual(notFound);
    }
    expect(
      await startMatchingRun(deps, other, {
        roundId: round.id,
        criteria: defaultCriteria({ allowTriads: false }),
        seed: 1,
        basedOnRunId: null,
      }),
    ).toEqual(notFound);
    // Their own round with another round's run as its base: refused.
    expect(
      await startMatchingRun(deps, other, {
        roundId: ownRound.id,
        criteria: defaultCriteria({ allowTriads: false }),
        seed: 1,
        basedOnRunId: stored.id,
      }),
    ).toEqual(notFound);
    const page = { offset: 0, limit: 25 };
    expect(await listBlockedPairs(deps, other, { roundId: round.id, page })).toEqual(notFound);
    const after = (await database.uow.read.matchingRuns.findById(stored.id))!;
    expect(after.manualChanges).toEqual([]);
    expect(after.result).toEqual(stored.result);
    expect(await database.uow.read.matchingRuns.listConstraints(round.id)).toEqual([]);
    expect(await database.uow.read.matchingRuns.listByRound(round.id)).toHaveLength(1);
  });
});

describe("the runs of a round", () => {
  it("are listed newest first with their summary and who ran them", async () => {
    const round = await createClosedRound(deps, admin);
    await addApplicants(deps, round, people(6, "list"));
    const first = await run(round.id);
    const second = await run(round.id, { basedOnRunId: first.id });
    const listed = await database.uow.read.matchingRuns.listByRound(round.id);
    expect(listed.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(listed[0]).toMatchObject({
      createdByName: "Ada",
      basedOnRunId: first.id,
      summary: { people: 6 },
    });
    expect("result" in listed[0]!).toBe(false);
  });
});

describe("re-running after manual changes", () => {
  it("re-runs after a lock and a swap, keeping the lock", async () => {
    const round = await createClosedRound(deps, admin);
    await addApplicants(deps, round, people(8, "after"));
    const first = await run(round.id);
    const [g1, g2, g3] = first.result.groups;
    await adjustRunGroup(deps, admin, {
      roundId: round.id,
      runId: first.id,
      groupKey: g1!.key,
      action: "lock",
    });
    const swapped = await swapPartners(deps, admin, {
      roundId: round.id,
      runId: first.id,
      groupKeys: [g2!.key, g3!.key],
      option: 0,
      confirmBreaks: true,
    });
    expect(swapped.ok).toBe(true);
    const again = await run(round.id, { basedOnRunId: first.id });
    expect(together(again.result, g1!.memberIds[0]!, g1!.memberIds[1]!)).toBe(true);
  });

  it("carries swapped pairs into the re-run as locks, and frees the locks the swap broke", async () => {
    const round = await createClosedRound(deps, admin);
    await addApplicants(deps, round, people(8, "carry"));
    const first = await run(round.id);
    const [g1, g2, g3] = first.result.groups;
    // g1 is locked, then swapped with g2: the old lock must not pull g1 back together.
    await adjustRunGroup(deps, admin, {
      roundId: round.id,
      runId: first.id,
      groupKey: g1!.key,
      action: "lock",
    });
    const swapped = await swapPartners(deps, admin, {
      roundId: round.id,
      runId: first.id,
      groupKeys: [g1!.key, g2!.key],
      option: 0,
      confirmBreaks: true,
    });
    expect(swapped.ok && swapped.value.groups.every((g) => g.locked && g.manual)).toBe(true);
    const [a1, a2] = g1!.memberIds as [string, string];
    const [b1, b2] = g2!.memberIds as [string, string];
    for (const seed of [2, 3, 5]) {
      const again = await run(round.id, { seed, basedOnRunId: first.id });
      expect(together(again.result, a1, b2)).toBe(true);
      expect(together(again.result, b1, a2)).toBe(true);
      expect(together(again.result, a1, a2)).toBe(false);
    }
    // A person paired by hand stays with their new partner; their old partner is free.
    const [c1, c2] = g3!.memberIds as [string, string];
    expect(
      (
        await pairPeople(deps, admin, {
          roundId: round.id,
          runId: first.id,
          applicationId: a1,
          partnerId: c1,
          confirmBreaks: true,
        })
      ).ok,
    ).toBe(true);
    const afterPairing = await run(round.id, { seed: 4, basedOnRunId: first.id });
    expect(together(afterPairing.result, a1, c1)).toBe(true);
    expect(together(afterPairing.result, a1, b2)).toBe(false);
    expect(together(afterPairing.result, c1, c2)).toBe(false);
  });
});

describe("the result's name search", () => {
  it("ignores case and accents, as every search does", async () => {
    const round = await createClosedRound(deps, admin);
    await addApplicants(deps, round, [
      { email: "jose@example.org", country: "MX", name: "José Pérez" },
      { email: "ana@example.org", country: "FI", name: "Ana Lind" },
      { email: "bo@example.org", country: "KE", name: "Bo Otieno" },
      { email: "cy@example.org", country: "JP", name: "Cy Sato" },
    ]);
    const stored = await run(round.id);
    const search = async (name: string) => {
      const viewed = await viewRun(deps, admin, {
        roundId: round.id,
        runId: stored.id,
        name,
        country: "",
        sector: "",
        sort: "order",
        page: { offset: 0, limit: 25 },
      });
      return viewed.ok ? viewed.value.filteredTotal : -1;
    };
    expect(await search("jose perez")).toBe(1);
    expect(await search("JOSÉ")).toBe(1);
    expect(await search("nobody")).toBe(0);
  });
});
