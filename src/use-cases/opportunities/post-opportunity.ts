import {
  parseOpportunityInput,
  type OpportunityFormValues,
} from "../../domain/opportunities/opportunity-input.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findPublisherForActor, type PublisherRef } from "./opportunity-access.ts";
import type { OpportunityRecord } from "./opportunity-ports.ts";

/** An organiser (or a programme's facilitator) posts an opportunity, open until its deadline. */
export async function postOpportunity(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { publisher: PublisherRef; values: OpportunityFormValues },
): Promise<Result<OpportunityRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const publisher = await findPublisherForActor(repositories, actor, input.publisher);
    if (!publisher || !actor) return fail({ code: "not_found" });
    const now = deps.clock.now();
    const parsed = parseOpportunityInput(input.values, now);
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const record: OpportunityRecord = {
      ...parsed.value,
      id: deps.ids.newId(),
      networkId: publisher.kind === "network" ? publisher.id : null,
      programmeId: publisher.kind === "programme" ? publisher.id : null,
      status: "open",
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    await repositories.opportunities.insertOpportunity(record);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "opportunity.posted",
      subjectType: "opportunity",
      subjectId: record.id,
      data: { publisher: `${publisher.kind}:${publisher.id}`, title: record.title },
      createdAt: now,
    });
    return ok(record);
  });
}
