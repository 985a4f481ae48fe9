/**
 * The viewer's part in a spotlight (decision 0018): its author, its colleague (named by
 * account, or invited at the address the viewer's account has verified), or anyone else.
 * Whether they see it follows from the part and the status alone.
 */
import {
  isSpotlightVisible,
  type SpotlightPart,
} from "../../domain/spotlights/spotlight-status.ts";
import type { ReadRepositories } from "../ports.ts";
import type { Actor } from "../result.ts";
import type { ShownSpotlight } from "./spotlight-ports.ts";

export async function partOf(
  repositories: Pick<ReadRepositories, "users">,
  actor: Actor | null,
  spotlight: Pick<ShownSpotlight, "authorId" | "subjectUserId" | "subjectEmail">,
): Promise<SpotlightPart> {
  if (!actor) return "other";
  if (actor.userId === spotlight.authorId) return "author";
  if (spotlight.subjectUserId)
    return actor.userId === spotlight.subjectUserId ? "subject" : "other";
  if (!spotlight.subjectEmail) return "other";
  const viewer = await repositories.users.findById(actor.userId);
  return viewer?.emailVerified && viewer.email.toLowerCase() === spotlight.subjectEmail
    ? "subject"
    : "other";
}

/** The spotlight and the viewer's part, or undefined when the viewer may not see it. */
export async function findVisibleSpotlight(
  repositories: Pick<ReadRepositories, "users" | "spotlights">,
  actor: Actor | null,
  id: string,
): Promise<{ spotlight: ShownSpotlight; part: SpotlightPart } | undefined> {
  const spotlight = await repositories.spotlights.findById(id);
  if (!spotlight) return undefined;
  const part = await partOf(repositories, actor, spotlight);
  return isSpotlightVisible(spotlight.status, part) ? { spotlight, part } : undefined;
}
