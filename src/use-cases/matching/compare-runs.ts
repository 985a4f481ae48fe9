/** Two runs of a round side by side: the groups that differ, and how the scores moved. */
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRun } from "./find-facilitated-run.ts";
import { compareResults, type RunComparison } from "../../domain/matching/compare-results.ts";
import type { MatchingRunRecord } from "../../domain/matching/matching-run-types.ts";

export async function compareRuns(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { roundId: string; firstRunId: string; secondRunId: string },
): Promise<
  Result<{
    first: MatchingRunRecord;
    second: MatchingRunRecord;
    comparison: RunComparison;
    /** Names of the people in groups that differ. */
    names: Record<string, string>;
  }>
> {
  const repositories = deps.uow.read;
  const first = await findFacilitatedRun(repositories, actor, input.roundId, input.firstRunId);
  const second = await findFacilitatedRun(repositories, actor, input.roundId, input.secondRunId);
  if (!first?.run.result || !second?.run.result) return fail({ code: "not_found" });
  const comparison = compareResults(first.run.result, second.run.result);
  const ids = new Set(
    [...comparison.onlyInFirst, ...comparison.onlyInSecond].flatMap((g) => g.memberIds),
  );
  const applications = await repositories.applications.listAll(input.roundId, {});
  return ok({
    first: first.run,
    second: second.run,
    comparison,
    names: Object.fromEntries(applications.filter((a) => ids.has(a.id)).map((a) => [a.id, a.name])),
  });
}
