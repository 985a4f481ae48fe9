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

/** Who may create programmes: administrators and anyone already facilitating one. */
export async function canCreateProgrammes(
  repositories: ReadRepositories,
  actor: Actor | null,
): Promise<boolean> {
  if (!actor) return false;
  if (actor.role === "admin") return true;
  return (await repositories.programmes.listFacilitatedBy(actor.userId)).length > 0;
}
