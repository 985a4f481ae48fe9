/**
 * Runs matching on a closed round: checks the criteria, records the run (who, when,
 * criteria, seed, what it re-runs) as "running", then lets the engine work off the
 * request, writing its progress to the run row so a progress page can poll, and stores
 * the result. Only accepted applications take part; locks, blocks and earlier partners
 * come from the round; a re-run passes the previous groups so ties keep them together.
 */
import type { MatchProgress } from "@shelfmates/matching";
import { canFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { checkCriteria, toRoundConfig } from "./matching-criteria.ts";
import type { MatchingEngine } from "./matching-ports.ts";
import type { MatchingCriteria, MatchingRunRecord, RunProgress } from "./matching-run-types.ts";
import { fromEngineResult } from "./run-result.ts";
import { loadRoundParticipants } from "./round-participants.ts";

export type MatchingDeps = UseCaseDeps & { matchingEngine: MatchingEngine };

/** Progress is written at most this often (the last update always is). */
const PROGRESS_INTERVAL_MS = 200;

export async function startMatchingRun(
  deps: MatchingDeps,
  actor: Actor | null,
  input: { roundId: string; criteria: MatchingCriteria; seed: number; basedOnRunId: string | null },
): Promise<Result<{ runId: string; finished: Promise<void> }>> {
  const fieldErrors = checkCriteria(input.criteria);
  if (!Number.isInteger(input.seed) || input.seed < 0 || input.seed > 2_147_483_647)
    fieldErrors.seed = { key: "matching:criteria.seedRange" };
  if (Object.keys(fieldErrors).length > 0) return fail({ code: "invalid", fieldErrors });
  const prepared = await deps.uow.transaction(async (repositories) => {
    const round = await repositories.rounds.lockById(input.roundId);
    if (!round || !(await canFacilitate(repositories, actor, round.programmeId)))
      return fail({ code: "not_found" });
    if (round.status !== "closed") return fail({ code: "conflict", reason: "round_not_closed" });
    if (await repositories.partnerships.findPublication(round.id))
      return fail({ code: "conflict", reason: "published" });
    const base = input.basedOnRunId
      ? await repositories.matchingRuns.findById(input.basedOnRunId)
      : undefined;
    if (input.basedOnRunId && (!base || base.roundId !== round.id))
      return fail({ code: "not_found" });
    const loaded = await loadRoundParticipants(repositories, round);
    if (loaded.participants.length < 2)
      return fail({ code: "conflict", reason: "too_few_accepted" });
    const now = deps.clock.now();
    const run: MatchingRunRecord = {
      id: deps.ids.newId(),
      roundId: round.id,
      createdBy: actor?.userId ?? null,
      createdAt: now,
      finishedAt: null,
      status: "running",
      progress: { stage: "starting", done: 0, total: loaded.participants.length },
      criteria: input.criteria,
      seed: input.seed,
      basedOnRunId: base?.id ?? null,
      result: null,
      manualChanges: [],
      totalScore: null,
      lowestScore: null,
      error: null,
      engineMs: null,
    };
    await repositories.matchingRuns.insert(run);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "matching.run_started",
      subjectType: "round",
      subjectId: round.id,
      data: { runId: run.id, seed: input.seed, basedOnRunId: run.basedOnRunId },
      createdAt: now,
    });
    return ok({ round, run, loaded, previousGroups: base?.result?.groups.map((g) => g.memberIds) });
  });
  if (!prepared.ok) return prepared;
  const { round, run, loaded, previousGroups } = prepared.value;
  const finished = computeRun(deps, run, async (onProgress) => {
    const started = performance.now();
    const result = await deps.matchingEngine.run(
      loaded.participants,
      toRoundConfig(input.criteria, round),
      { seed: input.seed, ...(previousGroups ? { previousGroups } : {}) },
      onProgress,
    );
    return {
      result: fromEngineResult(result, loaded.people),
      engineMs: performance.now() - started,
    };
  });
  return ok({ runId: run.id, finished });
}

async function computeRun(
  deps: MatchingDeps,
  run: MatchingRunRecord,
  compute: (
    onProgress: (progress: MatchProgress) => void,
  ) => Promise<{ result: NonNullable<MatchingRunRecord["result"]>; engineMs: number }>,
): Promise<void> {
  const repositories = deps.uow.read;
  let lastWrite = 0;
  let writes: Promise<void> = Promise.resolve();
  const report = (progress: RunProgress) => {
    lastWrite = Date.now();
    writes = writes.then(() => repositories.matchingRuns.updateProgress(run.id, progress));
  };
  try {
    const { result, engineMs } = await compute((p) => {
      if (Date.now() - lastWrite >= PROGRESS_INTERVAL_MS || p.done === p.total) report(p);
    });
    report({ stage: "saving", done: 0, total: 1 });
    await writes;
    await repositories.matchingRuns.finish(run.id, {
      status: "done",
      finishedAt: deps.clock.now(),
      result,
      totalScore: result.summary.totalScore,
      lowestScore: result.summary.lowestScore,
      error: null,
      engineMs: Math.round(engineMs),
    });
  } catch (error) {
    await writes.catch(() => undefined);
    await repositories.matchingRuns.finish(run.id, {
      status: "failed",
      finishedAt: deps.clock.now(),
      result: null,
      totalScore: null,
      lowestScore: null,
      error: error instanceof Error ? error.message : String(error),
      engineMs: null,
    });
  }
}
