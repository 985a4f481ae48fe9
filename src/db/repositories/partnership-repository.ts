import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type {
  PartnershipMemberRecord,
  PartnershipRecord,
  PartnershipRepository,
} from "../../use-cases/matching/matching-ports.ts";
import type { Executor } from "../database.ts";
import {
  application,
  partnership,
  partnershipMember,
  round,
  roundPublication,
} from "../schema/index.ts";

// Rows per INSERT: well under PostgreSQL's bind-parameter limit.
const BATCH_ROWS = 1000;

export function createPartnershipRepository(db: Executor): PartnershipRepository {
  return {
    async insertMany(items) {
      for (let i = 0; i < items.length; i += BATCH_ROWS) {
        const batch = items.slice(i, i + BATCH_ROWS);
        await db.insert(partnership).values(batch.map(({ members: _m, ...p }) => p));
        const members = batch.flatMap((p) =>
          p.members.map((m) => ({
            partnershipId: p.id,
            applicationId: m.applicationId,
            role: m.role,
          })),
        );
        for (let j = 0; j < members.length; j += BATCH_ROWS)
          await db.insert(partnershipMember).values(members.slice(j, j + BATCH_ROWS));
      }
    },
    async findPublication(roundId) {
      const [row] = await db
        .select()
        .from(roundPublication)
        .where(eq(roundPublication.roundId, roundId));
      return row;
    },
    async insertPublication(publication) {
      await db.insert(roundPublication).values(publication);
    },
    async countByRound(roundId) {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(partnership)
        .where(eq(partnership.roundId, roundId));
      return row?.n ?? 0;
    },
    async listPartnerEmailPairs(programmeId, before) {
      const memberA = alias(partnershipMember, "member_a");
      const memberB = alias(partnershipMember, "member_b");
      const applicationA = alias(application, "application_a");
      const applicationB = alias(application, "application_b");
      const rows = await db
        .select({ a: applicationA.email, b: applicationB.email })
        .from(partnership)
        .innerJoin(round, eq(round.id, partnership.roundId))
        .innerJoin(memberA, eq(memberA.partnershipId, partnership.id))
        .innerJoin(memberB, eq(memberB.partnershipId, partnership.id))
        .innerJoin(applicationA, eq(applicationA.id, memberA.applicationId))
        .innerJoin(applicationB, eq(applicationB.id, memberB.applicationId))
        .where(
          and(
            eq(round.programmeId, programmeId),
            lt(round.startsAt, before),
            lt(memberA.applicationId, memberB.applicationId),
          ),
        );
      return rows.map((r) => [r.a, r.b] as [string, string]);
    },
    async listForEmail(email) {
      const mine = db
        .select({ id: partnershipMember.partnershipId })
        .from(partnershipMember)
        .innerJoin(application, eq(application.id, partnershipMember.applicationId))
        .where(eq(application.email, email.toLowerCase()));
      const rows = await db
        .select()
        .from(partnership)
        .where(inArray(partnership.id, mine))
        .orderBy(desc(partnership.createdAt))
        .limit(20);
      if (rows.length === 0) return [];
      const members = await db
        .select()
        .from(partnershipMember)
        .where(
          inArray(
            partnershipMember.partnershipId,
            rows.map((r) => r.id),
          ),
        );
      return rows.map((row) => ({
        partnership: row as PartnershipRecord,
        members: members
          .filter((m) => m.partnershipId === row.id)
          .map((m) => ({
            applicationId: m.applicationId,
            role: m.role as PartnershipMemberRecord["role"],
          })),
      }));
    },
  };
}
