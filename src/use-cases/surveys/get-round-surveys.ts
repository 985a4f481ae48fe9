/**
 * A round's surveys for its facilitators: each with its dates, whether it is scheduled, open
 * or closed, how many questions it asks, and how many people it was sent to, reminded and
 * answered. The first visit gives the round its two default surveys (ensureSurveysOf).
 */
import { surveyState, type SurveyState } from "../../domain/surveys/survey-dates.ts";
import { canFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { ensureSurveysOf } from "./ensure-round-surveys.ts";
import type { SurveyCounts, SurveyRecord } from "./survey-ports.ts";

export interface RoundSurveySummary extends SurveyRecord {
  state: SurveyState;
  questionCount: number;
  counts: SurveyCounts;
}

export async function getRoundSurveys(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  roundId: string,
): Promise<
  Result<{ round: RoundRecord; programme: ProgrammeRecord; surveys: RoundSurveySummary[] }>
> {
  const now = deps.clock.now();
  return deps.uow.transaction(async (repositories) => {
    const round = await repositories.rounds.findById(roundId);
    if (!round || !(await canFacilitate(repositories, actor, round.programmeId)))
      return fail({ code: "not_found" });
    const programme = await repositories.programmes.findById(round.programmeId);
    if (!programme) return fail({ code: "not_found" });
    const surveys = await ensureSurveysOf(repositories, deps, round, now);
    const counts = await repositories.surveys.countsFor(surveys.map((s) => s.id));
    const summaries: RoundSurveySummary[] = [];
    for (const survey of surveys)
      summaries.push({
        ...survey,
        state: surveyState(survey, now),
        questionCount: (await repositories.surveys.listQuestions(survey.id)).length,
        counts: counts.get(survey.id)!,
      });
    return ok({ round, programme, surveys: summaries });
  });
}
