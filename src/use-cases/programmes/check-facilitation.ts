import { canFacilitate, mayFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/** What a facilitator's page is about: a programme, or one of its rounds. */
export type FacilitatedThing = { programmeId: string } | { roundId: string };

/**
 * May this actor facilitate the programme (or the round's programme)? The guard of every
 * facilitator page runs this before the page's own loader or action (src/web/shared/
 * facilitator-guard.server.ts). Unknown and someone else's answer the same not_found, so
 * nobody learns what exists (decision 0003).
 */
export async function checkFacilitation(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  thing: FacilitatedThing,
): Promise<Result<{ programmeId: string }>> {
  const repositories = deps.uow.read;
  if ("roundId" in thing) {
    const found = await repositories.rounds.findFacilitation(thing.roundId, actor?.userId ?? null);
    if (!found || !mayFacilitate(actor, found.facilitates)) return fail({ code: "not_found" });
    return ok({ programmeId: found.programmeId });
  }
  // Administrators may facilitate every programme, but only one that exists.
  const programme = await repositories.programmes.findById(thing.programmeId);
  if (!programme) return fail({ code: "not_found" });
  if (!(await canFacilitate(repositories, actor, programme.id))) return fail({ code: "not_found" });
  return ok({ programmeId: programme.id });
}
