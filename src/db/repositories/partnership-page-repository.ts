import { and, asc, count, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type {
  MeetingRecord,
  PartnershipPageRepository,
  PartnershipWithMembers,
} from "../../use-cases/partnerships/partnership-page-ports.ts";
import type { Executor } from "../database.ts";
import { refreshLastContact } from "./partnership-last-contact.ts";
import { pageWithTotal } from "../page-with-total.ts";
import {
  agreementConfirmation,
  meeting,
  partnership,
  partnershipMember,
  roundTopic,
  topicDelivery,
  topicTranslation,
} from "../schema/index.ts";

const toMeeting = (row: typeof meeting.$inferSelect): MeetingRecord => row as MeetingRecord;

export function createPartnershipPageRepository(db: Executor): PartnershipPageRepository {
  return {
    async findPartnershipWithMembers(partnershipId) {
      const [row] = await db.select().from(partnership).where(eq(partnership.id, partnershipId));
      if (!row) return undefined;
      const members = await db
        .select({
          applicationId: partnershipMember.applicationId,
          role: partnershipMember.role,
          leftAt: partnershipMember.leftAt,
        })
        .from(partnershipMember)
        .where(eq(partnershipMember.partnershipId, partnershipId));
      return {
        id: row.id,
        roundId: row.roundId,
        kind: row.kind as PartnershipWithMembers["kind"],
        status: row.status,
        closedAt: row.closedAt,
        createdAt: row.createdAt,
        members: members as PartnershipWithMembers["members"],
      };
    },
    async listAgreementConfirmations(partnershipId) {
      return db
        .select({
          applicationId: agreementConfirmation.applicationId,
          confirmedAt: agreementConfirmation.confirmedAt,
        })
        .from(agreementConfirmation)
        .where(eq(agreementConfirmation.partnershipId, partnershipId))
        .orderBy(asc(agreementConfirmation.confirmedAt));
    },
    async insertAgreementConfirmation(confirmation) {
      const inserted = await db
        .insert(agreementConfirmation)
        .values(confirmation)
        .onConflictDoNothing()
        .returning({ applicationId: agreementConfirmation.applicationId });
      if (inserted.length === 0) return false;
      // The last current member's confirmation marks the partnership confirmed.
      await db.execute(sql`
        update partnership p set agreement_confirmed_at = ${confirmation.confirmedAt}
        where p.id = ${confirmation.partnershipId} and p.agreement_confirmed_at is null
          and not exists (
            select 1 from partnership_member m
            where m.partnership_id = p.id and m.left_at is null
              and not exists (select 1 from agreement_confirmation c
                              where c.partnership_id = p.id
                                and c.application_id = m.application_id))`);
      return true;
    },
    async listSentTopics(partnershipId) {
      const sent = await db
        .select({
          roundTopicId: topicDelivery.roundTopicId,
          topicId: roundTopic.topicId,
          week: roundTopic.week,
          sentAt: topicDelivery.sentAt,
        })
        .from(topicDelivery)
        .innerJoin(roundTopic, eq(roundTopic.id, topicDelivery.roundTopicId))
        .where(eq(topicDelivery.partnershipId, partnershipId))
        .orderBy(asc(topicDelivery.sentAt), asc(roundTopic.week))
        .limit(200);
      if (sent.length === 0) return [];
      const translations = await db
        .select()
        .from(topicTranslation)
        .where(
          inArray(
            topicTranslation.topicId,
            sent.map((s) => s.topicId),
          ),
        );
      return sent.map(({ topicId, ...s }) => ({
        ...s,
        translations: translations
          .filter((t) => t.topicId === topicId)
          .map(({ locale, title, promptMarkdown }) => ({ locale, title, promptMarkdown })),
      }));
    },
    async listMeetings(partnershipId, page) {
      const where = eq(meeting.partnershipId, partnershipId);
      const { rows, total } = await pageWithTotal(
        db
          .select()
          .from(meeting)
          .where(where)
          .orderBy(desc(meeting.startsAt), desc(meeting.createdAt), desc(meeting.id))
          .offset(page.offset)
          .limit(page.limit),
        db.select({ n: count() }).from(meeting).where(where),
      );
      return { items: rows.map(toMeeting), total };
    },
    async findMeeting(partnershipId, meetingId) {
      const [row] = await db
        .select()
        .from(meeting)
        .where(and(eq(meeting.partnershipId, partnershipId), eq(meeting.id, meetingId)));
      return row && toMeeting(row);
    },
    // Each write to meetings keeps the partnership's last contact true (silence reads it).
    async insertMeeting(record) {
      await db.insert(meeting).values(record);
      await refreshLastContact(db, [record.partnershipId]);
    },
    async reviseMeeting(record) {
      const { id, partnershipId, ...changes } = record;
      const [row] = await db
        .update(meeting)
        .set({ ...changes, sequence: sql`${meeting.sequence} + 1` })
        .where(and(eq(meeting.partnershipId, partnershipId), eq(meeting.id, id)))
        .returning();
      await refreshLastContact(db, [partnershipId]);
      return row && toMeeting(row);
    },
    async markPastMeetingsHeld(now) {
      const rows = await db
        .update(meeting)
        .set({ status: "held" })
        .where(and(eq(meeting.status, "planned"), lte(meeting.startsAt, now)))
        .returning({ partnershipId: meeting.partnershipId });
      await refreshLastContact(
        db,
        rows.map((r) => r.partnershipId),
      );
      return rows.length;
    },
    async deleteMeeting(partnershipId, meetingId) {
      await db
        .delete(meeting)
        .where(and(eq(meeting.partnershipId, partnershipId), eq(meeting.id, meetingId)));
      await refreshLastContact(db, [partnershipId]);
    },
  };
}
