/**
 * At a round's end its thank-you email carries the end-of-round survey's link, when that
 * survey is open: for the participants thanked, the thank-you is the survey's invitation
 * (recorded as one, so surveys.send sends them no second email and the reminder follows).
 * Called by rounds.finish inside its transaction.
 */
import { surveyState } from "../../domain/surveys/survey-dates.ts";
import type { Repositories, UseCaseDeps } from "../ports.ts";
import { ensureSurveysOf } from "./ensure-round-surveys.ts";
import { surveyUrl } from "./survey-links.ts";

/** The survey link of each participant thanked, by application id (empty: no open survey). */
export async function inviteToEndSurvey(
  repositories: Repositories,
  deps: Pick<UseCaseDeps, "ids" | "links" | "baseUrl">,
  round: { id: string; startsAt: Date; endsAt: Date },
  applicationIds: readonly string[],
  now: Date,
): Promise<Map<string, string>> {
  const surveys = await ensureSurveysOf(repositories, deps, round, now);
  const end = surveys.find((s) => s.kind === "end");
  if (!end || surveyState(end, now) !== "open" || applicationIds.length === 0) return new Map();
  await repositories.surveys.insertInvitations(end.id, applicationIds, now);
  return new Map(applicationIds.map((id) => [id, surveyUrl(deps, end, id)]));
}
