/** A facilitator takes a round's public summary down again (its page is then not found); audited. */
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";

export async function unpublishRoundSummary(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { roundId: string },
): Promise<Result<{ unpublished: boolean }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await findFacilitatedRound(repositories, actor, input.roundId);
    if (!found) return fail({ code: "not_found" });
    const deleted = await repositories.reports.deletePublicSummary(found.round.id);
    if (deleted)
      await repositories.audit.record({
        id: deps.ids.newId(),
        actorUserId: actor?.userId ?? null,
        action: "round.summary_unpublished",
        subjectType: "round",
        subjectId: found.round.id,
        createdAt: deps.clock.now(),
      });
    return ok({ unpublished: deleted });
  });
}
