import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { canManageOpportunity } from "./opportunity-access.ts";

/**
 * An organiser closes an opportunity (after confirming): it leaves the listings and takes no
 * more nominations; accepted nominations can still get their outcome. Closing twice changes
 * nothing.
 */
export async function closeOpportunity(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { opportunityId: string },
): Promise<Result<{ closed: boolean }>> {
  return deps.uow.transaction(async (repositories) => {
    const opportunity = await repositories.opportunities.findOpportunity(input.opportunityId);
    if (!actor || !opportunity || !(await canManageOpportunity(repositories, actor, opportunity)))
      return fail({ code: "not_found" });
    const now = deps.clock.now();
    const closed = await repositories.opportunities.closeOpportunity(opportunity.id, now);
    if (closed)
      await repositories.audit.record({
        id: deps.ids.newId(),
        actorUserId: actor.userId,
        action: "opportunity.closed",
        subjectType: "opportunity",
        subjectId: opportunity.id,
        createdAt: now,
      });
    return ok({ closed });
  });
}
