import { mayThank } from "../../domain/spotlights/spotlight-status.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findVisibleSpotlight } from "./spotlight-access.ts";

/**
 * A signed-in member thanks a published spotlight's author and colleague, once: a second
 * thanks (even at the same moment) changes nothing. The two people it is about do not thank.
 */
export async function thankSpotlight(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { id: string },
): Promise<Result<{ newlyThanked: boolean }>> {
  if (!actor) return fail({ code: "not_found" });
  return deps.uow.transaction(async (repositories) => {
    const found = await findVisibleSpotlight(repositories, actor, input.id);
    if (!found) return fail({ code: "not_found" });
    if (!mayThank(found.spotlight.status, found.part))
      return fail({ code: "conflict", reason: "not_thankable" });
    const newlyThanked = await repositories.spotlights.insertThanks(
      found.spotlight.id,
      actor.userId,
      deps.clock.now(),
    );
    return ok({ newlyThanked });
  });
}
