import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findOrganisedNetwork } from "./network-access.ts";
import type { CampaignRecord, NetworkRecord } from "./network-ports.ts";

/** A campaign to edit, for its network's organisers; anyone else: not_found. */
export async function getCampaignForOrganiser(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { slug: string; campaignSlug?: string },
): Promise<Result<{ network: NetworkRecord; campaign: CampaignRecord | null }>> {
  const repositories = deps.uow.read;
  const network = await findOrganisedNetwork(repositories, actor, input.slug);
  if (!network) return fail({ code: "not_found" });
  if (!input.campaignSlug) return ok({ network, campaign: null });
  const campaign = await repositories.networks.findCampaign(network.id, input.campaignSlug);
  if (!campaign) return fail({ code: "not_found" });
  return ok({ network, campaign });
}
