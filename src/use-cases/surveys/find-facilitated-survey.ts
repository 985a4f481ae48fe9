/**
 * A survey with its round and programme, when the actor may facilitate the programme and the
 * survey belongs to the round named in the address. Unknown and forbidden both give
 * undefined, so nobody learns which surveys exist (decision 0003).
 */
import { canFacilitate } from "../authorise.ts";
import type { ReadRepositories } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { Actor } from "../result.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import type { SurveyRecord } from "./survey-ports.ts";

export interface FacilitatedSurvey {
  survey: SurveyRecord;
  round: RoundRecord;
  programme: ProgrammeRecord;
}

export async function findFacilitatedSurvey(
  repositories: ReadRepositories,
  actor: Actor | null,
  ref: { roundId: string; surveyId: string },
): Promise<FacilitatedSurvey | undefined> {
  const survey = await repositories.surveys.findSurvey(ref.surveyId);
  if (!survey || survey.roundId !== ref.roundId) return undefined;
  const round = await repositories.rounds.findById(survey.roundId);
  if (!round || !(await canFacilitate(repositories, actor, round.programmeId))) return undefined;
  const programme = await repositories.programmes.findById(round.programmeId);
  return programme && { survey, round, programme };
}

/** Once sent, a survey's sending date is history: it went (or is going) to people. */
export function wasSent(survey: SurveyRecord, invited: number, now: Date): boolean {
  return invited > 0 || survey.sendAt.getTime() <= now.getTime();
}
