/**
 * Every round gets its two surveys, with the default questionnaire and default dates, the
 * first time they are needed: when a facilitator opens the round's survey page, when the
 * sending job sees the round published, or when the round finishes (its thank-you carries
 * the end survey's link). Inserting is idempotent (the unique key on round and kind), so two
 * of these at once leave one survey of each kind.
 *
 * Until a facilitator sets a survey's dates (its `updatedAt` still equals its `createdAt`)
 * and while it is not yet due, its dates follow the round's: a round whose dates change
 * before publishing moves its surveys with it.
 */
import { defaultQuestions } from "../../domain/surveys/default-questionnaire.ts";
import { defaultSurveyDates } from "../../domain/surveys/survey-dates.ts";
import { SURVEY_KINDS } from "../../domain/surveys/survey-question.ts";
import type { Repositories, UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";
import type { SurveyRecord } from "./survey-ports.ts";

export async function ensureSurveysOf(
  repositories: Repositories,
  deps: Pick<UseCaseDeps, "ids">,
  round: { id: string; startsAt: Date; endsAt: Date },
  now: Date,
): Promise<SurveyRecord[]> {
  const existing = await repositories.surveys.listForRound(round.id);
  const missing = SURVEY_KINDS.filter((kind) => !existing.some((s) => s.kind === kind));
  if (missing.length > 0)
    await repositories.surveys.insertSurveys(
      missing.map((kind) => {
        const id = deps.ids.newId();
        return {
          survey: {
            id,
            roundId: round.id,
            kind,
            ...defaultSurveyDates(kind, round),
            createdAt: now,
            updatedAt: now,
          },
          questions: defaultQuestions(kind, () => deps.ids.newId()).map((q, index) => ({
            ...q,
            surveyId: id,
            position: index + 1,
          })),
        };
      }),
    );
  for (const survey of existing) {
    const untouched = survey.updatedAt.getTime() === survey.createdAt.getTime();
    if (!untouched || survey.sendAt <= now) continue;
    const dates = defaultSurveyDates(survey.kind, round);
    if (
      dates.sendAt.getTime() !== survey.sendAt.getTime() ||
      dates.closesAt.getTime() !== survey.closesAt.getTime()
    )
      await repositories.surveys.updateDates(survey.id, { ...dates, updatedAt: survey.createdAt });
  }
  return repositories.surveys.listForRound(round.id);
}

/**
 * The use case for callers without a facilitator (the demo loader, a script): gives the
 * round its surveys if it has none. Returns them, mid first.
 */
export async function ensureRoundSurveys(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  roundId: string,
): Promise<Result<SurveyRecord[]>> {
  return deps.uow.transaction(async (repositories) => {
    const round = await repositories.rounds.findById(roundId);
    if (!round) return fail({ code: "not_found" });
    return ok(await ensureSurveysOf(repositories, deps, round, deps.clock.now()));
  });
}
