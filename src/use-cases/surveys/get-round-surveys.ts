/**
 * A round's surveys for its facilitators: each with its dates, whether it is scheduled, open
 * or closed, how many questions it asks, and how many people it was sent to, reminded and
 * answered. Reading writes nothing: a round whose matching is not published yet may have no
 * surveys (`missing` names the kinds it lacks; createRoundSurveys gives them).
 */
import { surveyState, type SurveyState } from "../../domain/surveys/survey-dates.ts";
import { SURVEY_KINDS, type SurveyKind } from "../../domain/surveys/survey-question.ts";
import { canFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import type { SurveyCounts, SurveyRecord } from "./survey-ports.ts";

export interface RoundSurveySummary extends SurveyRecord {
  state: SurveyState;
  questionCount: number;
  counts: SurveyCounts;
}

export async function getRoundSurveys(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  roundId: string,
): Promise<
  Result<{
    round: RoundRecord;
    programme: ProgrammeRecord;
    surveys: RoundSurveySummary[];
    missing: SurveyKind[];
  }>
> {
  const read = deps.uow.read;
  const now = deps.clock.now();
  const round = await read.rounds.findById(roundId);
  if (!round || !(await canFacilitate(read, actor, round.programmeId)))
    return fail({ code: "not_found" });
  const programme = await read.programmes.findById(round.programmeId);
  if (!programme) return fail({ code: "not_found" });
  const surveys = await read.surveys.listForRound(round.id);
  const counts = await read.surveys.countsFor(surveys.map((s) => s.id));
  const summaries: RoundSurveySummary[] = [];
  for (const survey of surveys)
    summaries.push({
      ...survey,
      state: surveyState(survey, now),
      questionCount: (await read.surveys.listQuestions(survey.id)).length,
      counts: counts.get(survey.id)!,
    });
  const missing = SURVEY_KINDS.filter((kind) => !surveys.some((s) => s.kind === kind));
  return ok({ round, programme, surveys: summaries, missing });
}
