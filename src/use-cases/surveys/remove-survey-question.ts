/**
 * A facilitator removes a question nobody has answered. A question with answers stays: the
 * answers are what the round's participants said, and the report shows them.
 */
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedSurvey } from "./find-facilitated-survey.ts";

export async function removeSurveyQuestion(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { roundId: string; surveyId: string; questionId: string },
): Promise<Result<{ removed: true }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await findFacilitatedSurvey(repositories, actor, input);
    if (!found) return fail({ code: "not_found" });
    const survey = await repositories.surveys.lockSurvey(found.survey.id);
    const question = await repositories.surveys.findQuestion(input.questionId);
    if (!survey || !question || question.surveyId !== survey.id) return fail({ code: "not_found" });
    const answered = (await repositories.surveys.countAnswersByQuestion(survey.id)).get(
      question.id,
    );
    if (answered) return fail({ code: "conflict", reason: "hasAnswers" });
    await repositories.surveys.deleteQuestion(question.id);
    const rest = (await repositories.surveys.listQuestions(survey.id)).map((q) => q.id);
    await repositories.surveys.setPositions(survey.id, rest);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "survey.question_removed",
      subjectType: "survey",
      subjectId: survey.id,
      data: { questionId: question.id, prompts: question.prompts },
      createdAt: deps.clock.now(),
    });
    return ok({ removed: true });
  });
}
