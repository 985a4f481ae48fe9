/**
 * "Pair with this person": puts two people of a run together by hand. Whoever they leave
 * behind is kept in the smaller group or listed as unmatched. A pairing that breaks a hard
 * rule (same country, no shared language, previous partner, same library) needs
 * `confirmBreaks` and is marked in the result; a blocked pair is refused. So does giving a
 * mentor more mentees than they offered to take. The new group is locked, so a re-run
 * keeps it (carry-manual-pairs.ts).
 */
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import {
  pairPeople as applyPairing,
  exceedsMentorCapacity,
  findGroupOf,
} from "../../domain/matching/edit-run-result.ts";
import { carryManualPairs } from "./carry-manual-pairs.ts";
import { findEditableRun, saveChangedResult } from "./find-facilitated-run.ts";
import type { ConfirmedBreak, RunGroup } from "../../domain/matching/matching-run-types.ts";
import { editContextFor, loadRoundParticipants } from "./round-participants.ts";

export async function pairPeople(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: {
    roundId: string;
    runId: string;
    applicationId: string;
    partnerId: string;
    confirmBreaks: boolean;
  },
): Promise<Result<{ group: RunGroup }>> {
  if (input.applicationId === input.partnerId)
    return fail({ code: "conflict", reason: "same_person" });
  return deps.uow.transaction(async (repositories) => {
    const found = await findEditableRun(repositories, actor, input.roundId, input.runId);
    if (!found.ok) return found;
    const { round, run } = found.value;
    const loaded = await loadRoundParticipants(repositories, round);
    if (!loaded.applications.has(input.applicationId) || !loaded.applications.has(input.partnerId))
      return fail({ code: "not_found" });
    const context = editContextFor(loaded, run.criteria, round);
    const { violation } = context.explain(input.applicationId, input.partnerId);
    if (violation === "blocked") return fail({ code: "conflict", reason: "blocked" });
    if (violation === "not_mentor_and_mentee")
      return fail({ code: "conflict", reason: "not_mentor_and_mentee" });
    const breaks: ConfirmedBreak[] = violation ? [violation] : [];
    const capacityOf = (id: string) => loaded.applications.get(id)?.mentorCapacity ?? null;
    if (
      exceedsMentorCapacity(run.result, input.applicationId, input.partnerId, context, capacityOf)
    )
      breaks.push("over_capacity");
    if (breaks.length > 0 && !input.confirmBreaks)
      return fail({
        code: "conflict",
        reason: "needs_confirmation",
        data: { breaks: breaks.join(",") },
      });
    const result = applyPairing(run.result, input.applicationId, input.partnerId, context, breaks);
    const made = result.groups[result.groups.length - 1]!;
    const now = deps.clock.now();
    await carryManualPairs(repositories, {
      roundId: round.id,
      // Whoever moved leaves the rest of their old group behind.
      broken: made.memberIds.flatMap((id) =>
        (findGroupOf(run.result, id)?.memberIds ?? [])
          .filter((other) => other !== id && !made.memberIds.includes(other))
          .map((other) => [id, other] as const),
      ),
      made: [made.memberIds],
      by: actor?.userId ?? null,
      at: now,
    });
    await saveChangedResult(repositories, run, result, {
      change: { kind: "pair", memberIds: [input.applicationId, input.partnerId] },
      at: now.toISOString(),
      by: actor?.userId ?? null,
      confirmedBreaks: breaks,
    });
    return ok({ group: made });
  });
}
