import { z } from "zod";
import { OPPORTUNITY_KINDS } from "../../domain/opportunities/opportunity-input.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { OpportunityWithPublisher } from "./opportunity-ports.ts";

/** The listing's filters as its address carries them; anything unknown is dropped. */
export const opportunityListingQuery = z.object({
  kind: z.enum(OPPORTUNITY_KINDS).optional().catch(undefined),
});
export type OpportunityListingQuery = z.infer<typeof opportunityListingQuery>;

/** Open opportunities across the site whose deadline is ahead, the soonest deadline first. */
export async function listOpenOpportunities(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  input: { query: OpportunityListingQuery; page: { offset: number; limit: number } },
): Promise<Page<OpportunityWithPublisher>> {
  return deps.uow.read.opportunities.listOpenOpportunities(
    { now: deps.clock.now(), ...(input.query.kind ? { kind: input.query.kind } : {}) },
    input.page,
  );
}
