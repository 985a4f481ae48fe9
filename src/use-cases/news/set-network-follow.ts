import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/**
 * A signed-in member follows (or stops following) an approved network: its new events and
 * news then reach them in the weekly digest. Following twice, or stopping twice, is harmless.
 */
export async function setNetworkFollow(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { networkSlug: string; follow: boolean },
): Promise<Result<{ networkName: string; following: boolean }>> {
  if (!actor) return fail({ code: "forbidden" });
  return deps.uow.transaction(async (repositories) => {
    const network = await repositories.news.findPublisherBySlug("network", input.networkSlug);
    if (!network) return fail({ code: "not_found" });
    if (input.follow) await repositories.news.follow(network.id, actor.userId, deps.clock.now());
    else await repositories.news.unfollow(network.id, actor.userId);
    return ok({ networkName: network.name, following: input.follow });
  });
}
