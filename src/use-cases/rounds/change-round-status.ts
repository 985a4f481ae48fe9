import { checkRoundTransition, isRoundStatus } from "../../domain/rounds/round-status.ts";
import { canFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { RoundRecord } from "./round-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/** Moves a round along draft → open → closed → matched → active → finished. */
export async function changeRoundStatus(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { roundId: string; status: string },
): Promise<Result<RoundRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const round = await repositories.rounds.lockById(input.roundId);
    if (!round) return fail({ code: "not_found" });
    if (!(await canFacilitate(repositories, actor, round.programmeId)))
      // Decision 0003: another programme\'s things look like things that do not exist.
      return fail({ code: "not_found" });
    if (!isRoundStatus(input.status)) return fail({ code: "conflict", reason: "unknown_status" });
    const problem = checkRoundTransition(round.status, input.status);
    if (problem)
      return fail({
        code: "conflict",
        reason: problem.code,
        data: { from: round.status, to: input.status },
      });
    const now = deps.clock.now();
    const updated: RoundRecord = { ...round, status: input.status, updatedAt: now };
    await repositories.rounds.update(updated);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "round.status_changed",
      subjectType: "round",
      subjectId: round.id,
      data: { from: round.status, to: input.status },
      createdAt: now,
    });
    return ok(updated);
  });
}
