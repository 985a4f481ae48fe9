import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findVisibleNetwork } from "./network-access.ts";

/** A member leaves a network (organising it, if they do, is a separate role and stays). */
export async function leaveNetwork(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { slug: string },
): Promise<Result<{ left: boolean }>> {
  return deps.uow.transaction(async (repositories) => {
    const network = await findVisibleNetwork(repositories, actor, input.slug);
    if (!actor || !network) return fail({ code: "not_found" });
    return ok({ left: await repositories.networks.removeMember(network.id, actor.userId) });
  });
}
