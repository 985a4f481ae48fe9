/** The door's part for this feature (see ../use-cases.ts): a round's mid and end surveys. */
import type { Bind } from "../use-cases.ts";
import { answerSurveyByLink } from "./answer-survey-by-link.ts";
import { createRoundSurveys } from "./create-round-surveys.ts";
import { ensureRoundSurveys } from "./ensure-round-surveys.ts";
import { findSurveyByLink } from "./find-survey-by-link.ts";
import { getRoundSurveys } from "./get-round-surveys.ts";
import { getSurveyForEditing } from "./get-survey-for-editing.ts";
import { getSurveyQuestionForEditing } from "./get-survey-question-for-editing.ts";
import { moveSurveyQuestion } from "./move-survey-question.ts";
import { removeSurveyQuestion } from "./remove-survey-question.ts";
import { saveSurveyQuestion } from "./save-survey-question.ts";
import { sendDueSurveys } from "./send-due-surveys.ts";
import { submitSurveyResponse } from "./submit-survey-response.ts";
import { updateSurveyDates } from "./update-survey-dates.ts";

export const surveyUseCases = (bind: Bind) => ({
  // facilitators
  getRoundSurveys: bind(getRoundSurveys),
  createRoundSurveys: bind(createRoundSurveys),
  getSurveyForEditing: bind(getSurveyForEditing),
  getSurveyQuestionForEditing: bind(getSurveyQuestionForEditing),
  updateSurveyDates: bind(updateSurveyDates),
  saveSurveyQuestion: bind(saveSurveyQuestion),
  removeSurveyQuestion: bind(removeSurveyQuestion),
  moveSurveyQuestion: bind(moveSurveyQuestion),
  // participants, from the emailed link
  findSurveyByLink: bind(findSurveyByLink),
  answerSurveyByLink: bind(answerSurveyByLink),
  // the scheduled job, the demo loader and scripts (no actor: never reachable from a route)
  sendDueSurveys: bind(sendDueSurveys),
  ensureRoundSurveys: bind(ensureRoundSurveys),
  submitSurveyResponse: bind(submitSurveyResponse),
});
