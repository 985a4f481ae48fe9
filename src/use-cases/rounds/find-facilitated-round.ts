import { mayFacilitate } from "../authorise.ts";
import type { ReadRepositories, UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { QuestionRecord, RoundRecord } from "./round-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/**
 * A round and its programme, when the actor may facilitate it. Unknown and forbidden both
 * give undefined, so nobody learns which rounds exist.
 */
export async function findFacilitatedRound(
  repositories: ReadRepositories,
  actor: Actor | null,
  roundId: string,
): Promise<{ round: RoundRecord; programme: ProgrammeRecord } | undefined> {
  const found = await repositories.rounds.findForFacilitator(roundId, actor?.userId ?? null);
  if (!found || !mayFacilitate(actor, found.facilitates)) return undefined;
  return { round: found.round, programme: found.programme };
}

/** A round with its programme and custom questions, for pages of its facilitators. */
export async function getFacilitatedRound(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  roundId: string,
): Promise<
  Result<{ round: RoundRecord; programme: ProgrammeRecord; questions: QuestionRecord[] }>
> {
  const found = await findFacilitatedRound(deps.uow.read, actor, roundId);
  if (!found) return fail({ code: "not_found" });
  return ok({ ...found, questions: await deps.uow.read.rounds.listQuestions(found.round.id) });
}
