import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { ApplicationRecord } from "./application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { QuestionRecord, RoundRecord } from "../rounds/round-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/** One application with its round's custom questions, for the round's facilitators. */
export async function findApplicant(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { roundId: string; applicationId: string },
): Promise<
  Result<{
    round: RoundRecord;
    programme: ProgrammeRecord;
    application: ApplicationRecord;
    questions: QuestionRecord[];
  }>
> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, input.roundId);
  if (!found) return fail({ code: "not_found" });
  const application = await repositories.applications.findById(input.applicationId);
  // An application of another round is "not found" here, even for an administrator.
  if (!application || application.roundId !== found.round.id) return fail({ code: "not_found" });
  return ok({
    ...found,
    application,
    questions: await repositories.rounds.listQuestions(found.round.id),
  });
}
