import { and, asc, count, eq, gt, isNull, lte, sql } from "drizzle-orm";
import type { RsvpAnswer, SessionStatus } from "../../domain/sessions/group-session.ts";
import type {
  GroupSessionRecord,
  RoundMember,
  SessionRepository,
} from "../../use-cases/sessions/session-ports.ts";
import type { Executor } from "../database.ts";
import { pageWithTotal } from "../page-with-total.ts";
import {
  application,
  groupSession,
  partnership,
  partnershipMember,
  sessionRsvp,
} from "../schema/index.ts";

type SessionRow = typeof groupSession.$inferSelect;

const toRecord = (row: SessionRow): GroupSessionRecord => ({
  ...row,
  status: row.status as SessionStatus,
});

const memberColumns = {
  applicationId: application.id,
  email: application.email,
  name: application.name,
  locale: application.locale,
  timeZone: application.timeZone,
};

/** Current members of the round's active partnerships (one current partnership each). */
const currentMembership = (roundId: string) =>
  and(
    eq(partnership.roundId, roundId),
    eq(partnership.status, "active"),
    isNull(partnershipMember.leftAt),
  );

export function createSessionRepository(db: Executor): SessionRepository {
  const members = () =>
    db
      .select(memberColumns)
      .from(partnershipMember)
      .innerJoin(partnership, eq(partnership.id, partnershipMember.partnershipId))
      .innerJoin(application, eq(application.id, partnershipMember.applicationId));
  return {
    async insert(session) {
      await db.insert(groupSession).values(session);
    },
    async update({ id, ...session }) {
      await db.update(groupSession).set(session).where(eq(groupSession.id, id));
    },
    async findById(id) {
      const [row] = await db.select().from(groupSession).where(eq(groupSession.id, id));
      return row && toRecord(row);
    },
    async listByRound(roundId, now, page, applicationId) {
      const ended = sql`(${groupSession.startsAt} + ${groupSession.durationMinutes} * interval '1 minute') < ${now}`;
      const answers = (answer: RsvpAnswer) =>
        sql<number>`(select count(*)::int from ${sessionRsvp} where ${sessionRsvp.sessionId} = ${groupSession.id} and ${sessionRsvp.answer} = ${answer})`;
      const where = eq(groupSession.roundId, roundId);
      const { rows, total } = await pageWithTotal(
        db
          .select({
            session: groupSession,
            yes: answers("yes"),
            maybe: answers("maybe"),
            no: answers("no"),
            myAnswer: applicationId
              ? sql<
                  string | null
                >`(select ${sessionRsvp.answer} from ${sessionRsvp} where ${sessionRsvp.sessionId} = ${groupSession.id} and ${sessionRsvp.applicationId} = ${applicationId})`
              : sql<null>`null`,
          })
          .from(groupSession)
          .where(where)
          .orderBy(
            ended,
            sql`case when ${ended} then null else ${groupSession.startsAt} end asc`,
            sql`${groupSession.startsAt} desc`,
            asc(groupSession.id),
          )
          .limit(page.limit)
          .offset(page.offset),
        db.select({ n: count() }).from(groupSession).where(where),
      );
      return {
        total,
        items: rows.map((r) => ({
          ...toRecord(r.session),
          counts: { yes: r.yes, maybe: r.maybe, no: r.no },
          myAnswer: (r.myAnswer as RsvpAnswer | null) ?? null,
        })),
      };
    },
    async listForCalendar(roundId, limit) {
      const rows = await db
        .select()
        .from(groupSession)
        .where(eq(groupSession.roundId, roundId))
        .orderBy(asc(groupSession.startsAt), asc(groupSession.id))
        .limit(limit);
      return rows.map(toRecord);
    },
    async findRoundMember(roundId, email) {
      const [row] = await members()
        .where(and(currentMembership(roundId), eq(application.email, email.toLowerCase())))
        .limit(1);
      return row;
    },
    async saveRsvp(rsvp) {
      await db
        .insert(sessionRsvp)
        .values(rsvp)
        .onConflictDoUpdate({
          target: [sessionRsvp.sessionId, sessionRsvp.applicationId],
          set: { answer: rsvp.answer, answeredAt: rsvp.answeredAt },
        });
    },
    async listDueForReminder(window, limit) {
      const rows = await db
        .select()
        .from(groupSession)
        .where(
          and(
            eq(groupSession.status, "scheduled"),
            isNull(groupSession.reminderSentAt),
            gt(groupSession.startsAt, window.after),
            lte(groupSession.startsAt, window.until),
          ),
        )
        .orderBy(asc(groupSession.startsAt))
        .limit(limit);
      return rows.map(toRecord);
    },
    async claimReminder(sessionId, window, sentAt) {
      // Conditional on the reminder still being unsent: of two instances racing, the second's
      // UPDATE waits for the first's row lock, then finds reminder_sent_at set and claims nothing.
      const [row] = await db
        .update(groupSession)
        .set({ reminderSentAt: sentAt })
        .where(
          and(
            eq(groupSession.id, sessionId),
            eq(groupSession.status, "scheduled"),
            isNull(groupSession.reminderSentAt),
            gt(groupSession.startsAt, window.after),
            lte(groupSession.startsAt, window.until),
          ),
        )
        .returning();
      return row && toRecord(row);
    },
    async listReminderRecipients(sessionId, roundId): Promise<RoundMember[]> {
      return members()
        .leftJoin(
          sessionRsvp,
          and(
            eq(sessionRsvp.sessionId, sessionId),
            eq(sessionRsvp.applicationId, partnershipMember.applicationId),
          ),
        )
        .where(and(currentMembership(roundId), sql`${sessionRsvp.answer} is distinct from 'no'`))
        .orderBy(asc(application.id));
    },
  };
}
