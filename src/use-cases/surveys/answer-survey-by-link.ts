/**
 * Saves the answers posted from the page a survey link opens (a POST, never the link
 * itself). not_found: the link was changed; closed: it expired; conflict "surveyClosed": the
 * survey no longer takes answers.
 */
import type { RawSurveyAnswers } from "../../domain/surveys/survey-answers.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, type Result } from "../result.ts";
import { readSurveyToken } from "./survey-links.ts";
import { submitSurveyResponse } from "./submit-survey-response.ts";

export async function answerSurveyByLink(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids" | "links">,
  token: string,
  answers: RawSurveyAnswers,
  locale?: string,
): Promise<Result<{ created: boolean }>> {
  const claims = readSurveyToken(deps, token);
  if ("error" in claims)
    return fail(claims.error === "expired" ? { code: "closed" } : { code: "not_found" });
  return submitSurveyResponse(deps, { ...claims, answers, ...(locale ? { locale } : {}) });
}
