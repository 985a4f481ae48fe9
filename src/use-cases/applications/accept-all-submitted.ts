import { canFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/**
 * A facilitator accepts every application still "submitted" in one step — the usual move
 * before matching a large round, where reviewing means waitlisting or rejecting the few
 * exceptions. Nobody is emailed: accepted applicants hear from the programme when they are
 * introduced to their partner.
 */
export async function acceptAllSubmitted(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { roundId: string },
): Promise<Result<{ accepted: number }>> {
  return deps.uow.transaction(async (repositories) => {
    const round = await repositories.rounds.lockById(input.roundId);
    if (!round || !(await canFacilitate(repositories, actor, round.programmeId))) {
      return fail({ code: "not_found" });
    }
    const now = deps.clock.now();
    const accepted = await repositories.applications.acceptAllSubmitted(round.id, now);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "applications.accepted_all",
      subjectType: "round",
      subjectId: round.id,
      data: { accepted },
      createdAt: now,
    });
    return ok({ accepted });
  });
}
