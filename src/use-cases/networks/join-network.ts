import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findVerifiedUser, findVisibleNetwork } from "./network-access.ts";

/**
 * A signed-in member with a verified address joins an approved network; their membership is
 * hidden from other members until they choose to show it. Joining twice changes nothing.
 */
export async function joinNetwork(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { slug: string },
): Promise<Result<{ joined: boolean }>> {
  return deps.uow.transaction(async (repositories) => {
    const network = await findVisibleNetwork(repositories, actor, input.slug);
    if (!actor || !network) return fail({ code: "not_found" });
    if (network.status !== "approved") return fail({ code: "conflict", reason: "not_approved" });
    if (!(await findVerifiedUser(repositories, actor)))
      return fail({ code: "conflict", reason: "unverified" });
    const joined = await repositories.networks.addMember(
      network.id,
      actor.userId,
      deps.clock.now(),
    );
    return ok({ joined });
  });
}
