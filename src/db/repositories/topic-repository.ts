import { and, asc, count, eq, gt, inArray, lt, lte, sql } from "drizzle-orm";
import {
  TOPIC_SCHEDULE_SAVED,
  type TopicRecord,
  type TopicRepository,
} from "../../use-cases/partnerships/topic-ports.ts";
import type { Executor } from "../database.ts";
import { pageWithTotal } from "../page-with-total.ts";
import {
  application,
  auditLog,
  partnership,
  partnershipMember,
  programme,
  round,
  roundTopic,
  topic,
  topicDelivery,
  topicTranslation,
} from "../schema/index.ts";

type TopicRow = typeof topic.$inferSelect;

export function createTopicRepository(db: Executor): TopicRepository {
  /** The topics with their texts, the programme's default language first. */
  async function withTexts(rows: TopicRow[]): Promise<TopicRecord[]> {
    if (rows.length === 0) return [];
    const texts = await db
      .select({
        topicId: topicTranslation.topicId,
        locale: topicTranslation.locale,
        title: topicTranslation.title,
        promptMarkdown: topicTranslation.promptMarkdown,
        isDefault: sql<boolean>`${topicTranslation.locale} = ${programme.defaultLanguage}`,
      })
      .from(topicTranslation)
      .innerJoin(topic, eq(topic.id, topicTranslation.topicId))
      .innerJoin(programme, eq(programme.id, topic.programmeId))
      .where(
        inArray(
          topicTranslation.topicId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(
        sql`${topicTranslation.locale} = ${programme.defaultLanguage} desc`,
        topicTranslation.locale,
      );
    return rows.map((row) => ({
      ...row,
      texts: texts
        .filter((t) => t.topicId === row.id)
        .map(({ locale, title, promptMarkdown }) => ({ locale, title, promptMarkdown })),
    }));
  }

  return {
    async listByProgramme(programmeId, filter, page) {
      const where = and(eq(topic.programmeId, programmeId), eq(topic.archived, filter.archived));
      const { rows, total } = await pageWithTotal(
        db
          .select()
          .from(topic)
          .where(where)
          .orderBy(asc(topic.position), asc(topic.createdAt), asc(topic.id))
          .offset(page.offset)
          .limit(page.limit),
        db.select({ n: count() }).from(topic).where(where),
      );
      return { items: await withTexts(rows), total };
    },
    async countByProgramme(programmeId) {
      const rows = await db
        .select({ archived: topic.archived, n: count() })
        .from(topic)
        .where(eq(topic.programmeId, programmeId))
        .groupBy(topic.archived);
      return {
        active: rows.find((r) => !r.archived)?.n ?? 0,
        archived: rows.find((r) => r.archived)?.n ?? 0,
      };
    },
    async listAllByProgramme(programmeId) {
      const rows = await db
        .select()
        .from(topic)
        .where(eq(topic.programmeId, programmeId))
        .orderBy(asc(topic.position), asc(topic.createdAt), asc(topic.id));
      return withTexts(rows);
    },
    async findById(id) {
      const rows = await db.select().from(topic).where(eq(topic.id, id));
      return (await withTexts(rows))[0];
    },
    async insert({ texts, ...record }) {
      await db.insert(topic).values({
        ...record,
        position: sql`(select coalesce(max(${topic.position}), 0) + 1 from ${topic} where ${topic.programmeId} = ${record.programmeId})`,
      });
      await db.insert(topicTranslation).values(texts.map((t) => ({ ...t, topicId: record.id })));
    },
    async updateTexts(id, texts, now) {
      await db.delete(topicTranslation).where(eq(topicTranslation.topicId, id));
      await db.insert(topicTranslation).values(texts.map((t) => ({ ...t, topicId: id })));
      await db.update(topic).set({ updatedAt: now }).where(eq(topic.id, id));
    },
    async setArchived(id, archived, now) {
      await db.update(topic).set({ archived, updatedAt: now }).where(eq(topic.id, id));
    },

    async listSchedule(roundId) {
      const sent = db
        .select({ roundTopicId: topicDelivery.roundTopicId, n: count().as("n") })
        .from(topicDelivery)
        .innerJoin(roundTopic, eq(roundTopic.id, topicDelivery.roundTopicId))
        .where(eq(roundTopic.roundId, roundId))
        .groupBy(topicDelivery.roundTopicId)
        .as("sent");
      const rows = await db
        .select({
          id: roundTopic.id,
          roundId: roundTopic.roundId,
          topicId: roundTopic.topicId,
          week: roundTopic.week,
          sentCount: sql<number>`coalesce(${sent.n}, 0)::int`,
        })
        .from(roundTopic)
        .leftJoin(sent, eq(sent.roundTopicId, roundTopic.id))
        .where(eq(roundTopic.roundId, roundId))
        .orderBy(asc(roundTopic.week));
      return rows;
    },
    async isScheduleSaved(roundId) {
      const [entry] = await db
        .select({ id: roundTopic.id })
        .from(roundTopic)
        .where(eq(roundTopic.roundId, roundId))
        .limit(1);
      if (entry) return true;
      const [saved] = await db
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.subjectType, "round"),
            eq(auditLog.subjectId, roundId),
            eq(auditLog.action, TOPIC_SCHEDULE_SAVED),
          ),
        )
        .limit(1);
      return Boolean(saved);
    },
    async lockSchedule(roundId) {
      return db
        .select()
        .from(roundTopic)
        .where(eq(roundTopic.roundId, roundId))
        .orderBy(asc(roundTopic.week))
        .for("update");
    },
    async insertScheduleEntries(entries) {
      if (entries.length === 0) return;
      await db
        .insert(roundTopic)
        .values([...entries])
        .onConflictDoNothing({ target: [roundTopic.roundId, roundTopic.week] });
    },
    async updateScheduleEntry(id, topicId) {
      await db.update(roundTopic).set({ topicId }).where(eq(roundTopic.id, id));
    },
    async deleteScheduleEntries(ids) {
      if (ids.length === 0) return;
      await db.delete(roundTopic).where(inArray(roundTopic.id, [...ids]));
    },

    async listLiveRounds(now) {
      return db
        .select({
          id: round.id,
          programmeId: round.programmeId,
          name: round.name,
          startsAt: round.startsAt,
          endsAt: round.endsAt,
          programmeName: programme.name,
          defaultLanguage: programme.defaultLanguage,
        })
        .from(round)
        .innerJoin(programme, eq(programme.id, round.programmeId))
        .where(
          and(
            inArray(round.status, ["matched", "active"]),
            lte(round.startsAt, now),
            gt(round.endsAt, now),
          ),
        )
        .orderBy(asc(round.startsAt), asc(round.id));
    },
    async lockScheduleEntryForSending(id) {
      const [row] = await db.select().from(roundTopic).where(eq(roundTopic.id, id)).for("share");
      return row;
    },
    async listPartnershipsAwaiting(entry, formedBefore, limit) {
      const rows = await db
        .select({ id: partnership.id })
        .from(partnership)
        .where(
          and(
            eq(partnership.roundId, entry.roundId),
            eq(partnership.status, "active"),
            formedBefore ? lt(partnership.createdAt, formedBefore) : undefined,
            sql`not exists (select 1 from ${topicDelivery} where ${topicDelivery.partnershipId} = ${partnership.id} and ${topicDelivery.roundTopicId} = ${entry.id})`,
          ),
        )
        .orderBy(asc(partnership.id))
        .limit(limit);
      return rows.map((r) => r.id);
    },
    async insertDeliveries(roundTopicId, partnershipIds, sentAt) {
      if (partnershipIds.length === 0) return [];
      // In id order, so two runs inserting overlapping batches take their row locks in the
      // same order (no deadlock); the loser of a race waits, then inserts nothing.
      // Both drivers (pg and PGlite) answer a raw statement with its rows.
      const result: unknown = await db.execute(sql`
        insert into ${topicDelivery} (partnership_id, round_topic_id, sent_at)
        select ${partnership.id}, ${roundTopicId}, ${sentAt.toISOString()}::timestamptz
        from ${partnership}
        where ${partnership.id} in (${sql.join(
          partnershipIds.map((id) => sql`${id}`),
          sql`, `,
        )}) and ${partnership.status} = 'active'
        order by ${partnership.id}
        on conflict do nothing
        returning partnership_id`);
      return (result as { rows: { partnership_id: string }[] }).rows.map((r) => r.partnership_id);
    },
    async listRecipients(partnershipIds) {
      if (partnershipIds.length === 0) return [];
      return db
        .select({
          partnershipId: partnershipMember.partnershipId,
          applicationId: partnershipMember.applicationId,
          name: application.name,
          email: application.email,
          locale: application.locale,
        })
        .from(partnershipMember)
        .innerJoin(application, eq(application.id, partnershipMember.applicationId))
        .where(
          and(
            inArray(partnershipMember.partnershipId, [...partnershipIds]),
            sql`${partnershipMember.leftAt} is null`,
          ),
        )
        .orderBy(asc(partnershipMember.partnershipId), asc(application.name));
    },
  };
}
