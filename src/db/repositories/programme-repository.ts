import { and, asc, count, eq, isNull } from "drizzle-orm";
import type {
  ProgrammeRecord,
  ProgrammeRepository,
} from "../../use-cases/programmes/programme-ports.ts";
import type { Executor } from "../database.ts";
import { pageWithTotal } from "../page-with-total.ts";
import { facilitatorInvitation, programme, programmeFacilitator, user } from "../schema/index.ts";

export function createProgrammeRepository(db: Executor): ProgrammeRepository {
  return {
    async insert(record, createdBy) {
      await db.insert(programme).values({ ...record, createdBy });
    },
    async update(record) {
      await db
        .update(programme)
        .set({
          name: record.name,
          description: record.description,
          organisation: record.organisation,
          contactEmail: record.contactEmail,
          defaultLanguage: record.defaultLanguage,
        })
        .where(eq(programme.id, record.id));
    },
    async findById(id) {
      const [row] = await db.select().from(programme).where(eq(programme.id, id));
      return row && toProgrammeRecord(row);
    },
    async findBySlug(slug) {
      const [row] = await db.select().from(programme).where(eq(programme.slug, slug));
      return row && toProgrammeRecord(row);
    },
    async slugExists(slug) {
      const rows = await db
        .select({ id: programme.id })
        .from(programme)
        .where(eq(programme.slug, slug));
      return rows.length > 0;
    },
    async list({ offset, limit }) {
      const { rows, total } = await pageWithTotal(
        // By id within a name: programmes may share one, and a page must not move.
        db
          .select()
          .from(programme)
          .orderBy(asc(programme.name), asc(programme.id))
          .offset(offset)
          .limit(limit),
        db.select({ n: count() }).from(programme),
      );
      return { items: rows.map(toProgrammeRecord), total };
    },
    async listFacilitatedBy(userId) {
      const rows = await db
        .select({ p: programme })
        .from(programme)
        .innerJoin(programmeFacilitator, eq(programmeFacilitator.programmeId, programme.id))
        .where(eq(programmeFacilitator.userId, userId))
        .orderBy(asc(programme.name), asc(programme.id));
      return rows.map((r) => toProgrammeRecord(r.p));
    },
    async addFacilitator(programmeId, userId, invitedBy) {
      await db
        .insert(programmeFacilitator)
        .values({ programmeId, userId, invitedBy })
        .onConflictDoNothing();
    },
    async isFacilitator(programmeId, userId) {
      const rows = await db
        .select({ u: programmeFacilitator.userId })
        .from(programmeFacilitator)
        .where(
          and(
            eq(programmeFacilitator.programmeId, programmeId),
            eq(programmeFacilitator.userId, userId),
          ),
        );
      return rows.length > 0;
    },
    async listFacilitators(programmeId) {
      return db
        .select({ userId: user.id, name: user.name, email: user.email })
        .from(programmeFacilitator)
        .innerJoin(user, eq(user.id, programmeFacilitator.userId))
        .where(eq(programmeFacilitator.programmeId, programmeId))
        .orderBy(asc(user.name));
    },
    async upsertInvitation(invitation) {
      await db
        .insert(facilitatorInvitation)
        .values(invitation)
        .onConflictDoUpdate({
          target: [facilitatorInvitation.programmeId, facilitatorInvitation.email],
          set: { invitedBy: invitation.invitedBy, acceptedAt: null },
        });
    },
    async listPendingInvitations(programmeId) {
      return db
        .select({ email: facilitatorInvitation.email, createdAt: facilitatorInvitation.createdAt })
        .from(facilitatorInvitation)
        .where(
          and(
            eq(facilitatorInvitation.programmeId, programmeId),
            isNull(facilitatorInvitation.acceptedAt),
          ),
        );
    },
    async acceptInvitationsFor(email, userId, now) {
      const pending = await db
        .select()
        .from(facilitatorInvitation)
        .where(
          and(
            eq(facilitatorInvitation.email, email.toLowerCase()),
            isNull(facilitatorInvitation.acceptedAt),
          ),
        );
      for (const invitation of pending) {
        await db
          .insert(programmeFacilitator)
          .values({ programmeId: invitation.programmeId, userId, invitedBy: invitation.invitedBy })
          .onConflictDoNothing();
        await db
          .update(facilitatorInvitation)
          .set({ acceptedAt: now })
          .where(eq(facilitatorInvitation.id, invitation.id));
      }
      return pending.map((i) => ({ programmeId: i.programmeId, invitedBy: i.invitedBy }));
    },
  };
}

export function toProgrammeRecord(row: typeof programme.$inferSelect): ProgrammeRecord {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    organisation: row.organisation,
    contactEmail: row.contactEmail,
    defaultLanguage: row.defaultLanguage,
    createdAt: row.createdAt,
  };
}
