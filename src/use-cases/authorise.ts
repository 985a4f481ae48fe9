import type { ReadRepositories } from "./ports.ts";
import type { Actor } from "./result.ts";

/** Administrators may act on every programme; facilitators on the programmes they facilitate. */
export async function canFacilitate(
  repositories: ReadRepositories,
  actor: Actor | null,
  programmeId: string,
): Promise<boolean> {
  if (!actor) return false;
  if (actor.role === "admin") return true;
  return repositories.programmes.isFacilitator(programmeId, actor.userId);
}

/**
 * canFacilitate's rule when the facilitator row was read with the round already
 * (rounds.findForFacilitator): the same answer, without another statement.
 */
export function mayFacilitate(actor: Actor | null, facilitatesProgramme: boolean): boolean {
  if (!actor) return false;
  return actor.role === "admin" || facilitatesProgramme;
}

/** Who may create programmes: administrators and anyone already facilitating one. */
export async function canCreateProgrammes(
  repositories: ReadRepositories,
  actor: Actor | null,
): Promise<boolean> {
  if (!actor) return false;
  if (actor.role === "admin") return true;
  return (await repositories.programmes.listFacilitatedBy(actor.userId)).length > 0;
}

/** Who publishes an event or a news post: a network or a programme. */
export type Publisher = { networkId: string } | { programmeId: string };

/**
 * May this actor publish for (and moderate) this network or programme: administrators,
 * the organisers of an approved network, the facilitators of a programme. Anything else
 * answers not_found, as for programmes.
 */
export async function canPublishFor(
  repositories: ReadRepositories,
  actor: Actor | null,
  publisher: Publisher,
): Promise<boolean> {
  if (!actor) return false;
  if (actor.role === "admin") return true;
  if ("networkId" in publisher)
    return repositories.networks.isOrganiser(publisher.networkId, actor.userId);
  return repositories.programmes.isFacilitator(publisher.programmeId, actor.userId);
}
