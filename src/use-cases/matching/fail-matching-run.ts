import type { UseCaseDeps } from "../ports.ts";

/**
 * The "matching.run.given-up" job: a run whose job failed every retry (its process kept
 * dying, say) is recorded failed with a reason, instead of staying "running" forever.
 */
export async function failMatchingRun(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  input: { runId: string },
): Promise<{ status: "failed" | "skipped" }> {
  return deps.uow.transaction(async (r) => {
    const run = await r.matchingRuns.lockById(input.runId);
    if (!run || run.status !== "running") return { status: "skipped" as const };
    await r.matchingRuns.finish(run.id, {
      status: "failed",
      finishedAt: deps.clock.now(),
      result: null,
      totalScore: null,
      lowestScore: null,
      error: "The run could not be completed: it was tried again and stopped each time.",
      engineMs: null,
    });
    return { status: "failed" as const };
  });
}
