import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findOrganisedNetwork } from "./network-access.ts";

/**
 * An organiser removes a co-organiser (or steps down), never the last one. Two organisers
 * removing each other at the same moment would each count the other still there and leave
 * none: the network's row is locked first, so the second waits, then counts again (and is no
 * longer an organiser).
 */
export async function removeNetworkOrganiser(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { slug: string; userId: string },
): Promise<Result<{ removed: string }>> {
  return deps.uow.transaction(async (repositories) => {
    await repositories.networks.lockBySlug(input.slug);
    const network = await findOrganisedNetwork(repositories, actor, input.slug);
    if (!actor || !network) return fail({ code: "not_found" });
    const organisers = await repositories.networks.listOrganisers(network.id);
    const leaving = organisers.find((o) => o.userId === input.userId);
    if (!leaving) return fail({ code: "not_found" });
    if (organisers.length <= 1) return fail({ code: "conflict", reason: "last_organiser" });
    await repositories.networks.removeOrganiser(network.id, input.userId);
    const now = deps.clock.now();
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "network.organiser_removed",
      subjectType: "network",
      subjectId: network.id,
      data: { userId: input.userId },
      createdAt: now,
    });
    return ok({ removed: leaving.name });
  });
}
