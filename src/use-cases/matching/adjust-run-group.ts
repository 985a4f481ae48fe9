/**
 * Lock, unlock, block or unmatch one group of a run's result. Locks and blocks are also
 * kept on the round (match_constraint), so they survive re-runs: a locked group stays
 * together, a blocked pair is never paired again. Unmatching changes only this result.
 */
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findGroup, setGroupLocked, unmatchGroup } from "../../domain/matching/edit-run-result.ts";
import { pairsOf } from "../../domain/matching/pairs-of.ts";
import { findEditableRun, saveChangedResult } from "./find-facilitated-run.ts";
import { loadRoundParticipants, editContextFor } from "./round-participants.ts";

const GROUP_ACTIONS = ["lock", "unlock", "block", "unmatch"] as const;
export type GroupAction = (typeof GROUP_ACTIONS)[number];

export async function adjustRunGroup(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: { roundId: string; runId: string; groupKey: string; action: string },
): Promise<Result<{ action: GroupAction }>> {
  if (!(GROUP_ACTIONS as readonly string[]).includes(input.action))
    return fail({ code: "conflict", reason: "unknown_action" });
  const action = input.action as GroupAction;
  return deps.uow.transaction(async (repositories) => {
    const found = await findEditableRun(repositories, actor, input.roundId, input.runId);
    if (!found.ok) return found;
    const { round, run } = found.value;
    const group = findGroup(run.result, input.groupKey);
    if (!group) return fail({ code: "not_found" });
    const now = deps.clock.now();
    const constraint = (kind: "lock" | "block", [a, b]: [string, string]) => ({
      roundId: round.id,
      kind,
      applicationA: a,
      applicationB: b,
      createdBy: actor?.userId ?? null,
      createdAt: now,
    });
    const pairs = pairsOf(group.memberIds);
    let result = run.result;
    if (action === "lock") {
      for (const pair of pairs)
        await repositories.matchingRuns.setConstraint(constraint("lock", pair));
      result = setGroupLocked(result, group.key, true);
    } else {
      // Unlocking, unmatching and blocking all release the lock; blocking replaces it.
      for (const [a, b] of pairs) {
        if (action === "block")
          await repositories.matchingRuns.setConstraint(constraint("block", [a, b]));
        else await repositories.matchingRuns.removeConstraint(round.id, a, b);
      }
      if (action === "unlock") result = setGroupLocked(result, group.key, false);
      else {
        const context = editContextFor(
          await loadRoundParticipants(repositories, round),
          run.criteria,
          round,
        );
        result = unmatchGroup(result, group.key, "unmatched_by_facilitator", context);
      }
    }
    await saveChangedResult(repositories, run, result, {
      change: { kind: action, memberIds: group.memberIds },
      at: now.toISOString(),
      by: actor?.userId ?? null,
      confirmedBreaks: [],
    });
    return ok({ action });
  });
}
