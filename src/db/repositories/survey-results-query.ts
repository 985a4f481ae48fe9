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

const key = (questionId: string, value: string) => `${questionId}\u0000${value}`;

/** `'a', 'b'` for an IN list. */
const idList = (ids: readonly string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/** Grouped counts of the answers to these questions (none asked: none counted). */
async function grouped(
  db: Executor,
  questionIds: readonly string[],
  query: (ids: SQL) => SQL,
): Promise<{ question_id: string; value: string | null; n: number }[]> {
  if (questionIds.length === 0) return [];
  return rowsOf(db, query(idList(questionIds)));
}

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

  // Each statement reads the answers of one type of question through the index on
  // question_id (no join), and the free texts come back as one JSON array per question: on
  // PGlite, returning thousands of rows costs more than counting them.
  const idsOf = (type: SurveyQuestionType) =>
    questions.filter((q) => q.type === type).map((q) => q.id);
  const scaleCounts = await grouped(
    db,
    idsOf("scale"),
    (ids) => sql`select a.question_id, a.scale::text as value, count(*)::int as n
      from survey_answer a where a.question_id in (${ids}) and a.scale is not null
      group by a.question_id, a.scale`,
  );
  const singleCounts = await grouped(
    db,
    idsOf("single"),
    (ids) => sql`select a.question_id, a.option_ids->>0 as value, count(*)::int as n
      from survey_answer a where a.question_id in (${ids})
        and jsonb_typeof(a.option_ids) = 'array' and jsonb_array_length(a.option_ids) > 0
      group by a.question_id, a.option_ids->>0`,
  );
  // A multiple choice counts each option chosen; the row with a null value counts answers.
  const multipleCounts = await grouped(
    db,
    idsOf("multiple"),
    (ids) => sql`select a.question_id, chosen.option_id as value, count(*)::int as n
      from survey_answer a, jsonb_array_elements_text(a.option_ids) as chosen(option_id)
      where a.question_id in (${ids}) and jsonb_typeof(a.option_ids) = 'array'
      group by a.question_id, chosen.option_id
      union all
      select a.question_id, null, count(*)::int
      from survey_answer a where a.question_id in (${ids})
        and jsonb_typeof(a.option_ids) = 'array' and jsonb_array_length(a.option_ids) > 0
      group by a.question_id`,
  );
  const textIds = idsOf("text");
  const texts =
    textIds.length === 0
      ? []
      : await rowsOf<{ question_id: string; answers: string[] | string }>(
          db,
          sql`select a.question_id, json_agg(a.text order by a.response_id) as answers
            from survey_answer a
            where a.question_id in (${idList(textIds)}) and coalesce(a.text, '') <> ''
            group by a.question_id`,
        );

  const countOf = new Map<string, number>();
  const answeredOf = new Map<string, number>();
  for (const r of [...scaleCounts, ...singleCounts]) {
    countOf.set(key(r.question_id, r.value!), r.n);
    answeredOf.set(r.question_id, (answeredOf.get(r.question_id) ?? 0) + r.n);
  }
  for (const r of multipleCounts)
    if (r.value === null) answeredOf.set(r.question_id, r.n);
    else countOf.set(key(r.question_id, r.value), r.n);
  const textsOf = new Map<string, string[]>();
  for (const r of texts) {
    // pg parses json; PGlite may hand it over as text.
    const answers = typeof r.answers === "string" ? (JSON.parse(r.answers) as string[]) : r.answers;
    textsOf.set(r.question_id, answers);
    answeredOf.set(r.question_id, answers.length);
  }
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
          const counts = [1, 2, 3, 4, 5].map(
            (point) => countOf.get(key(q.id, String(point))) ?? 0,
          ) as [number, number, number, number, number];
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
