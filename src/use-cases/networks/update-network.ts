import { parseNetworkInput, type NetworkFormValues } from "../../domain/networks/network-input.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findOrganisedNetwork } from "./network-access.ts";

/** An organiser changes the network's details (its address, the slug, stays). */
export async function updateNetwork(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { slug: string; values: NetworkFormValues },
): Promise<Result<{ slug: string }>> {
  return deps.uow.transaction(async (repositories) => {
    const network = await findOrganisedNetwork(repositories, actor, input.slug);
    if (!actor || !network) return fail({ code: "not_found" });
    const parsed = parseNetworkInput(input.values);
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const now = deps.clock.now();
    await repositories.networks.update(network.id, parsed.value, now);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "network.updated",
      subjectType: "network",
      subjectId: network.id,
      createdAt: now,
    });
    return ok({ slug: network.slug });
  });
}
