/**
 * Surveys (issue 13): a round's mid and end surveys, their questions, who was sent them and
 * reminded (once each: the invitation's primary key and a conditional update), and the one
 * response per participant. The round report's counts are made here in SQL.
 */
import { and, asc, eq, inArray, isNull, lte, notExists, sql } from "drizzle-orm";
import type { SurveyKind } from "../../domain/surveys/survey-question.ts";
import type {
  SurveyCounts,
  SurveyQuestionRecord,
  SurveyRecord,
  SurveyRepository,
} from "../../use-cases/surveys/survey-ports.ts";
import type { Executor } from "../database.ts";
import {
  application,
  emailOptOut,
  partnership,
  partnershipMember,
  round,
  survey,
  surveyAnswer,
  surveyInvitation,
  surveyQuestion,
  surveyResponse,
} from "../schema/index.ts";
import { surveyResultsForRound } from "./survey-results-query.ts";

const toSurvey = (row: typeof survey.$inferSelect): SurveyRecord => ({
  ...row,
  kind: row.kind as SurveyKind,
});

const toQuestion = (row: typeof surveyQuestion.$inferSelect): SurveyQuestionRecord =>
  row as SurveyQuestionRecord;

const recipientColumns = {
  applicationId: application.id,
  name: application.name,
  email: application.email,
  locale: application.locale,
  timeZone: application.timeZone,
};

/** The members a round's survey goes to: current members of its active or ended partnerships. */
const isParticipant = and(
  inArray(partnership.status, ["active", "ended"]),
  isNull(partnershipMember.leftAt),
);

/** Rounds whose partnerships are published: matched, active or finished. */
const PUBLISHED_STATUSES = ["matched", "active", "finished"];

export function createSurveyRepository(db: Executor): SurveyRepository {
  return {
    async insertSurveys(surveys) {
      const inserted: SurveyRecord[] = [];
      for (const { survey: record, questions } of surveys) {
        const rows = await db
          .insert(survey)
          .values(record)
          .onConflictDoNothing({ target: [survey.roundId, survey.kind] })
          .returning();
        const [row] = rows;
        if (!row) continue;
        if (questions.length > 0) await db.insert(surveyQuestion).values(questions);
        inserted.push(toSurvey(row));
      }
      return inserted;
    },
    async findSurvey(id) {
      const [row] = await db.select().from(survey).where(eq(survey.id, id));
      return row && toSurvey(row);
    },
    async lockSurvey(id) {
      const [row] = await db.select().from(survey).where(eq(survey.id, id)).for("update");
      return row && toSurvey(row);
    },
    async listForRound(roundId) {
      const rows = await db
        .select()
        .from(survey)
        .where(eq(survey.roundId, roundId))
        // "end" sorts before "mid": mid first by date.
        .orderBy(asc(survey.sendAt), asc(survey.kind));
      return rows.map(toSurvey);
    },
    async updateDates(id, dates) {
      await db.update(survey).set(dates).where(eq(survey.id, id));
    },
    async listRoundsMissingSurveys() {
      return db
        .select({ id: round.id, startsAt: round.startsAt, endsAt: round.endsAt })
        .from(round)
        .where(
          and(
            inArray(round.status, PUBLISHED_STATUSES),
            sql`(select count(*) from ${survey} where ${survey.roundId} = ${round.id}) < 2`,
          ),
        )
        .orderBy(asc(round.id));
    },
    async findQuestion(id) {
      const [row] = await db.select().from(surveyQuestion).where(eq(surveyQuestion.id, id));
      return row && toQuestion(row);
    },
    async listQuestions(surveyId) {
      const rows = await db
        .select()
        .from(surveyQuestion)
        .where(eq(surveyQuestion.surveyId, surveyId))
        .orderBy(asc(surveyQuestion.position), asc(surveyQuestion.id));
      return rows.map(toQuestion);
    },
    async insertQuestion(question) {
      await db.insert(surveyQuestion).values(question);
    },
    async updateQuestion(question) {
      const { id, surveyId: _survey, ...rest } = question;
      await db.update(surveyQuestion).set(rest).where(eq(surveyQuestion.id, id));
    },
    async deleteQuestion(id) {
      await db.delete(surveyQuestion).where(eq(surveyQuestion.id, id));
    },
    async setPositions(surveyId, questionIds) {
      if (questionIds.length === 0) return;
      // One statement: positions from the order given, only for this survey's questions.
      await db.execute(sql`
        update ${surveyQuestion} set position = ordered.position
        from (select id, ordinality::int as position
              from unnest(array[${sql.join(
                questionIds.map((id) => sql`${id}`),
                sql`, `,
              )}]::text[]) with ordinality as id) as ordered
        where ${surveyQuestion.id} = ordered.id and ${surveyQuestion.surveyId} = ${surveyId}`);
    },
    async countAnswersByQuestion(surveyId) {
      const rows = await db
        .select({ questionId: surveyAnswer.questionId, n: sql<number>`count(*)::int` })
        .from(surveyAnswer)
        .innerJoin(surveyQuestion, eq(surveyQuestion.id, surveyAnswer.questionId))
        .where(eq(surveyQuestion.surveyId, surveyId))
        .groupBy(surveyAnswer.questionId);
      return new Map(rows.map((r) => [r.questionId, r.n]));
    },
    async listChosenOptionIds(questionId) {
      const result: unknown = await db.execute(sql`
        select distinct chosen from ${surveyAnswer},
          jsonb_array_elements_text(coalesce(${surveyAnswer.optionIds}, '[]'::jsonb)) as chosen
        where ${surveyAnswer.questionId} = ${questionId}`);
      return new Set((result as { rows: { chosen: string }[] }).rows.map((r) => r.chosen));
    },
    async listOpenSurveys(now) {
      const rows = await db
        .select({
          survey,
          programmeId: round.programmeId,
          roundName: round.name,
          roundStatus: round.status,
          roundEndsAt: round.endsAt,
        })
        .from(survey)
        .innerJoin(round, eq(round.id, survey.roundId))
        .where(
          and(
            inArray(round.status, PUBLISHED_STATUSES),
            sql`${survey.sendAt} <= ${now.toISOString()}::timestamptz`,
            sql`${survey.closesAt} > ${now.toISOString()}::timestamptz`,
          ),
        )
        .orderBy(asc(survey.sendAt), asc(survey.id));
      return rows.map((r) => ({
        ...toSurvey(r.survey),
        programmeId: r.programmeId,
        roundName: r.roundName,
        roundStatus: r.roundStatus,
        roundEndsAt: r.roundEndsAt,
      }));
    },
    async listInvitationsDue(surveyId, limit) {
      const [found] = await db
        .select({ roundId: survey.roundId })
        .from(survey)
        .where(eq(survey.id, surveyId));
      if (!found) return [];
      return db
        .select(recipientColumns)
        .from(partnership)
        .innerJoin(partnershipMember, eq(partnershipMember.partnershipId, partnership.id))
        .innerJoin(application, eq(application.id, partnershipMember.applicationId))
        .where(
          and(
            eq(partnership.roundId, found.roundId),
            isParticipant,
            notExists(
              db
                .select({ one: sql`1` })
                .from(surveyInvitation)
                .where(
                  and(
                    eq(surveyInvitation.surveyId, surveyId),
                    eq(surveyInvitation.applicationId, application.id),
                  ),
                ),
            ),
            // Someone who stopped survey emails is not invited (and not counted as invited);
            // if they start them again while the survey is open, the next run invites them.
            notExists(
              db
                .select({ one: sql`1` })
                .from(emailOptOut)
                .where(
                  and(
                    eq(emailOptOut.kind, "surveys"),
                    eq(emailOptOut.email, sql`lower(${application.email})`),
                  ),
                ),
            ),
          ),
        )
        .orderBy(asc(application.id))
        .limit(limit);
    },
    async insertInvitations(surveyId, applicationIds, at) {
      if (applicationIds.length === 0) return [];
      const rows = await db
        .insert(surveyInvitation)
        .values(
          [...applicationIds]
            .sort()
            .map((applicationId) => ({ surveyId, applicationId, sentAt: at })),
        )
        .onConflictDoNothing()
        .returning({ applicationId: surveyInvitation.applicationId });
      return rows.map((r) => r.applicationId);
    },
    async listReminderDue(surveyId, invitedBy, limit) {
      return db
        .select(recipientColumns)
        .from(surveyInvitation)
        .innerJoin(application, eq(application.id, surveyInvitation.applicationId))
        .where(
          and(
            eq(surveyInvitation.surveyId, surveyId),
            isNull(surveyInvitation.remindedAt),
            lte(surveyInvitation.sentAt, invitedBy),
            notExists(
              db
                .select({ one: sql`1` })
                .from(surveyResponse)
                .where(
                  and(
                    eq(surveyResponse.surveyId, surveyId),
                    eq(surveyResponse.applicationId, surveyInvitation.applicationId),
                  ),
                ),
            ),
          ),
        )
        .orderBy(asc(application.id))
        .limit(limit);
    },
    async markReminded(surveyId, applicationIds, at) {
      if (applicationIds.length === 0) return [];
      const rows = await db
        .update(surveyInvitation)
        .set({ remindedAt: at })
        .where(
          and(
            eq(surveyInvitation.surveyId, surveyId),
            inArray(surveyInvitation.applicationId, [...applicationIds]),
            isNull(surveyInvitation.remindedAt),
          ),
        )
        .returning({ applicationId: surveyInvitation.applicationId });
      return rows.map((r) => r.applicationId);
    },
    async findRecipient(surveyId, applicationId) {
      const [row] = await db
        .select(recipientColumns)
        .from(survey)
        .innerJoin(partnership, eq(partnership.roundId, survey.roundId))
        .innerJoin(partnershipMember, eq(partnershipMember.partnershipId, partnership.id))
        .innerJoin(application, eq(application.id, partnershipMember.applicationId))
        .where(
          // Anyone who was in a partnership of the round, even one dissolved since: what
          // they lived is feedback too.
          and(eq(survey.id, surveyId), eq(partnershipMember.applicationId, applicationId)),
        )
        .limit(1);
      return row;
    },
    async findResponse(surveyId, applicationId) {
      const [row] = await db
        .select()
        .from(surveyResponse)
        .where(
          and(
            eq(surveyResponse.surveyId, surveyId),
            eq(surveyResponse.applicationId, applicationId),
          ),
        );
      if (!row) return undefined;
      const answers = await db
        .select({
          questionId: surveyAnswer.questionId,
          scale: surveyAnswer.scale,
          optionIds: surveyAnswer.optionIds,
          text: surveyAnswer.text,
        })
        .from(surveyAnswer)
        .where(eq(surveyAnswer.responseId, row.id));
      return { ...row, answers };
    },
    async saveResponse(response) {
      // The unique key on (survey, application) makes a second submission, even at the same
      // moment, update the one response instead of adding another.
      const [saved] = await db
        .insert(surveyResponse)
        .values({
          id: response.id,
          surveyId: response.surveyId,
          applicationId: response.applicationId,
          submittedAt: response.submittedAt,
          updatedAt: response.updatedAt,
        })
        .onConflictDoUpdate({
          target: [surveyResponse.surveyId, surveyResponse.applicationId],
          set: { updatedAt: response.updatedAt },
        })
        .returning({ id: surveyResponse.id });
      const responseId = saved!.id;
      await db.delete(surveyAnswer).where(eq(surveyAnswer.responseId, responseId));
      if (response.answers.length > 0)
        await db.insert(surveyAnswer).values(response.answers.map((a) => ({ ...a, responseId })));
      return { created: responseId === response.id };
    },
    async countsFor(surveyIds) {
      const counts = new Map<string, SurveyCounts>(
        surveyIds.map((id) => [id, { invited: 0, reminded: 0, responded: 0 }]),
      );
      if (surveyIds.length === 0) return counts;
      const invited = await db
        .select({
          surveyId: surveyInvitation.surveyId,
          invited: sql<number>`count(*)::int`,
          reminded: sql<number>`count(${surveyInvitation.remindedAt})::int`,
        })
        .from(surveyInvitation)
        .where(inArray(surveyInvitation.surveyId, [...surveyIds]))
        .groupBy(surveyInvitation.surveyId);
      const responded = await db
        .select({ surveyId: surveyResponse.surveyId, responded: sql<number>`count(*)::int` })
        .from(surveyResponse)
        .where(inArray(surveyResponse.surveyId, [...surveyIds]))
        .groupBy(surveyResponse.surveyId);
      for (const row of invited)
        counts.set(row.surveyId, {
          ...counts.get(row.surveyId)!,
          invited: row.invited,
          reminded: row.reminded,
        });
      for (const row of responded)
        counts.set(row.surveyId, { ...counts.get(row.surveyId)!, responded: row.responded });
      return counts;
    },
    resultsForRound: (roundId, locale, fallbackLocale) =>
      surveyResultsForRound(db, roundId, locale, fallbackLocale),
  };
}
