import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findOrganisedNetwork } from "./network-access.ts";

/** An organiser closes a campaign (signing stops; the count and comments stay) or reopens it. */
export async function setCampaignStatus(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { slug: string; campaignSlug: string; status: "open" | "closed" },
): Promise<Result<{ status: "open" | "closed" }>> {
  return deps.uow.transaction(async (repositories) => {
    const network = await findOrganisedNetwork(repositories, actor, input.slug);
    const campaign =
      network && (await repositories.networks.findCampaign(network.id, input.campaignSlug));
    if (!actor || !campaign) return fail({ code: "not_found" });
    const now = deps.clock.now();
    await repositories.networks.setCampaignStatus(campaign.id, input.status, now);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: input.status === "closed" ? "campaign.closed" : "campaign.reopened",
      subjectType: "campaign",
      subjectId: campaign.id,
      createdAt: now,
    });
    return ok({ status: input.status });
  });
}
