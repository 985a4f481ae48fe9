import { localiseQuestion, type LocalisedQuestion } from "../../domain/rounds/round-texts.ts";
import { findApplicationByManageToken } from "./find-application-by-manage-token.ts";
import type { ApplicationRecord } from "./application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { fail, ok, type Result } from "../result.ts";

/**
 * The application behind a manage link, with what its page shows: round, programme, and the
 * questions in the reader's language (falling back to the programme's default).
 */
export async function findApplicationForApplicant(
  deps: Pick<UseCaseDeps, "uow" | "ids">,
  token: string,
  locale: string,
): Promise<
  Result<{
    application: ApplicationRecord;
    round: RoundRecord;
    programme: ProgrammeRecord;
    questions: LocalisedQuestion[];
  }>
> {
  const found = await findApplicationByManageToken(deps, token);
  if (!found.ok) return found;
  const { application, round } = found.value;
  const programme = await deps.uow.read.programmes.findById(round.programmeId);
  if (!programme) return fail({ code: "not_found" });
  const questions = await deps.uow.read.rounds.listQuestions(round.id);
  return ok({
    application,
    round,
    programme,
    questions: questions.map((q) => localiseQuestion(q, locale)),
  });
}
