/**
 * The matching run as a job: startMatchingRun records the run and its "matching.run" job in
 * one transaction; the job's use case solves it once (a job delivered twice changes nothing),
 * and a run whose job gave up is recorded failed instead of "running" forever.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { user } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { defaultCriteria } from "../../domain/matching/matching-criteria.ts";
import { systemIds } from "../../ids.ts";
import { renderEmail } from "../../mail/render-email.ts";
import type { Actor } from "../result.ts";
import { addApplicants, createClosedRound } from "../testing/matching-fixtures.ts";
import { computeMatchingRun } from "./compute-matching-run.ts";
import { failMatchingRun } from "./fail-matching-run.ts";
import { inProcessMatchingEngine } from "./in-process-engine.ts";
import { startMatchingRun, type MatchingDeps } from "./start-matching-run.ts";
import { createLinkSigner } from "../../link-signer.ts";

let database: TestDatabase;
let deps: MatchingDeps;
const admin: Actor = { userId: "admin-user", role: "admin" };

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db
    .insert(user)
    .values({ id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" });
  deps = {
    uow: database.uow,
    clock: { now: () => new Date("2027-02-01T12:00:00Z") },
    ids: systemIds,
    renderEmail,
    links: createLinkSigner("test-secret-0123456789-abcdefghij"),
    baseUrl: "http://localhost",
    matchingEngine: inProcessMatchingEngine,
  };
});

afterAll(async () => {
  await database.close();
});

async function startRun() {
  const round = await createClosedRound(deps, admin);
  await addApplicants(
    deps,
    round,
    ["FI", "KE", "BR", "JP"].map((country, i) => ({
      email: `job-${round.id}-${i}@example.org`,
      name: `Person ${i}`,
      country,
      interests: ["makerspaces"],
    })),
  );
  const started = await startMatchingRun(deps, admin, {
    roundId: round.id,
    criteria: defaultCriteria({ allowTriads: false }),
    seed: 1,
    basedOnRunId: null,
  });
  if (!started.ok) throw new Error(JSON.stringify(started.error));
  return started.value.runId;
}

describe("a matching run as a job", () => {
  it("is queued with its run, solved once, and left alone when delivered again", async () => {
    const runId = await startRun();
    const queued = await database.boss.findJobs("matching.run", { data: { runId } });
    expect(queued).toHaveLength(1);

    expect(await computeMatchingRun(deps, { runId })).toEqual({ status: "done" });
    const run = await database.uow.read.matchingRuns.findById(runId);
    expect(run).toMatchObject({ status: "done" });
    expect(run?.result?.groups).toHaveLength(2);

    expect(await computeMatchingRun(deps, { runId })).toEqual({ status: "skipped" });
    expect((await database.uow.read.matchingRuns.findById(runId))?.finishedAt).toEqual(
      run?.finishedAt,
    );
  });

  it("keeps one outcome when its job is delivered twice at once", async () => {
    const runId = await startRun();
    const outcomes = await Promise.all([
      computeMatchingRun(deps, { runId }),
      computeMatchingRun(deps, { runId }),
    ]);

    expect(outcomes.map((o) => o.status).toSorted()).toEqual(["done", "skipped"]);
    expect(await database.uow.read.matchingRuns.findById(runId)).toMatchObject({
      status: "done",
    });
  });

  it("keeps a finished result when a late attempt fails", async () => {
    const runId = await startRun();
    const failing: MatchingDeps = {
      ...deps,
      matchingEngine: {
        run: async () => {
          // The other attempt finishes while this one is still solving.
          await computeMatchingRun(deps, { runId });
          throw new Error("this attempt's worker died");
        },
      },
    };
    expect(await computeMatchingRun(failing, { runId })).toEqual({ status: "skipped" });
    const run = await database.uow.read.matchingRuns.findById(runId);
    expect(run).toMatchObject({ status: "done", error: null });
  });

  it("is recorded failed when its job gave up, and a late retry does not revive it", async () => {
    const runId = await startRun();
    expect(await failMatchingRun(deps, { runId })).toEqual({ status: "failed" });
    const run = await database.uow.read.matchingRuns.findById(runId);
    expect(run).toMatchObject({ status: "failed", result: null });
    expect(run?.error).toContain("could not be completed");

    expect(await computeMatchingRun(deps, { runId })).toEqual({ status: "skipped" });
    expect((await database.uow.read.matchingRuns.findById(runId))?.status).toBe("failed");
  });
});
