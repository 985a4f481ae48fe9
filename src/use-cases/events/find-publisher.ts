import { canPublishFor, type Publisher } from "../authorise.ts";
import type { ReadRepositories } from "../ports.ts";
import type { Actor } from "../result.ts";
import type { EventRecord, PublisherSummary } from "./event-ports.ts";

/** Which network or programme a new event is for, as the address names it. */
export type PublisherRef = { network: string } | { programme: string };

/** The publisher of `ref` when the actor may publish for it; nothing otherwise (not_found). */
export async function findPublisherForActor(
  repositories: ReadRepositories,
  actor: Actor | null,
  ref: PublisherRef,
): Promise<PublisherSummary | undefined> {
  const publisher =
    "network" in ref
      ? await repositories.events.findPublisherBySlug("network", ref.network)
      : await repositories.events.findPublisherBySlug("programme", ref.programme);
  if (!publisher) return undefined;
  return (await canPublishFor(repositories, actor, publisherOf(publisher))) ? publisher : undefined;
}

export function publisherOf(
  owner: Pick<EventRecord, "networkId" | "programmeId"> | PublisherSummary,
): Publisher {
  if ("networkId" in owner)
    return owner.networkId ? { networkId: owner.networkId } : { programmeId: owner.programmeId! };
  return owner.kind === "network" ? { networkId: owner.id } : { programmeId: owner.id };
}

/** Whether the actor may manage this event (edit, cancel, see its registrations). */
export function canManageEvent(
  repositories: ReadRepositories,
  actor: Actor | null,
  event: Pick<EventRecord, "networkId" | "programmeId">,
): Promise<boolean> {
  return canPublishFor(repositories, actor, publisherOf(event));
}
