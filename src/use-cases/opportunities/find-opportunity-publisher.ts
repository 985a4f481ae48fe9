import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findPublisherForActor, type PublisherRef } from "./opportunity-access.ts";
import type { OpportunityPublisher } from "./opportunity-ports.ts";

/**
 * The network or programme an organiser (or facilitator) is about to post an opportunity for;
 * anyone who may not post for it, or a slug that names nothing, gets not_found.
 */
export async function findOpportunityPublisher(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  ref: PublisherRef,
): Promise<Result<OpportunityPublisher>> {
  const publisher = await findPublisherForActor(deps.uow.read, actor, ref);
  return publisher ? ok(publisher) : fail({ code: "not_found" });
}
