/**
 * Matching through the app's use case, without the web: `startMatchingRun` on a closed
 * round of synthetic accepted applicants (packages/matching generateSyntheticParticipants)
 * in an in-memory PGlite, with the server's worker-thread engine. It times loading the
 * applicants, scoring, solving, explaining and saving the run, and prints each against
 * its target and, as a ratio, against a reference measured in the same run: the engine
 * alone (matchRound in this thread on the same people).
 *
 *   node --import tsx bench/matching-in-app.ts [sizes…]     (default: 392 10000)
 */
import { generateSyntheticParticipants, matchRound, type Participant } from "@shelfmates/matching";
import { user } from "../src/db/schema/index.ts";
import { openTestDatabase } from "../src/db/test-database.ts";
import { systemIds } from "../src/ids.ts";
import { createWorkerMatchingEngine } from "../src/jobs/worker-matching-engine.ts";
import { renderEmail } from "../src/mail/render-email.ts";
import { defaultCriteria, toRoundConfig } from "../src/domain/matching/matching-criteria.ts";
import {
  addApplicants,
  createClosedRound,
  type PersonSpec,
} from "../src/use-cases/testing/matching-fixtures.ts";
import {
  startMatchingRun,
  type MatchingDeps,
} from "../src/use-cases/matching/start-matching-run.ts";
import { loadRoundParticipants } from "../src/use-cases/matching/round-participants.ts";
import { computeMatchingRun } from "../src/use-cases/matching/compute-matching-run.ts";
import type { Actor } from "../src/use-cases/result.ts";
import { createLinkSigner } from "../src/link-signer.ts";

const TARGET_MS: Record<number, number> = { 392: 2_000, 10_000: 30_000 };
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 1);

/** An IANA zone with the synthetic person's UTC offset (Etc/GMT signs are inverted). */
function zoneFor(offsetMinutes: number): string {
  const halfHourZones: Record<number, string> = {
    330: "Asia/Kolkata",
    345: "Asia/Kathmandu",
    210: "Asia/Tehran",
  };
  if (halfHourZones[offsetMinutes]) return halfHourZones[offsetMinutes];
  const hours = Math.round(offsetMinutes / 60);
  return hours === 0 ? "UTC" : `Etc/GMT${hours > 0 ? "-" : "+"}${Math.abs(hours)}`;
}

function toPerson(p: Participant, i: number): PersonSpec {
  return {
    email: `bench-${i}@example.org`,
    name: `Bench ${i}`,
    country: p.country,
    timeZone: zoneFor(p.utcOffsetMinutes),
    interests: [...p.interests],
    languages: p.languages.map((l) => ({ code: l.code, level: l.level })),
    sector: p.sector as PersonSpec["sector"],
    availability: [...p.availability],
    goals: p.goals,
  };
}

const database = await openTestDatabase();
await database.db
  .insert(user)
  .values({ id: "bench", name: "Bench", email: "bench@example.org", role: "admin" });
const deps: MatchingDeps = {
  uow: database.uow,
  clock: { now: () => new Date() },
  ids: systemIds,
  renderEmail,
  links: createLinkSigner("test-secret-0123456789-abcdefghij"),
  baseUrl: "http://bench.localhost",
  matchingEngine: createWorkerMatchingEngine(),
};
const admin: Actor = { userId: "bench", role: "admin" };

console.log(
  "size    use case   engine in run   reference (engine alone)   ratio   target   result",
);
for (const size of sizes.length > 0 ? sizes : [392, 10_000]) {
  const participants = generateSyntheticParticipants(size, 20_261_122);
  const round = await createClosedRound(deps, admin);
  await addApplicants(deps, round, participants.map(toPerson));
  const criteria = defaultCriteria(round);

  const started = performance.now();
  const run = await startMatchingRun(deps, admin, {
    roundId: round.id,
    criteria,
    seed: 1,
    basedOnRunId: null,
  });
  if (!run.ok) throw new Error(JSON.stringify(run.error));
  await computeMatchingRun(deps, { runId: run.value.runId });
  const useCaseMs = performance.now() - started;
  const stored = await database.uow.read.matchingRuns.findById(run.value.runId);
  if (stored?.status !== "done") throw new Error(stored?.error ?? "run did not finish");

  // The reference: the same people through the engine alone, on this thread.
  const loaded = await loadRoundParticipants(database.uow.read, round);
  const referenceStart = performance.now();
  matchRound(loaded.participants, toRoundConfig(criteria, round), { seed: 1 });
  const referenceMs = performance.now() - referenceStart;

  const target = TARGET_MS[size];
  const verdict = target === undefined ? "" : useCaseMs < target ? "PASS" : "MISS";
  console.log(
    [
      String(size).padEnd(7),
      `${Math.round(useCaseMs)} ms`.padStart(9),
      `${stored.engineMs} ms`.padStart(15),
      `${Math.round(referenceMs)} ms`.padStart(26),
      `${(useCaseMs / referenceMs).toFixed(2)}×`.padStart(7),
      target ? `${target / 1000} s`.padStart(8) : "".padStart(8),
      `  ${verdict}`,
    ].join(" "),
  );
  console.log(
    `        ${stored.result!.summary.pairs} pairs, ${stored.result!.summary.unmatched} unmatched, certified: ${stored.result!.certified}`,
  );
}
await database.close();
