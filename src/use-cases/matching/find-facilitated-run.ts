import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { ReadRepositories, Repositories } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type {
  MatchingRunRecord,
  RecordedChange,
  RunResult,
} from "../../domain/matching/matching-run-types.ts";

/** A run of a round the actor facilitates; unknown and forbidden both give undefined. */
export async function findFacilitatedRun(
  repositories: ReadRepositories,
  actor: Actor | null,
  roundId: string,
  runId: string,
): Promise<{ round: RoundRecord; programme: ProgrammeRecord; run: MatchingRunRecord } | undefined> {
  const found = await findFacilitatedRound(repositories, actor, roundId);
  if (!found) return undefined;
  const run = await repositories.matchingRuns.findById(runId);
  if (!run || run.roundId !== roundId) return undefined;
  return { ...found, run };
}

/** Whether a round's matching may still change: applications closed, result not yet published. */
export async function isStillMatching(
  repositories: ReadRepositories,
  round: RoundRecord,
): Promise<boolean> {
  return round.status === "closed" && !(await repositories.partnerships.findPublication(round.id));
}

/** A finished run that may still be changed: its round is closed and not yet published. Locks the run row. */
export async function findEditableRun(
  repositories: Repositories,
  actor: Actor | null,
  roundId: string,
  runId: string,
): Promise<Result<{ round: RoundRecord; run: MatchingRunRecord & { result: RunResult } }>> {
  const found = await findFacilitatedRound(repositories, actor, roundId);
  if (!found) return fail({ code: "not_found" });
  const run = await repositories.matchingRuns.lockById(runId);
  if (!run || run.roundId !== roundId) return fail({ code: "not_found" });
  const { round } = found;
  if (!(await isStillMatching(repositories, round)))
    return fail({ code: "conflict", reason: "published" });
  if (run.status !== "done" || !run.result) return fail({ code: "conflict", reason: "not_done" });
  return ok({ round, run: { ...run, result: run.result } });
}

/** Saves a changed result with the change recorded (who, when, hard rules confirmed). */
export async function saveChangedResult(
  repositories: Repositories,
  run: MatchingRunRecord,
  result: RunResult,
  change: RecordedChange,
): Promise<void> {
  await repositories.matchingRuns.saveResult(run.id, result, [...run.manualChanges, change], {
    totalScore: result.summary.totalScore,
    lowestScore: result.summary.lowestScore,
  });
}
