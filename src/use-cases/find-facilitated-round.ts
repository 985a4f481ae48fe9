import { canFacilitate } from "./authorise.ts";
import type { ProgrammeRecord, Repositories, RoundRecord } from "./ports.ts";
import type { Actor } from "./result.ts";

/**
 * A round and its programme, when the actor may facilitate it. Unknown and forbidden both
 * give undefined, so nobody learns which rounds exist.
 */
export async function findFacilitatedRound(
  repositories: Repositories,
  actor: Actor | null,
  roundId: string,
): Promise<{ round: RoundRecord; programme: ProgrammeRecord } | undefined> {
  const round = await repositories.rounds.findById(roundId);
  if (!round || !(await canFacilitate(repositories, actor, round.programmeId))) return undefined;
  const programme = await repositories.programmes.findById(round.programmeId);
  return programme && { round, programme };
}
