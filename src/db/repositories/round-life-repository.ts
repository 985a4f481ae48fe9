/**
 * The facilitator's day, a round's dashboard and the end of a round, read from the tables the
 * other parts of a round's life write (follow-ups, confirmations, meetings, check-ins, group
 * sessions, the outbox). Each list gets its page and its total in one statement
 * (`count(*) over ()`) and its items' members, so the day's five sections cost five statements.
 */
import { and, asc, eq, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { RoundStatus } from "../../domain/rounds/round-status.ts";
import type {
  EndedMember,
  FacilitatorScope,
  FollowUpItem,
  OverdueAgreementItem,
  Paging,
  RoundLifeRepository,
  TroubledEmailItem,
  UpcomingSessionItem,
} from "../../use-cases/rounds/round-life-ports.ts";
import type { Page } from "../../use-cases/page.ts";
import type { Executor } from "../database.ts";
import { rowsOf, toDate } from "../raw-rows.ts";
import { application, partnership, partnershipMember, round } from "../schema/index.ts";

/** Restricts `round r` to the rounds the scope may see. */
function inScope(scope: FacilitatorScope): SQL {
  return scope.all
    ? sql`true`
    : sql`r.programme_id in (${sql.join(
        scope.programmeIds.map((id) => sql`${id}`),
        sql`, `,
      )})`;
}

function pageOf<T>(rows: (T & { total: number })[]): Page<T> {
  return {
    items: rows.map(({ total: _t, ...item }) => item as T),
    total: rows[0]?.total ?? 0,
  };
}

/** A list past its last page still needs its total (the window count has no row to ride on). */
async function withTotal<T>(
  rows: (T & { total: number })[],
  page: Paging,
  count: () => Promise<number>,
): Promise<Page<T>> {
  if (rows.length > 0 || page.offset === 0) return pageOf(rows);
  return { items: [], total: await count() };
}

/**
 * The current members of the partnership `partnershipId` names, by name, with whether each
 * has confirmed the agreement: a JSON array computed in the statement that lists the page
 * (one statement per section instead of two), for the page's rows only.
 */
function currentMembersOf(partnershipId: SQL): SQL {
  return sql`(select coalesce(json_agg(json_build_object('name', a.name, 'confirmed',
              exists (select 1 from agreement_confirmation c
                      where c.partnership_id = m.partnership_id
                        and c.application_id = m.application_id))
            order by a.name), '[]')
     from partnership_member m join application a on a.id = m.application_id
     where m.partnership_id = ${partnershipId} and m.left_at is null)`;
}

export function createRoundLifeRepository(db: Executor): RoundLifeRepository {
  return {
    async listOpenFollowUps(scope, reason, page) {
      const where = sql`f.closed_at is null and f.reason = ${reason} and ${inScope(scope)}`;
      // Open follow-ups are few: each reaches its partnership by primary key, rather than the
      // planner hashing every partnership of every round (it flattens a plain lateral join
      // into that hash join; OFFSET 0 keeps the subquery a per-row lookup).
      const partnershipOf = sql`join lateral (
          select p.id, p.round_id from partnership p
          where p.id = f.partnership_id and p.status = 'active' offset 0) p on true`;
      // A problem is most urgent when new; a silent pair the longer it has waited.
      const order = (openedAt: SQL) =>
        reason === "problem" ? sql`${openedAt} desc` : sql`${openedAt} asc`;
      const rows = await rowsOf<{
        follow_up_id: string;
        partnership_id: string;
        round_id: string;
        round_name: string;
        opened_at: Date | string;
        members: { name: string }[];
        total: number;
      }>(
        db,
        sql`select l.*, ${currentMembersOf(sql`l.partnership_id`)} as members
            from (select f.id as follow_up_id, p.id as partnership_id, r.id as round_id,
                    r.name as round_name, f.opened_at, count(*) over ()::int as total
                  from follow_up f ${partnershipOf}
                  join round r on r.id = p.round_id
                  where ${where}
                  order by ${order(sql`f.opened_at`)}, f.id
                  limit ${page.limit} offset ${page.offset}) l
            order by ${order(sql`l.opened_at`)}, l.follow_up_id`,
      );
      const items = rows.map((row) => ({
        followUpId: row.follow_up_id,
        partnershipId: row.partnership_id,
        roundId: row.round_id,
        roundName: row.round_name,
        openedAt: toDate(row.opened_at),
        members: row.members.map((m) => m.name),
        total: row.total,
      }));
      return withTotal<FollowUpItem>(items, page, async () => {
        const [row] = await rowsOf<{ n: number }>(
          db,
          sql`select count(*)::int as n from follow_up f ${partnershipOf}
              join round r on r.id = p.round_id where ${where}`,
        );
        return row?.n ?? 0;
      });
    },

    async listOverdueAgreements(scope, createdAtOrBefore, page) {
      // Some current member has not confirmed: the partnership is not marked confirmed (the
      // repository writing confirmations marks it when the last current member confirms).
      const where = sql`p.status = 'active' and p.agreement_confirmed_at is null
        and p.created_at <= ${createdAtOrBefore} and ${inScope(scope)}`;
      const rows = await rowsOf<{
        partnership_id: string;
        round_id: string;
        round_name: string;
        created_at: Date | string;
        members: { name: string; confirmed: boolean }[];
        total: number;
      }>(
        db,
        sql`select l.*, ${currentMembersOf(sql`l.partnership_id`)} as members
            from (select p.id as partnership_id, r.id as round_id, r.name as round_name,
                    p.created_at, count(*) over ()::int as total
                  from partnership p join round r on r.id = p.round_id
                  where ${where}
                  order by p.created_at, p.id
                  limit ${page.limit} offset ${page.offset}) l
            order by l.created_at, l.partnership_id`,
      );
      const items = rows.map((row) => ({
        partnershipId: row.partnership_id,
        roundId: row.round_id,
        roundName: row.round_name,
        createdAt: toDate(row.created_at),
        members: row.members,
        total: row.total,
      }));
      return withTotal<OverdueAgreementItem>(items, page, async () => {
        const [row] = await rowsOf<{ n: number }>(
          db,
          sql`select count(*)::int as n from partnership p join round r on r.id = p.round_id
              where ${where}`,
        );
        return row?.n ?? 0;
      });
    },

    async listUpcomingSessions(scope, window, page) {
      const where = sql`s.status = 'scheduled' and s.starts_at >= ${window.from}
        and s.starts_at < ${window.to} and ${inScope(scope)}`;
      const rows = await rowsOf<{
        session_id: string;
        round_id: string;
        round_name: string;
        title: string;
        starts_at: Date | string;
        duration_minutes: number;
        attending: number;
        total: number;
      }>(
        db,
        sql`select s.id as session_id, r.id as round_id, r.name as round_name, s.title,
              s.starts_at, s.duration_minutes,
              (select count(*) from session_rsvp v
               where v.session_id = s.id and v.answer = 'yes')::int as attending,
              count(*) over ()::int as total
            from group_session s join round r on r.id = s.round_id
            where ${where}
            order by s.starts_at, s.id
            limit ${page.limit} offset ${page.offset}`,
      );
      const items = rows.map((row) => ({
        sessionId: row.session_id,
        roundId: row.round_id,
        roundName: row.round_name,
        title: row.title,
        startsAt: toDate(row.starts_at),
        durationMinutes: row.duration_minutes,
        attending: row.attending,
        total: row.total,
      }));
      return withTotal<UpcomingSessionItem>(items, page, async () => {
        const [row] = await rowsOf<{ n: number }>(
          db,
          sql`select count(*)::int as n from group_session s join round r on r.id = s.round_id
              where ${where}`,
        );
        return row?.n ?? 0;
      });
    },

    async listTroubledEmails(scope, page) {
      // The outbox keeps no round, so an email belongs to a round through its recipient: an
      // application in scope with that address AND named in the email's dedupe key (every
      // email about an application carries its id there). The address alone is not enough:
      // someone in two programmes would show this programme's facilitator the other's emails.
      const match = sql`select a.id, a.name, a.round_id from application a
        join round r on r.id = a.round_id
        where a.email = e.to_address and ${inScope(scope)}
          and strpos(e.dedupe_key, a.id) > 0
        order by a.created_at desc limit 1`;
      const rows = await rowsOf<{
        email_id: string;
        kind: string;
        subject: string;
        status: "failed" | "uncertain";
        created_at: Date | string;
        application_id: string;
        applicant_name: string;
        round_id: string;
        total: number;
      }>(
        db,
        sql`select e.id as email_id, e.kind, e.subject, e.status, e.created_at,
              a.id as application_id, a.name as applicant_name, a.round_id,
              count(*) over ()::int as total
            from email_outbox e
            join lateral (${match}) a on true
            where e.status in ('failed', 'uncertain')
            order by e.created_at desc, e.id
            limit ${page.limit} offset ${page.offset}`,
      );
      const items = rows.map((row) => ({
        emailId: row.email_id,
        roundId: row.round_id,
        applicationId: row.application_id,
        applicantName: row.applicant_name,
        kind: row.kind,
        subject: row.subject,
        status: row.status,
        createdAt: toDate(row.created_at),
        total: row.total,
      }));
      return withTotal<TroubledEmailItem>(items, page, async () => {
        const [row] = await rowsOf<{ n: number }>(
          db,
          sql`select count(*)::int as n from email_outbox e
              where e.status in ('failed', 'uncertain') and exists (${match})`,
        );
        return row?.n ?? 0;
      });
    },

    async findRoundFacts(roundId) {
      const [row] = await db
        .select({
          id: round.id,
          programmeId: round.programmeId,
          name: round.name,
          status: round.status,
          startsAt: round.startsAt,
          endsAt: round.endsAt,
          nudgeAfterDays: round.nudgeAfterDays,
        })
        .from(round)
        .where(eq(round.id, roundId));
      return row && { ...row, status: row.status as RoundStatus };
    },

    async countPartnerships(roundId, silentSinceAtLatest) {
      // silentSince of src/domain/partnerships/silence.ts at or before the given instant: the
      // round's start, the partnership's making, its last contact (kept on the partnership)
      // and its last closed follow-up (probed only for the pairs silent otherwise).
      const cutoff = silentSinceAtLatest;
      const silent = cutoff
        ? sql`p.status = 'active'
                and greatest(p.created_at, r.starts_at, p.last_contact_at) <= ${cutoff}
                and not exists (select 1 from follow_up f where f.partnership_id = p.id
                                and f.closed_at > ${cutoff})`
        : sql`false`;
      const [row] = await rowsOf<{
        active: number;
        silent: number;
        dissolved: number;
        ended: number;
      }>(
        db,
        sql`select
              count(*) filter (where p.status = 'active')::int as active,
              count(*) filter (where p.status = 'dissolved')::int as dissolved,
              count(*) filter (where p.status = 'ended')::int as ended,
              count(*) filter (where ${silent})::int as silent
            from partnership p join round r on r.id = p.round_id
            where p.round_id = ${roundId}`,
      );
      return row ?? { active: 0, silent: 0, dissolved: 0, ended: 0 };
    },

    async countMeetingsByDay(roundId, timeZone) {
      return rowsOf<{ day: string; count: number }>(
        db,
        // Grouped by the date, turned into text once per day rather than once per meeting.
        sql`select d.day::text as day, count(*)::int as count
            from (select (m.starts_at at time zone ${timeZone})::date as day
                  from meeting m join partnership p on p.id = m.partnership_id
                  where p.round_id = ${roundId} and m.status = 'held') d
            group by d.day order by d.day`,
      );
    },

    async countCheckInAnswers(roundId) {
      return rowsOf<{ sequence: number; answer: string | null; count: number }>(
        db,
        sql`select c.sequence, c.answer, count(*)::int as count
            from check_in c join partnership p on p.id = c.partnership_id
            where p.round_id = ${roundId}
            group by c.sequence, c.answer
            order by c.sequence, c.answer`,
      );
    },

    async countAgreements(roundId) {
      // A partnership is confirmed once every current member has (the repository writing
      // confirmations marks it); the members are counted in one pass over the current members
      // and their confirmations.
      const [row] = await rowsOf<{
        partnerships: number;
        confirmed_partnerships: number;
        members: number;
        confirmed_members: number;
      }>(
        db,
        sql`select pc.partnerships, pc.confirmed_partnerships, mc.members, mc.confirmed_members
            from (select count(*)::int as partnerships,
                    count(agreement_confirmed_at)::int as confirmed_partnerships
                  from partnership
                  where round_id = ${roundId} and status = 'active') pc,
                 (select count(*)::int as members,
                    count(c.application_id)::int as confirmed_members
                  from partnership p
                  join partnership_member m on m.partnership_id = p.id and m.left_at is null
                  left join agreement_confirmation c
                    on c.partnership_id = m.partnership_id
                   and c.application_id = m.application_id
                  where p.round_id = ${roundId} and p.status = 'active') mc`,
      );
      return {
        partnerships: row?.partnerships ?? 0,
        confirmedPartnerships: row?.confirmed_partnerships ?? 0,
        members: row?.members ?? 0,
        confirmedMembers: row?.confirmed_members ?? 0,
      };
    },

    async listRoundsDue(now) {
      return db
        .select({ id: round.id })
        .from(round)
        .where(
          or(
            and(eq(round.status, "matched"), lte(round.startsAt, now)),
            and(eq(round.status, "active"), lte(round.endsAt, now)),
          ),
        )
        .orderBy(asc(round.endsAt), asc(round.id));
    },

    async endActivePartnerships(roundId, now) {
      const members: EndedMember[] = await db
        .select({
          partnershipId: partnershipMember.partnershipId,
          applicationId: application.id,
          name: application.name,
          email: application.email,
          locale: application.locale,
        })
        .from(partnership)
        .innerJoin(partnershipMember, eq(partnershipMember.partnershipId, partnership.id))
        .innerJoin(application, eq(application.id, partnershipMember.applicationId))
        .where(
          and(
            eq(partnership.roundId, roundId),
            eq(partnership.status, "active"),
            isNull(partnershipMember.leftAt),
          ),
        )
        .orderBy(asc(partnershipMember.partnershipId), asc(application.id));
      await db
        .update(partnership)
        .set({ status: "ended", closedAt: now })
        .where(and(eq(partnership.roundId, roundId), eq(partnership.status, "active")));
      return members;
    },
  };
}
