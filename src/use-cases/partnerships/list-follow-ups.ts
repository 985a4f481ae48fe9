/**
 * The facilitator's follow-up list of a round: open follow-ups, problems first, each with
 * its history (check-in answers with dates and notes, meetings held, the nudge, why it is
 * listed). Another programme's round answers not_found.
 */
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import type { FollowUpItem } from "./check-in-ports.ts";

export async function listFollowUps(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { roundId: string; page: { offset: number; limit: number } },
): Promise<
  Result<{
    round: RoundRecord;
    programme: ProgrammeRecord;
    followUps: Page<FollowUpItem>;
    /** People freed by a dissolved partnership who have no new partner yet. */
    waiting: number;
  }>
> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, input.roundId);
  if (!found) return fail({ code: "not_found" });
  const followUps = await repositories.checkIns.listOpenFollowUps(found.round.id, input.page);
  const waiting = await repositories.checkIns.countWaitingForPartner(found.round.id);
  return ok({ ...found, followUps, waiting });
}
