/**
 * A survey link works without signing in: it names the survey and the participant, signed
 * (LinkSigner), and expires some weeks after the survey closes (SURVEY_LINK_GRACE_DAYS), so
 * that until then it opens a page that says the survey closed, and afterwards it is refused.
 */
import { surveyLinkExpiresAt } from "../../domain/surveys/survey-dates.ts";
import type { UseCaseDeps } from "../ports.ts";

const PURPOSE = "survey";

export function surveyUrl(
  deps: Pick<UseCaseDeps, "links" | "baseUrl">,
  survey: { id: string; closesAt: Date },
  applicationId: string,
): string {
  const token = deps.links.sign({
    purpose: PURPOSE,
    subject: `${survey.id}:${applicationId}`,
    expiresAt: surveyLinkExpiresAt(survey.closesAt),
  });
  return `${deps.baseUrl}/survey/${token}`;
}

/** The survey and participant a link names; `invalid` when it was changed, else `expired`. */
export function readSurveyToken(
  deps: Pick<UseCaseDeps, "links" | "clock">,
  token: string,
): { surveyId: string; applicationId: string } | { error: "invalid" | "expired" } {
  const claims = deps.links.verify(token, PURPOSE, deps.clock.now());
  if ("error" in claims) return claims;
  const [surveyId, applicationId, extra] = claims.subject.split(":");
  if (!surveyId || !applicationId || extra !== undefined) return { error: "invalid" };
  return { surveyId, applicationId };
}
