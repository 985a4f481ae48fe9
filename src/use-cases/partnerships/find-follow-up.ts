/** A partnership of a round the actor facilitates, with its open follow-up, for the actions on it. */
import type { ReadRepositories } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { Actor } from "../result.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import type { FollowUpRecord, PartnershipFacts } from "./check-in-ports.ts";

/** Undefined when unknown, of another round, or of a programme the actor does not facilitate. */
export async function findFacilitatedPartnership(
  repositories: ReadRepositories,
  actor: Actor | null,
  input: { roundId: string; partnershipId: string },
): Promise<
  | {
      round: RoundRecord;
      programme: ProgrammeRecord;
      partnership: PartnershipFacts;
      openFollowUp: FollowUpRecord | undefined;
    }
  | undefined
> {
  const found = await findFacilitatedRound(repositories, actor, input.roundId);
  if (!found) return undefined;
  const partnership = await repositories.checkIns.findPartnership(input.partnershipId);
  if (!partnership || partnership.roundId !== found.round.id) return undefined;
  const openFollowUp = await repositories.checkIns.findOpenFollowUp(partnership.id);
  return { ...found, partnership, openFollowUp };
}
