/** The co-written guide (issue 15): guides, chapters, their authors and revisions. */
import { and, asc, count, desc, eq, inArray, isNotNull, lte, sql } from "drizzle-orm";
import type { PublishedGuide } from "../../domain/guides/published-guide.ts";
import type {
  GuideRecord,
  GuideRepository,
  GuideStatus,
  RevisionKind,
  RevisionRecord,
} from "../../use-cases/guides/guide-ports.ts";
import type { Executor } from "../database.ts";
import { pageWithTotal } from "../page-with-total.ts";
import {
  application,
  guide,
  guideChapter,
  guideChapterAuthor,
  guideChapterRevision,
  partnershipMember,
  programme,
  round,
  user,
} from "../schema/index.ts";

const toGuide = (row: typeof guide.$inferSelect): GuideRecord => ({
  ...row,
  status: row.status as GuideStatus,
});

const revisionColumns = {
  chapterId: guideChapterRevision.chapterId,
  version: guideChapterRevision.version,
  title: guideChapterRevision.title,
  body: guideChapterRevision.body,
  authorId: guideChapterRevision.authorId,
  authorName: sql<string>`coalesce(${guideChapterAuthor.creditName}, ${user.name}, '')`,
  kind: guideChapterRevision.kind,
  restoredFrom: guideChapterRevision.restoredFrom,
  createdAt: guideChapterRevision.createdAt,
};

type RevisionRow = Omit<RevisionRecord, "kind"> & { kind: string };
const toRevision = (row: RevisionRow): RevisionRecord => ({
  ...row,
  kind: row.kind as RevisionKind,
});

export function createGuideRepository(db: Executor): GuideRepository {
  function revisions() {
    return db
      .select(revisionColumns)
      .from(guideChapterRevision)
      .leftJoin(
        guideChapterAuthor,
        and(
          eq(guideChapterAuthor.chapterId, guideChapterRevision.chapterId),
          eq(guideChapterAuthor.userId, guideChapterRevision.authorId),
        ),
      )
      .leftJoin(user, eq(user.id, guideChapterRevision.authorId));
  }

  async function findPublished(slug: string): Promise<PublishedGuide | undefined> {
    const [row] = await db
      .select({ g: guide, roundName: round.name, programmeName: programme.name })
      .from(guide)
      .innerJoin(round, eq(round.id, guide.roundId))
      .innerJoin(programme, eq(programme.id, round.programmeId))
      .where(and(eq(guide.slug, slug), eq(guide.status, "published")));
    if (!row?.g.publishedAt) return undefined;
    const chapters = await db
      .select({
        id: guideChapter.id,
        position: guideChapter.position,
        title: guideChapterRevision.title,
        body: guideChapterRevision.body,
      })
      .from(guideChapter)
      .innerJoin(
        guideChapterRevision,
        and(
          eq(guideChapterRevision.chapterId, guideChapter.id),
          eq(guideChapterRevision.version, guideChapter.publishedVersion),
        ),
      )
      .where(and(eq(guideChapter.guideId, row.g.id), isNotNull(guideChapter.publishedVersion)))
      .orderBy(asc(guideChapter.position));
    // Credited: whoever wrote (edited or merged) a version up to the published one.
    const credits =
      chapters.length === 0
        ? []
        : await db
            .select({
              chapterId: guideChapterRevision.chapterId,
              name: sql<string>`coalesce(${guideChapterAuthor.creditName}, ${user.name}, '')`,
              first: sql<number>`min(${guideChapterRevision.version})`,
            })
            .from(guideChapterRevision)
            .innerJoin(guideChapter, eq(guideChapter.id, guideChapterRevision.chapterId))
            .leftJoin(
              guideChapterAuthor,
              and(
                eq(guideChapterAuthor.chapterId, guideChapterRevision.chapterId),
                eq(guideChapterAuthor.userId, guideChapterRevision.authorId),
              ),
            )
            .leftJoin(user, eq(user.id, guideChapterRevision.authorId))
            .where(
              and(
                inArray(
                  guideChapterRevision.chapterId,
                  chapters.map((c) => c.id),
                ),
                inArray(guideChapterRevision.kind, ["edit", "merge"]),
                lte(guideChapterRevision.version, guideChapter.publishedVersion),
                isNotNull(guideChapterRevision.authorId),
              ),
            )
            .groupBy(
              guideChapterRevision.chapterId,
              guideChapterRevision.authorId,
              guideChapterAuthor.creditName,
              user.name,
            )
            .orderBy(sql`min(${guideChapterRevision.version})`);
    return {
      slug: row.g.slug,
      title: row.g.title,
      summary: row.g.summary,
      language: row.g.language,
      licence: row.g.licence,
      publishedAt: row.g.publishedAt,
      roundName: row.roundName,
      programmeName: row.programmeName,
      chapters: chapters.map((c) => ({
        position: c.position,
        title: c.title,
        body: c.body,
        authors: credits.filter((a) => a.chapterId === c.id && a.name !== "").map((a) => a.name),
      })),
    };
  }

  return {
    async findById(id) {
      const [row] = await db.select().from(guide).where(eq(guide.id, id));
      return row && toGuide(row);
    },
    async findBySlug(slug) {
      const [row] = await db.select().from(guide).where(eq(guide.slug, slug));
      return row && toGuide(row);
    },
    async findByRound(roundId) {
      const [row] = await db
        .select()
        .from(guide)
        .where(eq(guide.roundId, roundId))
        .orderBy(asc(guide.createdAt))
        .limit(1);
      return row && toGuide(row);
    },
    async slugExists(slug) {
      const rows = await db.select({ id: guide.id }).from(guide).where(eq(guide.slug, slug));
      return rows.length > 0;
    },
    async insert(record) {
      await db.insert(guide).values(record);
    },
    async updateDetails(id, values, at) {
      await db
        .update(guide)
        .set({ title: values.title, summary: values.summary, updatedAt: at })
        .where(eq(guide.id, id));
    },
    async lock(id) {
      const [row] = await db.select().from(guide).where(eq(guide.id, id)).for("update");
      return row && toGuide(row);
    },
    async isRoundParticipant(roundId, email) {
      const rows = await db
        .select({ id: application.id })
        .from(partnershipMember)
        .innerJoin(application, eq(application.id, partnershipMember.applicationId))
        .where(and(eq(application.roundId, roundId), eq(application.email, email.toLowerCase())))
        .limit(1);
      return rows.length > 0;
    },
    async listForParticipantEmail(email) {
      const rounds = db
        .selectDistinct({ id: application.roundId })
        .from(partnershipMember)
        .innerJoin(application, eq(application.id, partnershipMember.applicationId))
        .where(eq(application.email, email.toLowerCase()));
      const rows = await db
        .select({
          slug: guide.slug,
          title: guide.title,
          status: guide.status,
          roundName: round.name,
        })
        .from(guide)
        .innerJoin(round, eq(round.id, guide.roundId))
        .where(inArray(guide.roundId, rounds))
        .orderBy(desc(guide.createdAt))
        .limit(20);
      return rows.map((r) => ({ ...r, status: r.status as GuideStatus }));
    },

    async listChapters(guideId) {
      const chapters = await db
        .select()
        .from(guideChapter)
        .where(eq(guideChapter.guideId, guideId))
        .orderBy(asc(guideChapter.position));
      if (chapters.length === 0) return [];
      const authors = await db
        .select()
        .from(guideChapterAuthor)
        .where(
          inArray(
            guideChapterAuthor.chapterId,
            chapters.map((c) => c.id),
          ),
        )
        .orderBy(asc(guideChapterAuthor.addedAt));
      return chapters.map((c) => ({
        ...c,
        authors: authors
          .filter((a) => a.chapterId === c.id)
          .map((a) => ({ userId: a.userId, creditName: a.creditName })),
      }));
    },
    async findChapter(guideId, chapterId) {
      const [row] = await db
        .select()
        .from(guideChapter)
        .where(and(eq(guideChapter.guideId, guideId), eq(guideChapter.id, chapterId)));
      return row;
    },
    async insertChapter(chapter) {
      await db.insert(guideChapter).values({
        ...chapter,
        position: sql`(select coalesce(max(${guideChapter.position}), -1) + 1 from ${guideChapter} where ${guideChapter.guideId} = ${chapter.guideId})`,
      });
    },
    async swapPositions(guideId, firstId, secondId) {
      const rows = await db
        .select({ id: guideChapter.id, position: guideChapter.position })
        .from(guideChapter)
        .where(
          and(eq(guideChapter.guideId, guideId), inArray(guideChapter.id, [firstId, secondId])),
        );
      const first = rows.find((r) => r.id === firstId);
      const second = rows.find((r) => r.id === secondId);
      if (!first || !second) return;
      // The (guide, position) index is unique: the first steps aside while the second moves.
      await db.update(guideChapter).set({ position: -1 }).where(eq(guideChapter.id, firstId));
      await db
        .update(guideChapter)
        .set({ position: first.position })
        .where(eq(guideChapter.id, secondId));
      await db
        .update(guideChapter)
        .set({ position: second.position })
        .where(eq(guideChapter.id, firstId));
    },
    async saveChapter(save) {
      const [row] = await db
        .update(guideChapter)
        .set({
          version: sql`${guideChapter.version} + 1`,
          title: save.title,
          body: save.body,
          updatedAt: save.at,
        })
        .where(
          and(eq(guideChapter.id, save.chapterId), eq(guideChapter.version, save.expectedVersion)),
        )
        .returning({ version: guideChapter.version });
      if (!row) return undefined;
      await db.insert(guideChapterRevision).values({
        chapterId: save.chapterId,
        version: row.version,
        title: save.title,
        body: save.body,
        authorId: save.authorId,
        kind: save.kind,
        restoredFrom: save.restoredFrom,
        createdAt: save.at,
      });
      // A restore brings back others' words: it credits nobody new.
      if (save.kind !== "restore" && save.creditName !== "")
        await db
          .insert(guideChapterAuthor)
          .values({
            chapterId: save.chapterId,
            userId: save.authorId,
            creditName: save.creditName,
            addedAt: save.at,
          })
          .onConflictDoUpdate({
            target: [guideChapterAuthor.chapterId, guideChapterAuthor.userId],
            set: { creditName: save.creditName },
          });
      return row.version;
    },

    async findRevision(chapterId, version) {
      const [row] = await revisions().where(
        and(
          eq(guideChapterRevision.chapterId, chapterId),
          eq(guideChapterRevision.version, version),
        ),
      );
      return row && toRevision(row);
    },
    async listRevisions(chapterId, { offset, limit }) {
      const where = eq(guideChapterRevision.chapterId, chapterId);
      const { rows, total } = await pageWithTotal(
        revisions()
          .where(where)
          .orderBy(desc(guideChapterRevision.version))
          .offset(offset)
          .limit(limit),
        db.select({ n: count() }).from(guideChapterRevision).where(where),
      );
      return { items: rows.map(toRevision), total };
    },
    async listVersions(chapterId) {
      const rows = await db
        .select({ version: guideChapterRevision.version })
        .from(guideChapterRevision)
        .where(eq(guideChapterRevision.chapterId, chapterId))
        .orderBy(desc(guideChapterRevision.version));
      return rows.map((r) => r.version);
    },

    async publish(guideId, by, at) {
      await db
        .update(guideChapter)
        .set({
          publishedVersion: sql`case when ${guideChapter.version} > 0 and ${guideChapter.body} <> '' then ${guideChapter.version} end`,
        })
        .where(eq(guideChapter.guideId, guideId));
      await db
        .update(guide)
        .set({ status: "published", publishedAt: at, publishedBy: by, updatedAt: at })
        .where(eq(guide.id, guideId));
    },
    async listPublished({ offset, limit }) {
      const where = eq(guide.status, "published");
      const chapterCount = db
        .select({ guideId: guideChapter.guideId, n: count().as("n") })
        .from(guideChapter)
        .where(isNotNull(guideChapter.publishedVersion))
        .groupBy(guideChapter.guideId)
        .as("chapter_count");
      const { rows, total } = await pageWithTotal(
        db
          .select({
            slug: guide.slug,
            title: guide.title,
            summary: guide.summary,
            language: guide.language,
            publishedAt: guide.publishedAt,
            programmeName: programme.name,
            roundName: round.name,
            chapterCount: sql<number>`coalesce(${chapterCount.n}, 0)`.mapWith(Number),
          })
          .from(guide)
          .innerJoin(round, eq(round.id, guide.roundId))
          .innerJoin(programme, eq(programme.id, round.programmeId))
          .leftJoin(chapterCount, eq(chapterCount.guideId, guide.id))
          .where(where)
          .orderBy(desc(guide.publishedAt), asc(guide.id))
          .offset(offset)
          .limit(limit),
        db.select({ n: count() }).from(guide).where(where),
      );
      return {
        items: rows.map((r) => ({ ...r, publishedAt: r.publishedAt ?? new Date(0) })),
        total,
      };
    },
    findPublished,
    async listAllPublished() {
      const slugs = await db
        .select({ slug: guide.slug })
        .from(guide)
        .where(eq(guide.status, "published"))
        .orderBy(desc(guide.publishedAt), asc(guide.id));
      const guides: PublishedGuide[] = [];
      for (const { slug } of slugs) {
        const found = await findPublished(slug);
        if (found) guides.push(found);
      }
      return guides;
    },
  };
}
