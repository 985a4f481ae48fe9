/**
 * One question of a survey for its facilitators to change: the question, how many answered
 * it (its kind of answer stays once someone did) and which of its options were chosen (those
 * stay: the editor offers no "remove" for them).
 */
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedSurvey, type FacilitatedSurvey } from "./find-facilitated-survey.ts";
import type { SurveyQuestionRecord } from "./survey-ports.ts";

export interface SurveyQuestionForEditing extends FacilitatedSurvey {
  question: SurveyQuestionRecord;
  answered: number;
  chosenOptionIds: string[];
}

export async function getSurveyQuestionForEditing(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  ref: { roundId: string; surveyId: string; questionId: string },
): Promise<Result<SurveyQuestionForEditing>> {
  const read = deps.uow.read;
  const found = await findFacilitatedSurvey(read, actor, ref);
  const question = found && (await read.surveys.findQuestion(ref.questionId));
  if (!found || !question || question.surveyId !== found.survey.id)
    return fail({ code: "not_found" });
  const answered = (await read.surveys.countAnswersByQuestion(found.survey.id)).get(question.id);
  const chosen = answered ? await read.surveys.listChosenOptionIds(question.id) : new Set();
  return ok({
    ...found,
    question,
    answered: answered ?? 0,
    chosenOptionIds: question.options.map((o) => o.id).filter((id) => chosen.has(id)),
  });
}
