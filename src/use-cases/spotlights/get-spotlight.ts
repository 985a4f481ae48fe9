import {
  answersOpenTo,
  mayThank,
  type SpotlightAnswer,
  type SpotlightPart,
} from "../../domain/spotlights/spotlight-status.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findVisibleSpotlight } from "./spotlight-access.ts";
import type { ShownSpotlight, SpotlightThanks } from "./spotlight-ports.ts";

/** How many of those who thanked the author and colleague see by name. */
export const THANKS_SHOWN = 50;

export interface SpotlightPage {
  spotlight: ShownSpotlight;
  part: SpotlightPart;
  /** What the colleague may answer now (none for anyone else). */
  answers: SpotlightAnswer[];
  /** The viewer may thank it (signed in, neither author nor colleague, published). */
  mayThank: boolean;
  thanked: boolean;
  /** Who thanked: for the author and the colleague only. */
  thanks: SpotlightThanks[] | null;
}

/**
 * A spotlight's page. Anyone the spotlight is not visible to (decision 0018) gets not_found,
 * exactly as for an id that does not exist.
 */
export async function getSpotlight(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { id: string },
): Promise<Result<SpotlightPage>> {
  const read = deps.uow.read;
  const found = await findVisibleSpotlight(read, actor, input.id);
  if (!found) return fail({ code: "not_found" });
  const { spotlight, part } = found;
  const isPerson = part === "author" || part === "subject";
  const [thanked, thanks] = await Promise.all([
    actor && part === "other" ? read.spotlights.isThankedBy(spotlight.id, actor.userId) : false,
    isPerson ? read.spotlights.listThanks(spotlight.id, THANKS_SHOWN) : null,
  ]);
  return ok({
    spotlight,
    part,
    answers: part === "subject" ? answersOpenTo(spotlight.status) : [],
    mayThank: actor !== null && mayThank(spotlight.status, part),
    thanked,
    thanks,
  });
}
