import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/** Whether the viewer follows this network, for its FollowButton (false when signed out). */
export async function findNetworkFollow(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { networkSlug: string },
): Promise<Result<{ following: boolean }>> {
  const news = deps.uow.read.news;
  const network = await news.findPublisherBySlug("network", input.networkSlug);
  if (!network) return fail({ code: "not_found" });
  return ok({ following: actor ? await news.isFollowing(network.id, actor.userId) : false });
}
