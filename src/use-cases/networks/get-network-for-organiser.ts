import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findOrganisedNetwork } from "./network-access.ts";
import type {
  CampaignRecord,
  NetworkPerson,
  NetworkRecord,
  OrganiserInvitationRecord,
} from "./network-ports.ts";

export interface OrganisedNetwork {
  network: NetworkRecord;
  organisers: (NetworkPerson & { email: string })[];
  pendingInvitations: OrganiserInvitationRecord[];
  campaigns: (CampaignRecord & { confirmed: number })[];
}

/** The organiser's page of a network; anyone who does not organise it: not_found. */
export async function getNetworkForOrganiser(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { slug: string },
): Promise<Result<OrganisedNetwork>> {
  const repositories = deps.uow.read;
  const network = await findOrganisedNetwork(repositories, actor, input.slug);
  if (!network) return fail({ code: "not_found" });
  const [organisers, pendingInvitations, campaigns] = await Promise.all([
    repositories.networks.listOrganisers(network.id),
    repositories.networks.listPendingInvitations(network.id),
    repositories.networks.listCampaigns(network.id),
  ]);
  return ok({ network, organisers, pendingInvitations, campaigns });
}
