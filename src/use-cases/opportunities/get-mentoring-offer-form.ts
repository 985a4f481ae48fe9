import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { mayOfferMentoring } from "./get-nomination.ts";
import { openMentoringRounds, type OpenMentoringRound } from "./open-mentoring-rounds.ts";

/**
 * What the nominator needs to offer mentoring after an outcome: whom, for what, and the open
 * mentoring rounds they may point to instead. Only the nominator, only after an outcome, only
 * when the nominee has an account; anyone else gets not_found. `offerId` when an offer is
 * already made (one live offer per nomination).
 */
export async function getMentoringOfferForm(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { nominationId: string },
): Promise<
  Result<{
    nomination: { id: string; nomineeName: string; opportunityTitle: string };
    rounds: OpenMentoringRound[];
    offerId: string | null;
  }>
> {
  const read = deps.uow.read;
  const found = await read.opportunities.findNomination(input.nominationId);
  if (!actor || !found || !mayOfferMentoring(found, actor)) return fail({ code: "not_found" });
  const [rounds, offer] = await Promise.all([
    openMentoringRounds(read, deps.clock.now()),
    read.opportunities.findLiveOfferForNomination(found.id),
  ]);
  return ok({
    nomination: {
      id: found.id,
      nomineeName: found.nomineeName,
      opportunityTitle: found.opportunity.title,
    },
    rounds,
    offerId: offer?.id ?? null,
  });
}
