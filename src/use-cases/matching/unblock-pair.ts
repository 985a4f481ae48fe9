/**
 * Lifts a facilitator's block on two people of a round, so later runs may pair them again.
 * Runs already made keep their result; only a round still being matched can change.
 */
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { isStillMatching } from "./find-facilitated-run.ts";

export async function unblockPair(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { roundId: string; applicationA: string; applicationB: string },
): Promise<Result<{ unblocked: true }>> {
  const [a, b] = [input.applicationA, input.applicationB].sort() as [string, string];
  return deps.uow.transaction(async (repositories) => {
    const found = await findFacilitatedRound(repositories, actor, input.roundId);
    if (!found) return fail({ code: "not_found" });
    const { round } = found;
    if (!(await isStillMatching(repositories, round)))
      return fail({ code: "conflict", reason: "published" });
    const constraints = await repositories.matchingRuns.listConstraints(round.id);
    const block = constraints.find(
      (c) => c.kind === "block" && c.applicationA === a && c.applicationB === b,
    );
    if (!block) return fail({ code: "not_found" });
    await repositories.matchingRuns.removeConstraint(round.id, a, b);
    return ok({ unblocked: true });
  });
}
