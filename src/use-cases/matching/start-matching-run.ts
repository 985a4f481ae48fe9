/**
 * Runs matching on a closed round: checks the criteria, records the run (who, when,
 * criteria, seed, what it re-runs) as "running" and, in the same transaction, the
 * "matching.run" job that solves it off the request (compute-matching-run.ts), writing its
 * progress to the run row so a progress page can poll, and then the result. Only accepted
 * applications take part; locks, blocks and earlier partners come from the round; a re-run
 * passes the previous groups so ties keep them together.
 */
import { canFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { checkCriteria } from "../../domain/matching/matching-criteria.ts";
import type { MatchingEngine } from "./matching-ports.ts";
import type {
  MatchingCriteria,
  MatchingRunRecord,
} from "../../domain/matching/matching-run-types.ts";
import { loadRoundParticipants } from "./round-participants.ts";

export type MatchingDeps = UseCaseDeps & { matchingEngine: MatchingEngine };

export async function startMatchingRun(
  deps: MatchingDeps,
  actor: Actor | null,
  input: { roundId: string; criteria: MatchingCriteria; seed: number; basedOnRunId: string | null },
): Promise<Result<{ runId: string }>> {
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
    // The job commits with the run row: a worker (here or in another instance) solves it.
    await repositories.jobs.send("matching.run", { runId: run.id });
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "matching.run_started",
      subjectType: "round",
      subjectId: round.id,
      data: { runId: run.id, seed: input.seed, basedOnRunId: run.basedOnRunId },
      createdAt: now,
    });
    return ok({ runId: run.id });
  });
  return prepared;
}
