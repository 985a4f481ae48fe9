/** Spotlights (issue 15): written, asked, answered, thanked and listed (decision 0018). */
import { and, count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ProfileVisibility } from "../../domain/profiles/profile-visibility.ts";
import { searchTextOf } from "../../domain/search-text.ts";
import type { SpotlightStatus } from "../../domain/spotlights/spotlight-status.ts";
import type {
  ShownSpotlight,
  SpotlightRepository,
  SpotlightScope,
} from "../../use-cases/spotlights/spotlight-ports.ts";
import type { Executor } from "../database.ts";
import { pageWithTotal } from "../page-with-total.ts";
import { memberProfile, networkMember, spotlight, spotlightThanks, user } from "../schema/index.ts";

const author = alias(user, "author");
const subject = alias(user, "subject");
const authorProfile = alias(memberProfile, "author_profile");
const subjectProfile = alias(memberProfile, "subject_profile");

const thanksCount = sql<number>`(select count(*)::int from ${spotlightThanks} where ${spotlightThanks.spotlightId} = ${spotlight.id})`;

const columns = {
  row: spotlight,
  authorName: author.name,
  subjectName: subject.name,
  authorProfile: authorProfile.visibility,
  subjectProfile: subjectProfile.visibility,
  thanksCount,
};

type Row = {
  row: typeof spotlight.$inferSelect;
  authorName: string | null;
  subjectName: string | null;
  authorProfile: string | null;
  subjectProfile: string | null;
  thanksCount: number;
};

function toShown({ row, ...joined }: Row): ShownSpotlight {
  const { searchText: _search, answerTokenHash: _hash, ...record } = row;
  return {
    ...record,
    status: record.status as SpotlightStatus,
    // The colleague's own account name once known; the author's words for them before.
    subjectName: joined.subjectName ?? record.subjectName,
    authorName: joined.authorName ?? "",
    authorProfile: joined.authorProfile as ProfileVisibility | null,
    subjectProfile: joined.subjectProfile as ProfileVisibility | null,
    thanksCount: joined.thanksCount,
  };
}

const published = eq(spotlight.status, "published");

function scopeWhere(scope: SpotlightScope): SQL | undefined {
  if (scope === "site") return published;
  if ("subjectUserId" in scope)
    return and(published, eq(spotlight.subjectUserId, scope.subjectUserId));
  // A network's: about members who show their membership of it.
  return and(
    published,
    sql`exists (select 1 from ${networkMember} where ${networkMember.networkId} = ${scope.networkId} and ${networkMember.userId} = ${spotlight.subjectUserId} and ${networkMember.visible})`,
  );
}

export function createSpotlightRepository(db: Executor): SpotlightRepository {
  const shown = () =>
    db
      .select(columns)
      .from(spotlight)
      .leftJoin(author, eq(author.id, spotlight.authorId))
      .leftJoin(subject, eq(subject.id, spotlight.subjectUserId))
      .leftJoin(authorProfile, eq(authorProfile.userId, spotlight.authorId))
      .leftJoin(subjectProfile, eq(subjectProfile.userId, spotlight.subjectUserId));

  async function page(where: SQL | undefined, order: SQL[], p: { offset: number; limit: number }) {
    const { rows, total } = await pageWithTotal(
      shown()
        .where(where)
        .orderBy(...order)
        .offset(p.offset)
        .limit(p.limit),
      db.select({ n: count() }).from(spotlight).where(where),
    );
    return { items: rows.map(toShown), total };
  }

  return {
    async insert(record, answerTokenHash) {
      await db.insert(spotlight).values({
        ...record,
        answerTokenHash,
        searchText: searchTextOf([record.title, record.subjectName, record.body]),
      });
    },
    async findById(id) {
      const [row] = await shown().where(eq(spotlight.id, id));
      return row && toShown(row);
    },
    async findByAnswerToken(tokenHash) {
      const [row] = await shown().where(eq(spotlight.answerTokenHash, tokenHash));
      return row && toShown(row);
    },
    async changeStatus(id, from, to, at, subjectUserId) {
      const stamp = to === "withdrawn" ? { withdrawnAt: at } : { answeredAt: at };
      const rows = await db
        .update(spotlight)
        .set({
          status: to,
          ...stamp,
          ...(subjectUserId ? { subjectUserId } : {}),
        })
        .where(and(eq(spotlight.id, id), eq(spotlight.status, from)))
        .returning({ id: spotlight.id });
      return rows.length > 0;
    },
    async delete(id) {
      await db.delete(spotlight).where(eq(spotlight.id, id));
    },
    listPublished: (scope, p) =>
      page(scopeWhere(scope), [desc(spotlight.answeredAt), desc(spotlight.id)], p),
    listByAuthor: (authorId, p) =>
      page(eq(spotlight.authorId, authorId), [desc(spotlight.createdAt), desc(spotlight.id)], p),
    listAbout: (userId, verifiedEmail, p) =>
      page(
        and(
          inArray(spotlight.status, ["asked", "published"]),
          verifiedEmail
            ? or(
                eq(spotlight.subjectUserId, userId),
                eq(spotlight.subjectEmail, verifiedEmail.toLowerCase()),
              )
            : eq(spotlight.subjectUserId, userId),
        ),
        [desc(spotlight.createdAt), desc(spotlight.id)],
        p,
      ),
    async insertThanks(spotlightId, userId, at) {
      const rows = await db
        .insert(spotlightThanks)
        .values({ spotlightId, userId, createdAt: at })
        .onConflictDoNothing()
        .returning({ userId: spotlightThanks.userId });
      return rows.length > 0;
    },
    async isThankedBy(spotlightId, userId) {
      const rows = await db
        .select({ userId: spotlightThanks.userId })
        .from(spotlightThanks)
        .where(
          and(eq(spotlightThanks.spotlightId, spotlightId), eq(spotlightThanks.userId, userId)),
        )
        .limit(1);
      return rows.length > 0;
    },
    async listThanks(spotlightId, limit) {
      return db
        .select({ name: user.name, createdAt: spotlightThanks.createdAt })
        .from(spotlightThanks)
        .innerJoin(user, eq(user.id, spotlightThanks.userId))
        .where(eq(spotlightThanks.spotlightId, spotlightId))
        .orderBy(desc(spotlightThanks.createdAt), desc(spotlightThanks.userId))
        .limit(limit);
    },
    async findFeedVersion(shownCount) {
      // The newest published ones from the partial index: a withdrawal or a deletion changes
      // the set of ids, an agreement its first entry (as the news feeds, decision 0013).
      const result: unknown = await db.execute(sql`select max(p.answered_at) as newest,
          md5(coalesce(string_agg(p.id || '@' || (extract(epoch from p.answered_at) * 1000)::bigint, ',' order by p.answered_at desc, p.id desc), '')) as fingerprint
        from (select id, answered_at from spotlight where status = 'published'
              order by answered_at desc, id desc limit ${shownCount}) p`);
      const row = (result as { rows: { newest: string | Date | null; fingerprint: string }[] })
        .rows[0];
      return {
        fingerprint: row?.fingerprint ?? "",
        newestChangeAt: row?.newest ? new Date(row.newest) : null,
      };
    },
  };
}
