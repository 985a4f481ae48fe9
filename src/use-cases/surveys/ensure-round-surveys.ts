/**
 * Every round gets its two surveys, with the default questionnaire and default dates, when a
 * write needs them (decision 0009): when its matching is published, when a facilitator asks
 * for them on the survey page (a POST), when a clone copies them, when the sending job finds
 * a published round without them (rounds published before surveys existed), and when the
 * round finishes (its thank-you carries the end survey's link). Never when a page is read.
 * Inserting is idempotent (the unique key on round and kind), so two of these at once leave
 * one survey of each kind.
 *
 * Until a facilitator sets a survey's dates (its `updatedAt` still equals its `createdAt`)
 * and while it is not yet due, its dates follow the round's: saving a round with new dates
 * moves its surveys with it (followRoundDates).
 */
import { defaultQuestions } from "../../domain/surveys/default-questionnaire.ts";
import { defaultSurveyDates } from "../../domain/surveys/survey-dates.ts";
import { SURVEY_KINDS } from "../../domain/surveys/survey-question.ts";
import type { Repositories, UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";
import type { SurveyRecord } from "./survey-ports.ts";

type RoundDates = { id: string; startsAt: Date; endsAt: Date };

/** Gives the round the survey kinds it lacks, and realigns the untouched ones; returns all. */
export async function ensureSurveysOf(
  repositories: Repositories,
  deps: Pick<UseCaseDeps, "ids">,
  round: RoundDates,
  now: Date,
): Promise<SurveyRecord[]> {
  const existing = await repositories.surveys.listForRound(round.id);
  await insertMissing(repositories, deps, round, existing, now);
  await realign(repositories, existing, round, now);
  return repositories.surveys.listForRound(round.id);
}

/**
 * Gives the round the survey kinds it lacks; returns the surveys this call inserted (none when
 * another transaction inserted them first).
 */
export async function createMissingSurveys(
  repositories: Repositories,
  deps: Pick<UseCaseDeps, "ids">,
  round: RoundDates,
  now: Date,
): Promise<SurveyRecord[]> {
  const existing = await repositories.surveys.listForRound(round.id);
  return insertMissing(repositories, deps, round, existing, now);
}

async function insertMissing(
  repositories: Repositories,
  deps: Pick<UseCaseDeps, "ids">,
  round: RoundDates,
  existing: readonly SurveyRecord[],
  now: Date,
): Promise<SurveyRecord[]> {
  const missing = SURVEY_KINDS.filter((kind) => !existing.some((s) => s.kind === kind));
  if (missing.length === 0) return [];
  return repositories.surveys.insertSurveys(
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
}

/**
 * A round's dates changed: its surveys whose dates nobody set and that are not yet due move
 * with them. A round without surveys gets none here.
 */
export async function followRoundDates(
  repositories: Repositories,
  round: RoundDates,
  now: Date,
): Promise<void> {
  await realign(repositories, await repositories.surveys.listForRound(round.id), round, now);
}

async function realign(
  repositories: Repositories,
  surveys: readonly SurveyRecord[],
  round: RoundDates,
  now: Date,
): Promise<void> {
  for (const survey of surveys) {
    const untouched = survey.updatedAt.getTime() === survey.createdAt.getTime();
    if (!untouched || survey.sendAt <= now) continue;
    const dates = defaultSurveyDates(survey.kind, round);
    if (
      dates.sendAt.getTime() !== survey.sendAt.getTime() ||
      dates.closesAt.getTime() !== survey.closesAt.getTime()
    )
      await repositories.surveys.updateDates(survey.id, { ...dates, updatedAt: survey.createdAt });
  }
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
