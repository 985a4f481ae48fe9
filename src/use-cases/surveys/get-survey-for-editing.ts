/**
 * One survey for its facilitators to edit: dates, questions in order (each with how many
 * answered it, which decides whether it can still be removed or change type), and the
 * counts of people sent it, reminded and answered.
 */
import { surveyState, type SurveyState } from "../../domain/surveys/survey-dates.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import {
  findFacilitatedSurvey,
  wasSent,
  type FacilitatedSurvey,
} from "./find-facilitated-survey.ts";
import type { SurveyCounts, SurveyQuestionRecord } from "./survey-ports.ts";

export interface SurveyForEditing extends FacilitatedSurvey {
  state: SurveyState;
  /** Sent (or due): its sending date can no longer change. */
  sent: boolean;
  counts: SurveyCounts;
  questions: (SurveyQuestionRecord & { answered: number })[];
}

export async function getSurveyForEditing(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  ref: { roundId: string; surveyId: string },
): Promise<Result<SurveyForEditing>> {
  const read = deps.uow.read;
  const found = await findFacilitatedSurvey(read, actor, ref);
  if (!found) return fail({ code: "not_found" });
  const now = deps.clock.now();
  const counts = (await read.surveys.countsFor([found.survey.id])).get(found.survey.id)!;
  const answered = await read.surveys.countAnswersByQuestion(found.survey.id);
  const questions = await read.surveys.listQuestions(found.survey.id);
  return ok({
    ...found,
    state: surveyState(found.survey, now),
    sent: wasSent(found.survey, counts.invited, now),
    counts,
    questions: questions.map((q) => ({ ...q, answered: answered.get(q.id) ?? 0 })),
  });
}
