import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findVisibleNetwork } from "./network-access.ts";
import type { CampaignRecord, NetworkRecord, PublicComment } from "./network-ports.ts";

export interface CampaignPage {
  network: Pick<NetworkRecord, "id" | "slug" | "name">;
  campaign: CampaignRecord;
  /** Confirmed signatures only. */
  confirmed: number;
  comments: Page<PublicComment>;
  organises: boolean;
}

/** A campaign's public page: its text, the confirmed count and the comments signers chose to show. */
export async function findCampaignPage(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { slug: string; campaignSlug: string; commentsPage: { offset: number; limit: number } },
): Promise<Result<CampaignPage>> {
  const repositories = deps.uow.read;
  const network = await findVisibleNetwork(repositories, actor, input.slug);
  if (!network || network.status !== "approved") return fail({ code: "not_found" });
  const campaign = await repositories.networks.findCampaign(network.id, input.campaignSlug);
  if (!campaign) return fail({ code: "not_found" });
  const [confirmed, comments, organises] = await Promise.all([
    repositories.networks.countConfirmedSignatures(campaign.id),
    repositories.networks.listPublicComments(campaign.id, input.commentsPage),
    actor ? repositories.networks.isOrganiser(network.id, actor.userId) : false,
  ]);
  return ok({
    network: { id: network.id, slug: network.slug, name: network.name },
    campaign,
    confirmed,
    comments,
    organises: organises || actor?.role === "admin",
  });
}
