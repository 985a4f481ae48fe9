import { findFacilitatedRound } from "./find-facilitated-round.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { QuestionRecord, RoundRecord, RoundTranslation } from "./round-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/** A round with its programme, questions and application counts, for its facilitators. */
export async function getRoundForFacilitator(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  roundId: string,
): Promise<
  Result<{
    round: RoundRecord;
    programme: ProgrammeRecord;
    questions: QuestionRecord[];
    /** The theme and rules in the programme's other languages. */
    translations: RoundTranslation[];
    statusCounts: { value: string; count: number }[];
  }>
> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, roundId);
  if (!found) return fail({ code: "not_found" });
  return ok({
    ...found,
    questions: await repositories.rounds.listQuestions(found.round.id),
    translations: await repositories.rounds.listTranslations(found.round.id),
    statusCounts: await repositories.applications.countBy(found.round.id, "status"),
  });
}
