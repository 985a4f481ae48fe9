/** News (issue 14): posts, comments and their moderation, feeds, follows and the weekly digest. */
import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type {
  NewsPublisher,
  NewsRepository,
  NewsScope,
  ShownNewsPost,
} from "../../use-cases/news/news-ports.ts";
import type { Executor } from "../database.ts";
import { pageWithTotal } from "../page-with-total.ts";
import {
  commentReport,
  digestDelivery,
  network,
  networkFollow,
  networkOrganiser,
  newsComment,
  newsPost,
  programme,
  programmeFacilitator,
  user,
} from "../schema/index.ts";
import { createDigestQueries } from "./news-digest-queries.ts";
import { findFeedVersion } from "./news-feed-version-query.ts";
import { findPublisher } from "./publisher-query.ts";

/** A network's posts show only once it is approved; a programme's always. */
const publishedWhere = or(isNull(newsPost.networkId), eq(network.status, "approved"));

const visibleComments = sql<number>`(select count(*)::int from ${newsComment} where ${newsComment.postId} = ${newsPost.id} and ${newsComment.hiddenAt} is null)`;

const postColumns = {
  post: newsPost,
  authorName: user.name,
  networkSlug: network.slug,
  networkName: network.name,
  programmeSlug: programme.slug,
  programmeName: programme.name,
  commentCount: visibleComments,
};

type PostRow = {
  post: typeof newsPost.$inferSelect;
  authorName: string | null;
  networkSlug: string | null;
  networkName: string | null;
  programmeSlug: string | null;
  programmeName: string | null;
  commentCount: number;
};

function toShown(row: PostRow): ShownNewsPost {
  const { searchText: _searchText, ...post } = row.post;
  const publisher: NewsPublisher = post.networkId
    ? { kind: "network", id: post.networkId, slug: row.networkSlug!, name: row.networkName! }
    : {
        kind: "programme",
        id: post.programmeId!,
        slug: row.programmeSlug!,
        name: row.programmeName!,
      };
  return { ...post, authorName: row.authorName, publisher, commentCount: row.commentCount };
}

function scopeWhere(scope: NewsScope): SQL | undefined {
  if (scope === "site") return publishedWhere;
  return "networkId" in scope
    ? and(eq(newsPost.networkId, scope.networkId), eq(network.status, "approved"))
    : eq(newsPost.programmeId, scope.programmeId);
}

export function createNewsRepository(db: Executor): NewsRepository {
  const posts = () =>
    db
      .select(postColumns)
      .from(newsPost)
      .leftJoin(network, eq(network.id, newsPost.networkId))
      .leftJoin(programme, eq(programme.id, newsPost.programmeId))
      .leftJoin(user, eq(user.id, newsPost.authorId));

  return {
    findPublisherBySlug: (kind, slug) => findPublisher(db, kind, { slug }),
    findPublisher: (publisher) =>
      "networkId" in publisher
        ? findPublisher(db, "network", { id: publisher.networkId })
        : findPublisher(db, "programme", { id: publisher.programmeId }),
    async postSlugExists(slug) {
      const rows = await db
        .select({ id: newsPost.id })
        .from(newsPost)
        .where(eq(newsPost.slug, slug))
        .limit(1);
      return rows.length > 0;
    },
    async insertPost(post) {
      await db.insert(newsPost).values({ ...post, searchText: "" });
    },
    async updatePost({ id, ...changes }) {
      await db.update(newsPost).set(changes).where(eq(newsPost.id, id));
    },
    async deletePost(id) {
      await db.delete(newsPost).where(eq(newsPost.id, id));
    },
    async findPostBySlug(slug) {
      const [row] = await posts().where(and(eq(newsPost.slug, slug), publishedWhere));
      return row && toShown(row);
    },
    async listNewsPublishers(limit) {
      const [networks, programmes] = await Promise.all([
        db
          .selectDistinct({ id: network.id, slug: network.slug, name: network.name })
          .from(network)
          .innerJoin(newsPost, eq(newsPost.networkId, network.id))
          .where(eq(network.status, "approved"))
          .orderBy(asc(network.name), asc(network.id))
          .limit(limit),
        db
          .selectDistinct({ id: programme.id, slug: programme.slug, name: programme.name })
          .from(programme)
          .innerJoin(newsPost, eq(newsPost.programmeId, programme.id))
          .orderBy(asc(programme.name), asc(programme.id))
          .limit(limit),
      ]);
      return [
        ...networks.map((n) => ({ kind: "network" as const, ...n })),
        ...programmes.map((p) => ({ kind: "programme" as const, ...p })),
      ];
    },
    async listPosts(scope, page) {
      const where = scopeWhere(scope);
      const { rows, total } = await pageWithTotal(
        posts()
          .where(where)
          .orderBy(desc(newsPost.publishedAt), desc(newsPost.id))
          .offset(page.offset)
          .limit(page.limit),
        db
          .select({ n: count() })
          .from(newsPost)
          .leftJoin(network, eq(network.id, newsPost.networkId))
          .where(where),
      );
      return { items: rows.map(toShown), total };
    },
    async listComments(postId, page, viewerId) {
      const where = and(eq(newsComment.postId, postId), isNull(newsComment.hiddenAt));
      const reported = viewerId
        ? sql<boolean>`exists (select 1 from ${commentReport} where ${commentReport.commentId} = ${newsComment.id} and ${commentReport.userId} = ${viewerId})`
        : sql<boolean>`false`;
      const { rows, total } = await pageWithTotal(
        db
          .select({
            id: newsComment.id,
            body: newsComment.body,
            createdAt: newsComment.createdAt,
            authorName: user.name,
            reportedByViewer: reported,
          })
          .from(newsComment)
          .leftJoin(user, eq(user.id, newsComment.authorId))
          .where(where)
          .orderBy(asc(newsComment.createdAt), asc(newsComment.id))
          .offset(page.offset)
          .limit(page.limit),
        db.select({ n: count() }).from(newsComment).where(where),
      );
      return { items: rows, total };
    },
    async insertComment(comment) {
      await db.insert(newsComment).values(comment);
    },
    async findVisibleComment(id) {
      const [row] = await db
        .select({ comment: newsComment })
        .from(newsComment)
        .where(and(eq(newsComment.id, id), isNull(newsComment.hiddenAt)));
      if (!row) return undefined;
      const [post] = await posts().where(and(eq(newsPost.id, row.comment.postId), publishedWhere));
      return post && { comment: row.comment, post: toShown(post) };
    },
    async insertReport(report) {
      const rows = await db
        .insert(commentReport)
        .values(report)
        .onConflictDoNothing()
        .returning({ commentId: commentReport.commentId });
      return rows.length > 0;
    },
    async hideComment(id, hiddenBy, at) {
      const rows = await db
        .update(newsComment)
        .set({ hiddenAt: at, hiddenBy })
        .where(and(eq(newsComment.id, id), isNull(newsComment.hiddenAt)))
        .returning({ id: newsComment.id });
      await db
        .update(commentReport)
        .set({ resolvedAt: at })
        .where(and(eq(commentReport.commentId, id), isNull(commentReport.resolvedAt)));
      return rows.length > 0;
    },
    async resolveReports(commentId, at) {
      const rows = await db
        .update(commentReport)
        .set({ resolvedAt: at })
        .where(and(eq(commentReport.commentId, commentId), isNull(commentReport.resolvedAt)))
        .returning({ commentId: commentReport.commentId });
      return rows.length;
    },
    async listReportedComments(scope, page) {
      const open = sql`exists (select 1 from ${commentReport} where ${commentReport.commentId} = ${newsComment.id} and ${commentReport.resolvedAt} is null)`;
      const inScope =
        scope === "all"
          ? undefined
          : or(
              scope.networkIds.length ? inArray(newsPost.networkId, scope.networkIds) : sql`false`,
              scope.programmeIds.length
                ? inArray(newsPost.programmeId, scope.programmeIds)
                : sql`false`,
            );
      const where = and(isNull(newsComment.hiddenAt), open, inScope, publishedWhere);
      const lastReported = sql<Date>`(select max(${commentReport.createdAt}) from ${commentReport} where ${commentReport.commentId} = ${newsComment.id} and ${commentReport.resolvedAt} is null)`;
      const base = () =>
        db
          .select({
            id: newsComment.id,
            body: newsComment.body,
            createdAt: newsComment.createdAt,
            authorName: user.name,
            postSlug: newsPost.slug,
            postTitle: newsPost.title,
          })
          .from(newsComment)
          .innerJoin(newsPost, eq(newsPost.id, newsComment.postId))
          .leftJoin(network, eq(network.id, newsPost.networkId))
          .leftJoin(user, eq(user.id, newsComment.authorId));
      const { rows, total } = await pageWithTotal(
        base()
          .where(where)
          .orderBy(desc(lastReported), asc(newsComment.id))
          .offset(page.offset)
          .limit(page.limit),
        db
          .select({ n: count() })
          .from(newsComment)
          .innerJoin(newsPost, eq(newsPost.id, newsComment.postId))
          .leftJoin(network, eq(network.id, newsPost.networkId))
          .where(where),
      );
      const reports = rows.length
        ? await db
            .select({
              commentId: commentReport.commentId,
              reason: commentReport.reason,
              createdAt: commentReport.createdAt,
            })
            .from(commentReport)
            .where(
              and(
                inArray(
                  commentReport.commentId,
                  rows.map((r) => r.id),
                ),
                isNull(commentReport.resolvedAt),
              ),
            )
            .orderBy(asc(commentReport.createdAt))
        : [];
      return {
        items: rows.map(({ postSlug, postTitle, ...comment }) => ({
          ...comment,
          post: { slug: postSlug, title: postTitle },
          reports: reports
            .filter((r) => r.commentId === comment.id)
            .map(({ reason, createdAt }) => ({ reason, createdAt })),
        })),
        total,
      };
    },
    async findModerationScope(userId) {
      const [networks, programmes] = await Promise.all([
        db
          .select({ id: networkOrganiser.networkId })
          .from(networkOrganiser)
          .innerJoin(network, eq(network.id, networkOrganiser.networkId))
          .where(and(eq(networkOrganiser.userId, userId), eq(network.status, "approved"))),
        db
          .select({ id: programmeFacilitator.programmeId })
          .from(programmeFacilitator)
          .where(eq(programmeFacilitator.userId, userId)),
      ]);
      return { networkIds: networks.map((n) => n.id), programmeIds: programmes.map((p) => p.id) };
    },
    findFeedVersion: (scope, postsShown) => findFeedVersion(db, scope, postsShown),

    async follow(networkId, userId, at) {
      await db
        .insert(networkFollow)
        .values({ networkId, userId, followedAt: at })
        .onConflictDoNothing();
    },
    async unfollow(networkId, userId) {
      await db
        .delete(networkFollow)
        .where(and(eq(networkFollow.networkId, networkId), eq(networkFollow.userId, userId)));
    },
    async isFollowing(networkId, userId) {
      const rows = await db
        .select({ userId: networkFollow.userId })
        .from(networkFollow)
        .where(and(eq(networkFollow.networkId, networkId), eq(networkFollow.userId, userId)))
        .limit(1);
      return rows.length > 0;
    },
    ...createDigestQueries(db),
    async claimDigest(delivery) {
      const rows = await db
        .insert(digestDelivery)
        .values(delivery)
        .onConflictDoNothing()
        .returning({ userId: digestDelivery.userId });
      return rows.length > 0;
    },
  };
}
