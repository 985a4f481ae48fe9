import { canPublishFor, type Publisher } from "../authorise.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { Actor } from "../result.ts";
import type { OpportunityPublisher, OpportunityWithPublisher } from "./opportunity-ports.ts";

/**
 * A network's or programme's open opportunities, the soonest deadline first, for the section
 * on its page; `canPost` says whether to offer "Post an opportunity". Nothing when the
 * publisher does not exist (or is a network not approved).
 */
export async function listPublisherOpportunities(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  publisher: Publisher,
  page: { offset: number; limit: number },
): Promise<
  | (Page<OpportunityWithPublisher> & { publisher: OpportunityPublisher; canPost: boolean })
  | undefined
> {
  const read = deps.uow.read;
  const found = await read.opportunities.findPublisher(publisher);
  if (!found) return undefined;
  const [opportunities, canPost] = await Promise.all([
    read.opportunities.listOpenOpportunities({ now: deps.clock.now(), publisher }, page),
    canPublishFor(read, actor, publisher),
  ]);
  return { ...opportunities, publisher: found, canPost };
}
