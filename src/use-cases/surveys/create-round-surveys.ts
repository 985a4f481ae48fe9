/**
 * A facilitator gives a round its two surveys before its matching is published (publishing
 * gives them otherwise), to set their dates and questions early: the survey page's button,
 * a POST, since reading the page writes nothing. Idempotent: a round that has them keeps them.
 */
import { canFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { createMissingSurveys } from "./ensure-round-surveys.ts";

export async function createRoundSurveys(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  roundId: string,
): Promise<Result<{ created: number }>> {
  return deps.uow.transaction(async (repositories) => {
    const round = await repositories.rounds.findById(roundId);
    if (!round || !(await canFacilitate(repositories, actor, round.programmeId)))
      return fail({ code: "not_found" });
    const now = deps.clock.now();
    // Only what this call inserted: a second press at the same moment creates nothing more.
    const created = await createMissingSurveys(repositories, deps, round, now);
    if (created.length > 0)
      await repositories.audit.record({
        id: deps.ids.newId(),
        actorUserId: actor?.userId ?? null,
        action: "survey.created",
        subjectType: "round",
        subjectId: round.id,
        data: { kinds: created.map((s) => s.kind) },
        createdAt: now,
      });
    return ok({ created: created.length });
  });
}
