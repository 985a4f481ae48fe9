/**
 * The "matching.run" job: solves a run that startMatchingRun recorded as "running", writing
 * its progress to the run row (a progress page polls it) and then the result. Runs again
 * from the start when the job is retried after its process died; a run already finished is
 * left alone, so a job delivered twice changes nothing.
 */
import type { MatchProgress } from "@shelfmates/matching";
import type { Clock } from "../ports.ts";
import { toRoundConfig } from "../../domain/matching/matching-criteria.ts";
import type { RunProgress } from "../../domain/matching/matching-run-types.ts";
import { fromEngineResult } from "../../domain/matching/run-result.ts";
import { loadRoundParticipants } from "./round-participants.ts";
import type { MatchingRunRepository } from "./matching-ports.ts";
import type { MatchingDeps } from "./start-matching-run.ts";

/** Progress is written at most this often (the last update always is). */
const PROGRESS_INTERVAL_MS = 200;

export async function computeMatchingRun(
  deps: MatchingDeps,
  input: { runId: string },
): Promise<{ status: "done" | "failed" | "skipped" }> {
  const repositories = deps.uow.read;
  const run = await repositories.matchingRuns.findById(input.runId);
  if (!run || run.status !== "running") return { status: "skipped" };
  const round = await repositories.rounds.findById(run.roundId);
  if (!round) return { status: "skipped" };
  const base = run.basedOnRunId
    ? await repositories.matchingRuns.findById(run.basedOnRunId)
    : undefined;
  const previousGroups = base?.result?.groups.map((g) => g.memberIds);
  const progress = progressWriter(deps, run.id);
  try {
    const loaded = await loadRoundParticipants(repositories, round);
    const started = performance.now();
    const engineResult = await deps.matchingEngine.run(
      loaded.participants,
      toRoundConfig(run.criteria, round),
      { seed: run.seed, ...(previousGroups ? { previousGroups } : {}) },
      progress.onProgress,
    );
    const engineMs = performance.now() - started;
    const result = fromEngineResult(engineResult, loaded.people);
    progress.report({ stage: "saving", done: 0, total: 1 });
    await progress.written();
    const finished = await finishOnce(deps, run.id, {
      status: "done",
      finishedAt: deps.clock.now(),
      result,
      totalScore: result.summary.totalScore,
      lowestScore: result.summary.lowestScore,
      error: null,
      engineMs: Math.round(engineMs),
    });
    return { status: finished ? "done" : "skipped" };
  } catch (error) {
    await progress.written().catch(() => undefined);
    const finished = await finishOnce(deps, run.id, {
      status: "failed",
      finishedAt: deps.clock.now(),
      result: null,
      totalScore: null,
      lowestScore: null,
      error: error instanceof Error ? error.message : String(error),
      engineMs: null,
    });
    return { status: finished ? "failed" : "skipped" };
  }
}

/**
 * Records the outcome unless the run ended meanwhile (a job delivered twice at once, or given
 * up): the first outcome stays, so a late failure never overwrites a finished result.
 */
function finishOnce(
  deps: Pick<MatchingDeps, "uow">,
  runId: string,
  outcome: Parameters<MatchingRunRepository["finish"]>[1],
): Promise<boolean> {
  return deps.uow.transaction(async (r) => {
    const current = await r.matchingRuns.lockById(runId);
    if (current?.status !== "running") return false;
    await r.matchingRuns.finish(runId, outcome);
    return true;
  });
}

/** Writes progress in order, at most every PROGRESS_INTERVAL_MS by the clock. */
function progressWriter(deps: Pick<MatchingDeps, "uow"> & { clock: Clock }, runId: string) {
  let lastWriteMs = -Infinity;
  let writes: Promise<void> = Promise.resolve();
  const report = (progress: RunProgress) => {
    lastWriteMs = deps.clock.now().getTime();
    writes = writes.then(() =>
      deps.uow.transaction((r) => r.matchingRuns.updateProgress(runId, progress)),
    );
  };
  return {
    report,
    onProgress: (p: MatchProgress) => {
      if (deps.clock.now().getTime() - lastWriteMs >= PROGRESS_INTERVAL_MS || p.done === p.total)
        report(p);
    },
    written: () => writes,
  };
}
