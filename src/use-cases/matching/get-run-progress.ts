import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRun } from "./find-facilitated-run.ts";
import type { RunProgress, RunStatus } from "../../domain/matching/matching-run-types.ts";

/** A run still "running" this long after it started was cut off (the server stopped). */
export const RUN_STALE_AFTER_MS = 15 * 60_000;

const STAGE_SPAN: Record<RunProgress["stage"], [from: number, to: number]> = {
  starting: [0, 5],
  scoring: [5, 80],
  solving: [80, 90],
  explaining: [90, 97],
  saving: [97, 100],
};

/** Overall percentage from the engine's stage and its done/total counts. */
function progressPercent(progress: RunProgress): number {
  const [from, to] = STAGE_SPAN[progress.stage];
  const share = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  return Math.round(from + (to - from) * share);
}

export async function getRunProgress(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { roundId: string; runId: string },
): Promise<
  Result<{
    roundName: string;
    status: RunStatus | "interrupted";
    progress: RunProgress;
    percent: number;
    error: string | null;
  }>
> {
  const found = await findFacilitatedRun(deps.uow.read, actor, input.roundId, input.runId);
  if (!found) return fail({ code: "not_found" });
  const { run } = found;
  const stale =
    run.status === "running" &&
    deps.clock.now().getTime() - run.createdAt.getTime() > RUN_STALE_AFTER_MS;
  return ok({
    roundName: found.round.name,
    status: stale ? "interrupted" : run.status,
    progress: run.progress,
    percent: run.status === "done" ? 100 : progressPercent(run.progress),
    error: run.error,
  });
}
