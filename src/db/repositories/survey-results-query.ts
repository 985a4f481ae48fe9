/**
 * A round's survey results for the report, counted in SQL: a handful of statements whatever
 * the size of the round (grouped counts per question and scale point, per question and
 * option, per question answered; the free texts). A multiple choice counts each option
 * chosen, not each combination. Nothing here names who answered: free texts come in the
 * order of their response's random id, which says nothing of who wrote them or when.
 */
import { asc, inArray, sql, type SQL } from "drizzle-orm";
import type { SurveyQuestionType } from "../../domain/surveys/survey-question.ts";
import { textIn } from "../../domain/surveys/survey-question.ts";
import type {
  SurveyKind,
  SurveyQuestionResult,
  SurveyResults,
} from "../../domain/surveys/survey-results.ts";
import type { Executor } from "../database.ts";
import { survey, surveyInvitation, surveyQuestion, surveyResponse } from "../schema/index.ts";

async function rowsOf<T>(db: Executor, query: SQL): Promise<T[]> {
  // Both drivers (pg and PGlite) answer a raw statement with its rows.
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

const key = (...parts: (string | number)[]) => parts.join("\u0000");

export async function surveyResultsForRound(
  db: Executor,
  roundId: string,
  locale: string,
  fallbackLocale: string,
): Promise<SurveyResults[]> {
  const surveys = await db
    .select()
    .from(survey)
    .where(sql`${survey.roundId} = ${roundId}`)
    .orderBy(asc(survey.sendAt), asc(survey.kind));
  if (surveys.length === 0) return [];
  const surveyIds = surveys.map((s) => s.id);
  const inSurveys = sql`q.survey_id in (${sql.join(
    surveyIds.map((id) => sql`${id}`),
    sql`, `,
  )})`;

  // One statement after another: a transaction's connection runs one at a time anyway.
  const questions = await db
    .select()
    .from(surveyQuestion)
    .where(inArray(surveyQuestion.surveyId, surveyIds))
    .orderBy(asc(surveyQuestion.position), asc(surveyQuestion.id));
  const invited = await db
    .select({ surveyId: surveyInvitation.surveyId, n: sql<number>`count(*)::int` })
    .from(surveyInvitation)
    .where(inArray(surveyInvitation.surveyId, surveyIds))
    .groupBy(surveyInvitation.surveyId);
  const responded = await db
    .select({ surveyId: surveyResponse.surveyId, n: sql<number>`count(*)::int` })
    .from(surveyResponse)
    .where(inArray(surveyResponse.surveyId, surveyIds))
    .groupBy(surveyResponse.surveyId);
  const scaleCounts = await rowsOf<{ question_id: string; scale: number; n: number }>(
    db,
    sql`select a.question_id, a.scale, count(*)::int as n
        from survey_answer a join survey_question q on q.id = a.question_id
        where ${inSurveys} and q.type = 'scale' and a.scale is not null
        group by a.question_id, a.scale`,
  );
  const optionCounts = await rowsOf<{ question_id: string; option_id: string; n: number }>(
    db,
    sql`select a.question_id, chosen.option_id, count(*)::int as n
        from survey_answer a join survey_question q on q.id = a.question_id,
          jsonb_array_elements_text(a.option_ids) as chosen(option_id)
        where ${inSurveys} and q.type in ('single', 'multiple')
          and jsonb_typeof(a.option_ids) = 'array'
        group by a.question_id, chosen.option_id`,
  );
  const answered = await rowsOf<{ question_id: string; n: number }>(
    db,
    sql`select a.question_id, count(*)::int as n
        from survey_answer a join survey_question q on q.id = a.question_id
        where ${inSurveys} and (
          (q.type = 'scale' and a.scale is not null)
          or (q.type in ('single', 'multiple') and jsonb_typeof(a.option_ids) = 'array'
              and jsonb_array_length(a.option_ids) > 0)
          or (q.type = 'text' and coalesce(a.text, '') <> ''))
        group by a.question_id`,
  );
  const texts = await rowsOf<{ question_id: string; text: string }>(
    db,
    sql`select a.question_id, a.text
        from survey_answer a join survey_question q on q.id = a.question_id
        where ${inSurveys} and q.type = 'text' and coalesce(a.text, '') <> ''
        order by a.question_id, a.response_id`,
  );

  const countOf = new Map<string, number>();
  for (const r of scaleCounts) countOf.set(key(r.question_id, r.scale), r.n);
  for (const r of optionCounts) countOf.set(key(r.question_id, r.option_id), r.n);
  const answeredOf = new Map(answered.map((r) => [r.question_id, r.n]));
  const textsOf = new Map<string, string[]>();
  for (const r of texts)
    textsOf.set(r.question_id, [...(textsOf.get(r.question_id) ?? []), r.text]);
  const invitedOf = new Map(invited.map((r) => [r.surveyId, r.n]));
  const respondedOf = new Map(responded.map((r) => [r.surveyId, r.n]));

  return surveys.map((s) => ({
    surveyId: s.id,
    kind: s.kind as SurveyKind,
    closesAt: s.closesAt,
    invited: invitedOf.get(s.id) ?? 0,
    responded: respondedOf.get(s.id) ?? 0,
    questions: questions
      .filter((q) => q.surveyId === s.id)
      .map((q): SurveyQuestionResult => {
        const base = {
          questionId: q.id,
          key: q.key,
          prompt: textIn(q.prompts, locale, fallbackLocale),
          answered: answeredOf.get(q.id) ?? 0,
        };
        const type = q.type as SurveyQuestionType;
        if (type === "scale") {
          const counts = [1, 2, 3, 4, 5].map((point) => countOf.get(key(q.id, point)) ?? 0) as [
            number,
            number,
            number,
            number,
            number,
          ];
          const total = counts.reduce((sum, n) => sum + n, 0);
          const mean =
            total === 0 ? null : counts.reduce((sum, n, i) => sum + n * (i + 1), 0) / total;
          return { ...base, type, counts, mean };
        }
        if (type === "text") return { ...base, type, answers: textsOf.get(q.id) ?? [] };
        return {
          ...base,
          type,
          options: q.options.map((o) => ({
            optionId: o.id,
            label: textIn(o.labels, locale, fallbackLocale),
            count: countOf.get(key(q.id, o.id)) ?? 0,
          })),
        };
      }),
  }));
}
