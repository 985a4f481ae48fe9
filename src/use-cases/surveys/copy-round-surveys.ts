/**
 * Cloning a round copies its surveys' questions (a facilitator's edits carry into the next
 * round, keys and option ids included, so the report can compare the rounds), with dates that
 * follow the new round's. A source round without surveys gives none: the new round gets the
 * defaults when they are first needed.
 */
import { defaultSurveyDates } from "../../domain/surveys/survey-dates.ts";
import type { Repositories, UseCaseDeps } from "../ports.ts";

export async function copyRoundSurveys(
  repositories: Repositories,
  deps: Pick<UseCaseDeps, "ids">,
  sourceRoundId: string,
  target: { id: string; startsAt: Date; endsAt: Date },
  now: Date,
): Promise<number> {
  const sources = await repositories.surveys.listForRound(sourceRoundId);
  const copies = [];
  for (const source of sources) {
    const id = deps.ids.newId();
    const questions = await repositories.surveys.listQuestions(source.id);
    copies.push({
      survey: {
        id,
        roundId: target.id,
        kind: source.kind,
        ...defaultSurveyDates(source.kind, target),
        createdAt: now,
        updatedAt: now,
      },
      questions: questions.map((q, index) => ({
        ...q,
        id: deps.ids.newId(),
        surveyId: id,
        position: index + 1,
      })),
    });
  }
  return (await repositories.surveys.insertSurveys(copies)).length;
}
