import {
  and,
  asc,
  desc,
  eq,
  gt,
  inArray,
  isNotNull,
  isNull,
  lte,
  ne,
  notExists,
  or,
  sql,
} from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type {
  CheckInRecord,
  CheckInRepository,
  FollowUpRecord,
  PartnershipFacts,
} from "../../use-cases/partnerships/check-in-ports.ts";
import type { Executor } from "../database.ts";
import { listOpenFollowUpsOfRound } from "./open-follow-ups-query.ts";
import { refreshLastContact } from "./partnership-last-contact.ts";
import {
  application,
  checkIn,
  followUp,
  partnership,
  partnershipMember,
  round,
} from "../schema/index.ts";

/** A current membership of the same person, beside the one being read. */
const current = alias(partnershipMember, "current");

const liveRoundColumns = {
  id: round.id,
  programmeId: round.programmeId,
  name: round.name,
  startsAt: round.startsAt,
  endsAt: round.endsAt,
  checkInEveryDays: round.checkInEveryDays,
  nudgeAfterDays: round.nudgeAfterDays,
  followUpAfterDays: round.followUpAfterDays,
};

const isLive = (now: Date) =>
  and(
    inArray(round.status, ["matched", "active"]),
    lte(round.startsAt, now),
    gt(round.endsAt, now),
  );

export function createCheckInRepository(db: Executor): CheckInRepository {
  /**
   * Members who left a partnership of the round and are in none now, whose application still
   * stands. Only dissolving sets left_at (and marks the partnership dissolved), so they are
   * found from the round's few dissolved partnerships, not from all its applications.
   */
  function waitingForPartner(roundId: string) {
    return and(
      eq(partnership.roundId, roundId),
      eq(partnership.status, "dissolved"),
      isNotNull(partnershipMember.leftAt),
      inArray(application.status, ["accepted", "waitlisted"]),
      notExists(
        db
          .select({ one: sql`1` })
          .from(current)
          .where(
            and(eq(current.applicationId, partnershipMember.applicationId), isNull(current.leftAt)),
          ),
      ),
    );
  }

  async function countWaitingForPartner(roundId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(distinct ${partnershipMember.applicationId})::int` })
      .from(partnership)
      .innerJoin(partnershipMember, eq(partnershipMember.partnershipId, partnership.id))
      .innerJoin(application, eq(application.id, partnershipMember.applicationId))
      .where(waitingForPartner(roundId));
    return row?.n ?? 0;
  }

  async function findPartnerships(ids: readonly string[]): Promise<PartnershipFacts[]> {
    if (ids.length === 0) return [];
    const rows = await db
      .select()
      .from(partnership)
      .where(inArray(partnership.id, [...ids]));
    const members = await db
      .select({
        partnershipId: partnershipMember.partnershipId,
        applicationId: partnershipMember.applicationId,
        role: partnershipMember.role,
        leftAt: partnershipMember.leftAt,
        name: application.name,
        email: application.email,
        locale: application.locale,
      })
      .from(partnershipMember)
      .innerJoin(application, eq(application.id, partnershipMember.applicationId))
      .where(inArray(partnershipMember.partnershipId, [...ids]))
      .orderBy(asc(application.name));
    return rows.map((p) => ({
      id: p.id,
      roundId: p.roundId,
      kind: p.kind,
      status: p.status as PartnershipFacts["status"],
      createdAt: p.createdAt,
      nudgedAt: p.nudgedAt,
      closedAt: p.closedAt,
      members: members
        .filter((m) => m.partnershipId === p.id)
        .map(({ partnershipId: _p, ...m }) => m),
    }));
  }

  return {
    async listLiveRounds(now) {
      return await db.select(liveRoundColumns).from(round).where(isLive(now));
    },
    async findLiveRound(roundId, now) {
      const [row] = await db
        .select(liveRoundColumns)
        .from(round)
        .where(and(eq(round.id, roundId), isLive(now)));
      return row;
    },
    async listCheckInsDue(roundId, sequence, rematchedBy, limit) {
      return db
        .select({
          partnershipId: partnership.id,
          partnershipCreatedAt: partnership.createdAt,
          applicationId: partnershipMember.applicationId,
        })
        .from(partnership)
        .innerJoin(partnershipMember, eq(partnershipMember.partnershipId, partnership.id))
        .where(
          and(
            eq(partnership.roundId, roundId),
            eq(partnership.status, "active"),
            or(isNotNull(partnership.runId), lte(partnership.createdAt, rematchedBy)),
            isNull(partnershipMember.leftAt),
            notExists(
              db
                .select({ one: sql`1` })
                .from(checkIn)
                .where(
                  and(
                    eq(checkIn.partnershipId, partnership.id),
                    eq(checkIn.applicationId, partnershipMember.applicationId),
                    eq(checkIn.sequence, sequence),
                  ),
                ),
            ),
          ),
        )
        .orderBy(asc(partnership.id), asc(partnershipMember.applicationId))
        .limit(limit);
    },
    async insertCheckIns(rows) {
      if (rows.length === 0) return [];
      const inserted = await db
        .insert(checkIn)
        .values(rows)
        .onConflictDoNothing({
          target: [checkIn.partnershipId, checkIn.applicationId, checkIn.sequence],
        })
        .returning();
      // Sent check-ins are unanswered; one inserted answered "in touch" is contact.
      await refreshLastContact(
        db,
        inserted.filter((c) => c.answer === "in_touch").map((c) => c.partnershipId),
      );
      return inserted as CheckInRecord[];
    },
    async findCheckIn(id) {
      const [row] = await db.select().from(checkIn).where(eq(checkIn.id, id));
      return row as CheckInRecord | undefined;
    },
    async countEarlierCheckIns(c) {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(checkIn)
        .where(
          and(
            eq(checkIn.partnershipId, c.partnershipId),
            eq(checkIn.applicationId, c.applicationId),
            sql`${checkIn.sequence} < ${c.sequence}`,
          ),
        );
      return row?.n ?? 0;
    },
    async saveAnswer(id, answer) {
      const [saved] = await db
        .update(checkIn)
        .set(answer)
        .where(eq(checkIn.id, id))
        .returning({ partnershipId: checkIn.partnershipId });
      // "In touch" is contact; an answer changed from it may take the contact back.
      if (saved) await refreshLastContact(db, [saved.partnershipId]);
    },
    async findPartnership(id) {
      const [found] = await findPartnerships([id]);
      return found;
    },
    findPartnerships,
    async listSilenceRows(roundId) {
      // Subqueries as builders: drizzle qualifies their columns (raw sql in a one-table
      // select would not, and "id" would bind to the inner table).
      const openFollowUp = db
        .select({ one: sql`1` })
        .from(followUp)
        .where(and(eq(followUp.partnershipId, partnership.id), isNull(followUp.closedAt)));
      const lastClosed = db
        .select({ at: sql`max(${followUp.closedAt})` })
        .from(followUp)
        .where(eq(followUp.partnershipId, partnership.id));
      const rows = await db
        .select({
          partnershipId: partnership.id,
          createdAt: partnership.createdAt,
          nudgedAt: partnership.nudgedAt,
          lastContactAt: partnership.lastContactAt,
          hasOpenFollowUp: sql<boolean>`exists (${openFollowUp})`,
          lastFollowUpClosedAt: sql<string | Date | null>`(${lastClosed})`,
        })
        .from(partnership)
        .where(and(eq(partnership.roundId, roundId), eq(partnership.status, "active")));
      return rows.map((r) => ({
        ...r,
        lastFollowUpClosedAt:
          r.lastFollowUpClosedAt === null ? null : new Date(r.lastFollowUpClosedAt),
      }));
    },
    async markNudged(partnershipId, at) {
      const rows = await db
        .update(partnership)
        .set({ nudgedAt: at })
        .where(and(eq(partnership.id, partnershipId), isNull(partnership.nudgedAt)))
        .returning({ id: partnership.id });
      return rows.length > 0;
    },
    async openFollowUp(item) {
      const inserted = await db
        .insert(followUp)
        .values(item)
        .onConflictDoNothing({ target: followUp.partnershipId, where: isNull(followUp.closedAt) })
        .returning({ id: followUp.id });
      if (inserted.length > 0) return true;
      if (item.reason === "problem")
        await db
          .update(followUp)
          .set({ reason: "problem" })
          .where(and(eq(followUp.partnershipId, item.partnershipId), isNull(followUp.closedAt)));
      return false;
    },
    async findOpenFollowUp(partnershipId) {
      const [row] = await db
        .select()
        .from(followUp)
        .where(and(eq(followUp.partnershipId, partnershipId), isNull(followUp.closedAt)));
      return row as FollowUpRecord | undefined;
    },
    async findFollowUp(id) {
      const [row] = await db.select().from(followUp).where(eq(followUp.id, id));
      return row as FollowUpRecord | undefined;
    },
    async closeFollowUp(id, outcome, at, by) {
      await db
        .update(followUp)
        .set({ outcome, closedAt: at, closedBy: by })
        .where(and(eq(followUp.id, id), isNull(followUp.closedAt)));
    },
    async listOpenFollowUps(roundId, page) {
      return listOpenFollowUpsOfRound(db, roundId, page);
    },
    async dissolve(partnershipId, at) {
      await db
        .update(partnership)
        .set({ status: "dissolved", closedAt: at })
        .where(eq(partnership.id, partnershipId));
      await db
        .update(partnershipMember)
        .set({ leftAt: at })
        .where(
          and(eq(partnershipMember.partnershipId, partnershipId), isNull(partnershipMember.leftAt)),
        );
    },
    async listFreeParticipants(roundId) {
      const lastLeft = db
        .select({ at: sql`max(${partnershipMember.leftAt})` })
        .from(partnershipMember)
        .where(eq(partnershipMember.applicationId, application.id));
      const rows = await db
        .select({
          applicationId: application.id,
          leftAt: sql<string | Date | null>`(${lastLeft})`,
        })
        .from(application)
        .where(
          and(
            eq(application.roundId, roundId),
            inArray(application.status, ["accepted", "waitlisted"]),
            notExists(
              db
                .select({ one: sql`1` })
                .from(partnershipMember)
                .innerJoin(partnership, eq(partnership.id, partnershipMember.partnershipId))
                .where(
                  and(
                    eq(partnershipMember.applicationId, application.id),
                    isNull(partnershipMember.leftAt),
                    ne(partnership.status, "dissolved"),
                  ),
                ),
            ),
          ),
        );
      return rows.map((r) => ({
        applicationId: r.applicationId,
        leftAt: r.leftAt === null ? null : new Date(r.leftAt),
      }));
    },
    async listWaitingForPartner(roundId, page) {
      const left = sql<string | Date>`max(${partnershipMember.leftAt})`;
      const rows = await db
        .select({ applicationId: partnershipMember.applicationId, leftAt: left })
        .from(partnership)
        .innerJoin(partnershipMember, eq(partnershipMember.partnershipId, partnership.id))
        .innerJoin(application, eq(application.id, partnershipMember.applicationId))
        .where(waitingForPartner(roundId))
        .groupBy(partnershipMember.applicationId)
        .orderBy(desc(left), asc(partnershipMember.applicationId))
        .offset(page.offset)
        .limit(page.limit);
      return {
        total: await countWaitingForPartner(roundId),
        items: rows.map((r) => ({ applicationId: r.applicationId, leftAt: new Date(r.leftAt) })),
      };
    },
    countWaitingForPartner,
    async listPartnersInRound(applicationId) {
      const mine = db
        .select({ id: partnershipMember.partnershipId })
        .from(partnershipMember)
        .where(eq(partnershipMember.applicationId, applicationId));
      const rows = await db
        .selectDistinct({ id: partnershipMember.applicationId })
        .from(partnershipMember)
        .where(
          and(
            inArray(partnershipMember.partnershipId, mine),
            ne(partnershipMember.applicationId, applicationId),
          ),
        );
      return rows.map((r) => r.id);
    },
    async lockApplications(ids) {
      if (ids.length === 0) return;
      await db
        .select({ id: application.id })
        .from(application)
        .where(inArray(application.id, [...ids]))
        .orderBy(asc(application.id))
        .for("update");
    },
    async isInPartnership(applicationId) {
      const [row] = await db
        .select({ one: sql`1` })
        .from(partnershipMember)
        .innerJoin(partnership, eq(partnership.id, partnershipMember.partnershipId))
        .where(
          and(
            eq(partnershipMember.applicationId, applicationId),
            isNull(partnershipMember.leftAt),
            or(eq(partnership.status, "active"), eq(partnership.status, "ended")),
          ),
        )
        .limit(1);
      return row !== undefined;
    },
    async insertPartnership({ members, ...p }) {
      await db
        .insert(partnership)
        .values({ ...p, runId: null, breaksHardRule: false, status: "active" });
      await db
        .insert(partnershipMember)
        .values(members.map((m) => ({ partnershipId: p.id, ...m })));
    },
  };
}
