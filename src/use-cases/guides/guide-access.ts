/**
 * Who may write in a guide before it is published: the round's facilitators (and
 * administrators), and its participants, found as the partnership page finds them (a
 * verified account whose address is that of a member application of a partnership in the
 * round, current or former). Everyone else gets not_found, as for a guide that does not exist.
 */
import { provedEmail } from "../accounts/proved-email.ts";
import { canFacilitate } from "../authorise.ts";
import type { ReadRepositories } from "../ports.ts";
import type { Actor } from "../result.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import type { GuideRecord } from "./guide-ports.ts";

export type WriterRole = "facilitator" | "participant";

export async function writerRole(
  repositories: ReadRepositories,
  actor: Actor | null,
  round: Pick<RoundRecord, "id" | "programmeId">,
): Promise<WriterRole | null> {
  if (!actor) return null;
  if (await canFacilitate(repositories, actor, round.programmeId)) return "facilitator";
  const email = await provedEmail(repositories, actor);
  if (email && (await repositories.guides.isRoundParticipant(round.id, email)))
    return "participant";
  return null;
}

export interface GuideAccess {
  guide: GuideRecord;
  round: RoundRecord;
  role: WriterRole;
}

/** The guide by its slug with the actor's role in it, or undefined (not_found). */
export async function findGuideAccess(
  repositories: ReadRepositories,
  actor: Actor | null,
  slug: string,
): Promise<GuideAccess | undefined> {
  const guide = await repositories.guides.findBySlug(slug);
  const round = guide && (await repositories.rounds.findById(guide.roundId));
  if (!guide || !round) return undefined;
  const role = await writerRole(repositories, actor, round);
  return role ? { guide, round, role } : undefined;
}

/** The credited name of the actor: the name on their account. */
export async function creditNameOf(
  repositories: Pick<ReadRepositories, "users">,
  actor: Actor,
): Promise<string> {
  return (await repositories.users.findById(actor.userId))?.name.trim() ?? "";
}
