import { canPublishFor } from "../authorise.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findVisibleNetwork } from "./network-access.ts";
import type { CampaignRecord, NetworkPerson, NetworkRecord } from "./network-ports.ts";

export interface NetworkPage {
  network: NetworkRecord;
  organisers: NetworkPerson[];
  memberCount: number;
  /** The viewer's own membership, if any. */
  membership: { visible: boolean } | null;
  /** Members who chose to be seen; only signed-in people see them (null otherwise). */
  visibleMembers: Page<NetworkPerson> | null;
  campaigns: (CampaignRecord & { confirmed: number })[];
  /** The viewer may edit it, invite organisers and run campaigns. */
  organises: boolean;
}

/**
 * A network's page. A proposed or declined network is not_found for everyone but its
 * proposer and administrators.
 */
export async function findNetworkPage(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { slug: string; membersPage: { offset: number; limit: number } },
): Promise<Result<NetworkPage>> {
  const repositories = deps.uow.read;
  const network = await findVisibleNetwork(repositories, actor, input.slug);
  if (!network) return fail({ code: "not_found" });
  const { networks } = repositories;
  const [organisers, memberCount, membership, visibleMembers, campaigns, organises] =
    await Promise.all([
      networks.listOrganisers(network.id),
      networks.countMembers(network.id),
      actor ? networks.findMembership(network.id, actor.userId) : undefined,
      actor ? networks.listVisibleMembers(network.id, input.membersPage) : null,
      networks.listCampaigns(network.id),
      network.status === "approved" &&
        canPublishFor(repositories, actor, { networkId: network.id }),
    ]);
  return ok({
    network,
    organisers: organisers.map(({ userId, name }) => ({ userId, name })),
    memberCount,
    membership: membership ? { visible: membership.visible } : null,
    visibleMembers,
    campaigns,
    organises,
  });
}
