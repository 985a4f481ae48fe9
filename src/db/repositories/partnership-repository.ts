import { and, desc, eq, exists, inArray, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type {
  PartnershipMemberRecord,
  PartnershipRecord,
  PartnershipRepository,
  RoundPartnershipRow,
} from "../../use-cases/matching/matching-ports.ts";
import { matchesSearchSql } from "../contains-pattern.ts";
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
    async listMemberFacets(roundId) {
      const rows = await db
        .selectDistinct({ country: application.country, sector: application.sector })
        .from(partnershipMember)
        .innerJoin(partnership, eq(partnership.id, partnershipMember.partnershipId))
        .innerJoin(application, eq(application.id, partnershipMember.applicationId))
        .where(eq(partnership.roundId, roundId));
      return {
        countries: [...new Set(rows.map((r) => r.country))],
        sectors: [...new Set(rows.map((r) => r.sector))],
      };
    },
    async listForRound(roundId, filters, page) {
      const member = (condition: SQL) =>
        exists(
          db
            .select({ one: sql`1` })
            .from(partnershipMember)
            .innerJoin(application, eq(application.id, partnershipMember.applicationId))
            .where(and(eq(partnershipMember.partnershipId, partnership.id), condition)),
        );
      const conditions: SQL[] = [eq(partnership.roundId, roundId)];
      const search = filters.search.trim();
      if (search) {
        conditions.push(member(matchesSearchSql(application.searchText, search)));
      }
      if (filters.country) conditions.push(member(eq(application.country, filters.country)));
      if (filters.sector) conditions.push(member(eq(application.sector, filters.sector)));
      if (filters.status) conditions.push(eq(partnership.status, filters.status));
      const where = and(...conditions);
      const [counted] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(partnership)
        .where(where);
      const query = db
        .select()
        .from(partnership)
        .where(where)
        .orderBy(partnership.createdAt, partnership.id);
      const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
      if (rows.length === 0) return { items: [], total: counted?.n ?? 0 };
      const members: (typeof partnershipMember.$inferSelect & {
        name: string;
        email: string;
        country: string;
        sector: string;
        library: string;
      })[] = [];
      for (let i = 0; i < rows.length; i += BATCH_ROWS) {
        const ids = rows.slice(i, i + BATCH_ROWS).map((r) => r.id);
        const found = await db
          .select({
            partnershipId: partnershipMember.partnershipId,
            applicationId: partnershipMember.applicationId,
            role: partnershipMember.role,
            leftAt: partnershipMember.leftAt,
            name: application.name,
            email: application.email,
            country: application.country,
            sector: application.sector,
            library: application.library,
          })
          .from(partnershipMember)
          .innerJoin(application, eq(application.id, partnershipMember.applicationId))
          .where(inArray(partnershipMember.partnershipId, ids));
        members.push(...found);
      }
      const byPartnership = new Map<string, typeof members>();
      for (const m of members)
        byPartnership.set(m.partnershipId, [...(byPartnership.get(m.partnershipId) ?? []), m]);
      return {
        total: counted?.n ?? 0,
        items: rows.map((row) => ({
          id: row.id,
          kind: row.kind as RoundPartnershipRow["kind"],
          score: row.score,
          status: row.status,
          links: row.links,
          breaksHardRule: row.breaksHardRule,
          createdAt: row.createdAt,
          // In the group's order: a mentorship's mentor first.
          members: (byPartnership.get(row.id) ?? [])
            .sort((a, b) => (a.role === "mentor" ? -1 : b.role === "mentor" ? 1 : 0))
            .map((m) => ({
              applicationId: m.applicationId,
              role: m.role as RoundPartnershipRow["members"][number]["role"],
              name: m.name,
              email: m.email,
              country: m.country,
              sector: m.sector,
              library: m.library,
              left: m.leftAt !== null,
            })),
        })),
      };
    },
  };
}
