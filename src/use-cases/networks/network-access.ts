/**
 * Who may see and change a network. An approved network is public; a proposed or declined
 * one exists only for its proposer and administrators (anyone else: not_found, as for
 * programmes). Organising needs an approved network and canPublishFor.
 */
import { canPublishFor } from "../authorise.ts";
import type { ReadRepositories } from "../ports.ts";
import type { Actor } from "../result.ts";
import type { UserRecord } from "../accounts/account-ports.ts";
import type { NetworkRecord } from "./network-ports.ts";

export function maySeeNetwork(network: NetworkRecord, actor: Actor | null): boolean {
  if (network.status === "approved") return true;
  if (!actor) return false;
  return actor.role === "admin" || network.proposedBy === actor.userId;
}

export async function findVisibleNetwork(
  repositories: ReadRepositories,
  actor: Actor | null,
  slug: string,
): Promise<NetworkRecord | undefined> {
  const network = await repositories.networks.findBySlug(slug);
  return network && maySeeNetwork(network, actor) ? network : undefined;
}

/** The approved network this actor organises (or any, for an administrator). */
export async function findOrganisedNetwork(
  repositories: ReadRepositories,
  actor: Actor | null,
  slug: string,
): Promise<NetworkRecord | undefined> {
  const network = await repositories.networks.findBySlug(slug);
  if (!network || network.status !== "approved") return undefined;
  return (await canPublishFor(repositories, actor, { networkId: network.id }))
    ? network
    : undefined;
}

/** The actor's account when it has verified its address: joining and proposing need one. */
export async function findVerifiedUser(
  repositories: ReadRepositories,
  actor: Actor | null,
): Promise<UserRecord | undefined> {
  if (!actor) return undefined;
  const found = await repositories.users.findById(actor.userId);
  return found?.emailVerified ? found : undefined;
}
