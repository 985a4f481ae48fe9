import { takesNominations } from "../../domain/opportunities/opportunity-input.ts";
import {
  nominatorView,
  type NominatorView,
} from "../../domain/opportunities/nomination-visibility.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { canManageOpportunity } from "./opportunity-access.ts";
import type { OpportunityWithPublisher } from "./opportunity-ports.ts";

export interface OpportunityPage {
  opportunity: OpportunityWithPublisher;
  takesNominations: boolean;
  /** The viewer organises it: review, close. */
  mayManage: boolean;
  /**
   * For the organisers only: how many nominees accepted. Not shown to others: a nominator
   * watching it would learn whether their nominee accepted (decision 0019).
   */
  acceptedCount: number | null;
  /** The viewer's own nominations for it, as a nominator sees them (decision 0019). */
  myNominations: { id: string; nomineeName: string; view: NominatorView }[];
}

/** An opportunity's page, for anyone; what the viewer nominated, for them only. */
export async function getOpportunityPage(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { opportunityId: string },
): Promise<Result<OpportunityPage>> {
  const read = deps.uow.read;
  const opportunity = await read.opportunities.findOpportunity(input.opportunityId);
  if (!opportunity) return fail({ code: "not_found" });
  const [mayManage, mine] = await Promise.all([
    canManageOpportunity(read, actor, opportunity),
    actor ? read.opportunities.listNominationsByFor(actor.userId, opportunity.id) : [],
  ]);
  const acceptedCount = mayManage
    ? await read.opportunities.countAcceptedNominations(opportunity.id)
    : null;
  return ok({
    opportunity,
    takesNominations: takesNominations(opportunity, deps.clock.now()),
    mayManage,
    acceptedCount,
    myNominations: mine.map((n) => ({
      id: n.id,
      nomineeName: n.nomineeName,
      view: nominatorView(n),
    })),
  });
}
