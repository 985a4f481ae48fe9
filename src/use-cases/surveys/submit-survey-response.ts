/**
 * Saves a participant's answers to a survey: the first time a new response, afterwards the
 * same response with its answers replaced (one per participant and survey, by the unique key
 * on both), until the survey closes. The answers are checked against the questions, each
 * error naming its question in the participant's language.
 *
 * The web page reaches this through answerSurveyByLink (the signed link names survey and
 * participant); the demo loader calls it directly with the ids.
 */
import { parseSurveyAnswers, type RawSurveyAnswers } from "../../domain/surveys/survey-answers.ts";
import { surveyState } from "../../domain/surveys/survey-dates.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";
import { loadSurveyFor } from "./find-survey-by-link.ts";

export async function submitSurveyResponse(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  input: {
    surveyId: string;
    applicationId: string;
    answers: RawSurveyAnswers;
    /** The language the page was read in (errors name the questions in it). */
    locale?: string;
  },
): Promise<Result<{ created: boolean }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await loadSurveyFor(repositories, input);
    if (!found) return fail({ code: "not_found" });
    const { survey, recipient, programme } = found;
    const now = deps.clock.now();
    if (surveyState(survey, now) === "closed")
      return fail({ code: "conflict", reason: "surveyClosed" });
    const questions = await repositories.surveys.listQuestions(survey.id);
    const parsed = parseSurveyAnswers(
      questions,
      input.answers,
      input.locale ?? recipient.locale,
      programme.defaultLanguage,
    );
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    // Who answered is kept (once per person; editable) but written to no audit entry: the
    // report is anonymous, and the log should not say who answered when.
    const saved = await repositories.surveys.saveResponse({
      id: deps.ids.newId(),
      surveyId: survey.id,
      applicationId: recipient.applicationId,
      submittedAt: now,
      updatedAt: now,
      answers: parsed.answers,
    });
    return ok(saved);
  });
}
