/**
 * A facilitator sets a survey's dates: when it is sent (until it was), the one reminder (or
 * none), and when it closes. Closing later keeps it open longer; links already sent keep
 * working until SURVEY_LINK_GRACE_DAYS after the closing date they were signed with, and the
 * reminder carries a fresh link.
 */
import { parseSurveyDates, type SurveyDatesFormValues } from "../../domain/surveys/survey-dates.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedSurvey, wasSent } from "./find-facilitated-survey.ts";

export async function updateSurveyDates(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { roundId: string; surveyId: string; values: SurveyDatesFormValues },
): Promise<Result<{ surveyId: string }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await findFacilitatedSurvey(repositories, actor, input);
    if (!found) return fail({ code: "not_found" });
    const survey = await repositories.surveys.lockSurvey(found.survey.id);
    if (!survey) return fail({ code: "not_found" });
    const now = deps.clock.now();
    const invited = (await repositories.surveys.countsFor([survey.id])).get(survey.id)!.invited;
    const parsed = parseSurveyDates(input.values, {
      sent: wasSent(survey, invited, now),
      current: survey,
      now,
    });
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    // updatedAt differs from createdAt from now on: the dates no longer follow the round's.
    const updatedAt =
      now.getTime() === survey.createdAt.getTime() ? new Date(now.getTime() + 1) : now;
    await repositories.surveys.updateDates(survey.id, { ...parsed.value, updatedAt });
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "survey.dates_changed",
      subjectType: "survey",
      subjectId: survey.id,
      data: {
        sendAt: parsed.value.sendAt.toISOString(),
        remindAt: parsed.value.remindAt?.toISOString() ?? null,
        closesAt: parsed.value.closesAt.toISOString(),
      },
      createdAt: now,
    });
    return ok({ surveyId: survey.id });
  });
}
