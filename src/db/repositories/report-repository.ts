/**
 * The round report's aggregates (issue 13): every figure is counted by the database, grouped by
 * round where the programme's rounds are compared, so a round of 10,000 participants costs a
 * few grouped scans, never a row per person in JavaScript.
 */
import { and, desc, eq, lt, ne, sql, type SQL } from "drizzle-orm";
import type { ApplicationProfileCounts } from "../../domain/reports/report-facts.ts";
import type { ReportRepository } from "../../use-cases/reports/report-ports.ts";
import type { Executor } from "../database.ts";
import { round, roundPublicSummary } from "../schema/index.ts";

/** Rows of a raw statement: both drivers (pg and PGlite) answer with `{ rows }`. */
async function rowsOf<T>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

function idList(ids: readonly string[]): SQL {
  return sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
}

const reportRoundColumns = {
  id: round.id,
  programmeId: round.programmeId,
  name: round.name,
  slug: round.slug,
  mode: round.mode,
  status: round.status,
  applicationsOpenAt: round.applicationsOpenAt,
  applicationsCloseAt: round.applicationsCloseAt,
  startsAt: round.startsAt,
  endsAt: round.endsAt,
  nudgeAfterDays: round.nudgeAfterDays,
  followUpAfterDays: round.followUpAfterDays,
  checkInEveryDays: round.checkInEveryDays,
};

export function createReportRepository(db: Executor): ReportRepository {
  return {
    async findReportRound(roundId) {
      const [row] = await db.select(reportRoundColumns).from(round).where(eq(round.id, roundId));
      return row;
    },

    async listEarlierRounds(programmeId, startsBefore, limit) {
      return db
        .select(reportRoundColumns)
        .from(round)
        .where(
          and(
            eq(round.programmeId, programmeId),
            lt(round.startsAt, startsBefore),
            ne(round.status, "draft"),
          ),
        )
        .orderBy(desc(round.startsAt), desc(round.id))
        .limit(limit);
    },

    async countRoundsFacts(roundIds) {
      if (roundIds.length === 0)
        return {
          applications: [],
          participants: [],
          links: [],
          partnerships: [],
          followUps: [],
          meetings: [],
        };
      const ids = idList(roundIds);
      const applications = await rowsOf<{ roundId: string; status: string; count: number }>(
        db,
        sql`select a.round_id as "roundId", a.status, count(*)::int as count
            from application a where a.round_id in (${ids})
            group by a.round_id, a.status`,
      );
      // A person re-matched within the round is a member of two partnerships: counted once
      // (a semi-join on the round's members, cheaper than a count of distinct members).
      const participants = await rowsOf<{ roundId: string; country: string; participants: number }>(
        db,
        sql`select a.round_id as "roundId", upper(a.country) as country,
              count(*)::int as participants
            from application a
            where a.round_id in (${ids}) and a.id in (
              select m.application_id from partnership_member m
              join partnership p on p.id = m.partnership_id
              where p.round_id in (${ids}))
            group by 1, 2`,
      );
      // The scored pairs inside partnerships (the same the matching page scores), by the two
      // people's countries, smaller code first. The planner takes jsonb_array_elements for
      // 100 rows a partnership; from two rounds on it then probed the application index once
      // per pair (700 ms on PGlite). The fenced subqueries (offset 0) make it hash the rounds'
      // applications once instead.
      const links = await rowsOf<{
        roundId: string;
        countryA: string;
        countryB: string;
        links: number;
        scoreSum: number;
        lowestScore: number;
        crossSector: number;
      }>(
        db,
        sql`select l.round_id as "roundId",
              least(a1.country, a2.country) as "countryA",
              greatest(a1.country, a2.country) as "countryB",
              count(*)::int as links,
              sum(l.score)::int as "scoreSum",
              min(l.score)::int as "lowestScore",
              count(*) filter (where a1.sector <> a2.sector)::int as "crossSector"
            from (select p.round_id, (x.link ->> 'score')::int as score,
                    x.link -> 'ids' ->> 0 as a, x.link -> 'ids' ->> 1 as b
                  from partnership p cross join lateral jsonb_array_elements(p.links) as x(link)
                  where p.round_id in (${ids}) offset 0) l
            join (select id, upper(country) as country, sector from application
                  where round_id in (${ids}) offset 0) a1 on a1.id = l.a
            join (select id, upper(country) as country, sector from application
                  where round_id in (${ids}) offset 0) a2 on a2.id = l.b
            group by 1, 2, 3`,
      );
      const partnerships = await rowsOf<{
        roundId: string;
        kind: string;
        status: string;
        rematched: boolean;
        count: number;
        nudged: number;
      }>(
        db,
        sql`select p.round_id as "roundId", p.kind, p.status,
              (p.run_id is null) as rematched, count(*)::int as count,
              count(p.nudged_at)::int as nudged
            from partnership p where p.round_id in (${ids})
            group by 1, 2, 3, 4`,
      );
      const followUps = await rowsOf<{ roundId: string; reason: string; partnerships: number }>(
        db,
        sql`select p.round_id as "roundId", f.reason,
              count(distinct f.partnership_id)::int as partnerships
            from follow_up f join partnership p on p.id = f.partnership_id
            where p.round_id in (${ids})
            group by 1, 2`,
      );
      const meetings = await rowsOf<{ roundId: string; held: number }>(
        db,
        sql`select p.round_id as "roundId", count(*)::int as held
            from meeting m join partnership p on p.id = m.partnership_id
            where p.round_id in (${ids}) and m.status = 'held'
            group by 1`,
      );
      return {
        applications,
        participants,
        links,
        partnerships,
        followUps,
        meetings,
      };
    },

    async countSurveyFigures(roundIds) {
      if (roundIds.length === 0) return [];
      const ids = idList(roundIds);
      // The end-of-round survey: who it was sent to, who answered, and its "satisfaction" (1–5).
      const surveys = await rowsOf<{
        roundId: string;
        invited: number;
        responded: number;
        satisfactionAnswers: number;
        satisfactionMean: number | string | null;
      }>(
        db,
        sql`select s.round_id as "roundId",
              (select count(*) from survey_invitation i where i.survey_id = s.id)::int as invited,
              (select count(*) from survey_response r where r.survey_id = s.id)::int as responded,
              (select count(a.scale) from survey_answer a
               join survey_question q on q.id = a.question_id
               where q.survey_id = s.id and q.key = 'satisfaction')::int as "satisfactionAnswers",
              (select avg(a.scale)::float8 from survey_answer a
               join survey_question q on q.id = a.question_id
               where q.survey_id = s.id and q.key = 'satisfaction') as "satisfactionMean"
            from survey s where s.kind = 'end' and s.round_id in (${ids})`,
      );
      return surveys.map((s) => ({
        ...s,
        satisfactionMean: s.satisfactionMean === null ? null : Number(s.satisfactionMean),
      }));
    },

    async countApplicationProfiles(roundId, timeZone): Promise<ApplicationProfileCounts> {
      // One scan of the round's applications for all four groupings.
      const rows = await rowsOf<{ field: string; value: string; count: number }>(
        db,
        sql`select case when grouping(a.country) = 0 then 'country'
                        when grouping(a.sector) = 0 then 'sector'
                        when grouping(a.career_stage) = 0 then 'careerStage' else 'day' end as field,
              coalesce(a.country, a.sector, a.career_stage, a.day) as value,
              count(*)::int as count
            from (select upper(country) as country, sector, career_stage,
                    (created_at at time zone ${timeZone})::date::text as day
                  from application where round_id = ${roundId}) a
            group by grouping sets ((a.country), (a.sector), (a.career_stage), (a.day))`,
      );
      const of = (field: string) =>
        rows
          .filter((r) => r.field === field)
          .map(({ value, count }) => ({ value, count }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      return {
        country: of("country"),
        sector: of("sector"),
        careerStage: of("careerStage"),
        day: of("day").sort((a, b) => a.value.localeCompare(b.value)),
      };
    },

    async countCheckIns(roundId) {
      return rowsOf<{
        sequence: number;
        answer: string | null;
        goodMatch: string | null;
        count: number;
      }>(
        db,
        sql`select c.sequence, c.answer, c.good_match as "goodMatch", count(*)::int as count
            from check_in c join partnership p on p.id = c.partnership_id
            where p.round_id = ${roundId}
            group by 1, 2, 3`,
      );
    },

    async findPublicSummary(roundId) {
      const [row] = await db
        .select()
        .from(roundPublicSummary)
        .where(eq(roundPublicSummary.roundId, roundId));
      return row;
    },

    async insertPublicSummary(record) {
      const rows = await db
        .insert(roundPublicSummary)
        .values(record)
        .onConflictDoNothing()
        .returning({ roundId: roundPublicSummary.roundId });
      return rows.length > 0;
    },

    async deletePublicSummary(roundId) {
      const rows = await db
        .delete(roundPublicSummary)
        .where(eq(roundPublicSummary.roundId, roundId))
        .returning({ roundId: roundPublicSummary.roundId });
      return rows.length > 0;
    },
  };
}
