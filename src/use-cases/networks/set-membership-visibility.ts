import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findVisibleNetwork } from "./network-access.ts";

/** A member shows their membership to other signed-in members, or hides it again. */
export async function setMembershipVisibility(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { slug: string; visible: boolean },
): Promise<Result<{ visible: boolean }>> {
  return deps.uow.transaction(async (repositories) => {
    const network = await findVisibleNetwork(repositories, actor, input.slug);
    if (!actor || !network) return fail({ code: "not_found" });
    const changed = await repositories.networks.setMemberVisible(
      network.id,
      actor.userId,
      input.visible,
    );
    if (!changed) return fail({ code: "conflict", reason: "not_member" });
    return ok({ visible: input.visible });
  });
}
