/**
 * Who may manage an opportunity (the organisers of its network, the facilitators of its
 * programme, administrators: events' and news' canPublishFor) and who a viewer is to a
 * nomination (nomination-visibility.ts decides what they see).
 */
import type { NominationViewer } from "../../domain/opportunities/nomination-visibility.ts";
import { canPublishFor, type Publisher } from "../authorise.ts";
import type { ReadRepositories } from "../ports.ts";
import type { Actor } from "../result.ts";
import type { OpportunityPublisher, OpportunityRecord } from "./opportunity-ports.ts";

/** Which network or programme a new opportunity is for, as the address names it. */
export type PublisherRef = { network: string } | { programme: string };

export function publisherOf(
  owner: Pick<OpportunityRecord, "networkId" | "programmeId"> | OpportunityPublisher,
): Publisher {
  if ("networkId" in owner)
    return owner.networkId ? { networkId: owner.networkId } : { programmeId: owner.programmeId! };
  return owner.kind === "network" ? { networkId: owner.id } : { programmeId: owner.id };
}

export function canManageOpportunity(
  repositories: ReadRepositories,
  actor: Actor | null,
  opportunity: Pick<OpportunityRecord, "networkId" | "programmeId">,
): Promise<boolean> {
  return canPublishFor(repositories, actor, publisherOf(opportunity));
}

/** The publisher `ref` names, when the actor may post for it; nothing otherwise. */
export async function findPublisherForActor(
  repositories: ReadRepositories,
  actor: Actor | null,
  ref: PublisherRef,
): Promise<OpportunityPublisher | undefined> {
  const publisher =
    "network" in ref
      ? await repositories.opportunities.findPublisherBySlug("network", ref.network)
      : await repositories.opportunities.findPublisherBySlug("programme", ref.programme);
  if (!publisher) return undefined;
  return (await canPublishFor(repositories, actor, publisherOf(publisher))) ? publisher : undefined;
}

/** The actor as a nomination sees them: their proved address, and whether they organise it. */
export async function nominationViewerOf(
  repositories: ReadRepositories,
  actor: Actor,
  opportunity: Pick<OpportunityRecord, "networkId" | "programmeId">,
): Promise<NominationViewer> {
  const [account, organises] = await Promise.all([
    repositories.users.findById(actor.userId),
    canManageOpportunity(repositories, actor, opportunity),
  ]);
  return {
    userId: actor.userId,
    verifiedEmail: account?.emailVerified ? account.email.toLowerCase() : null,
    organises,
  };
}
