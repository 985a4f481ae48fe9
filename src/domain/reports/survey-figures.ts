/**
 * The end-of-round survey's figures the rounds are compared by, taken from a round's survey
 * results when the report has them already (the earlier rounds' are counted in SQL).
 */
import type { SurveyResults } from "../surveys/survey-results.ts";
import type { SurveyFigures } from "./report-facts.ts";

export function surveyFiguresOf(
  roundId: string,
  results: readonly SurveyResults[],
): SurveyFigures[] {
  const end = results.find((s) => s.kind === "end");
  if (!end) return [];
  const satisfaction = end.questions.find((q) => q.key === "satisfaction" && q.type === "scale");
  return [
    {
      roundId,
      invited: end.invited,
      responded: end.responded,
      satisfactionAnswers: satisfaction?.answered ?? 0,
      satisfactionMean: satisfaction?.type === "scale" ? satisfaction.mean : null,
    },
  ];
}
