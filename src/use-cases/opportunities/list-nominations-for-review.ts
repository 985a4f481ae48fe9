import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { canManageOpportunity } from "./opportunity-access.ts";
import type { NominationWithContext, OpportunityWithPublisher } from "./opportunity-ports.ts";

/**
 * The organisers' review: the accepted nominations only, with their notes, oldest answer
 * first. Nominations not (yet) accepted are not counted or listed (decision 0019).
 */
export async function listNominationsForReview(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { opportunityId: string; page: { offset: number; limit: number } },
): Promise<
  Result<{ opportunity: OpportunityWithPublisher; nominations: Page<NominationWithContext> }>
> {
  const read = deps.uow.read;
  const opportunity = await read.opportunities.findOpportunity(input.opportunityId);
  if (!opportunity || !(await canManageOpportunity(read, actor, opportunity)))
    return fail({ code: "not_found" });
  const nominations = await read.opportunities.listAcceptedNominations(opportunity.id, input.page);
  return ok({ opportunity, nominations });
}
