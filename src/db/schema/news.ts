/**
 * News (issue 14): posts by a network's organisers or a programme's facilitators, members'
 * comments, and reports of comments. Hidden comments vanish from pages and feeds.
 */
import { check, index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { user } from "./auth.ts";
import { network } from "./networks.ts";
import { programme } from "./programmes.ts";

export const newsPost = pgTable(
  "news_post",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    /** Exactly one of networkId and programmeId is set: where the post is published. */
    networkId: text("network_id").references(() => network.id, { onDelete: "cascade" }),
    programmeId: text("programme_id").references(() => programme.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** Markdown as written (checked on the way in), sanitised again when rendered. */
    body: text("body").notNull(),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    searchText: text("search_text").notNull().default(""),
  },
  (t) => [
    check("news_post_one_owner", sql`(${t.networkId} is null) <> (${t.programmeId} is null)`),
    index("news_post_published").on(t.publishedAt),
    index("news_post_network").on(t.networkId, t.publishedAt),
    index("news_post_programme").on(t.programmeId, t.publishedAt),
  ],
);

export const newsComment = pgTable(
  "news_comment",
  {
    id: text("id").primaryKey(),
    postId: text("post_id")
      .notNull()
      .references(() => newsPost.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    /** Plain text (paragraphs), escaped when shown. */
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    /** Set when an organiser hid the comment: it is then shown nowhere. */
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    hiddenBy: text("hidden_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [index("news_comment_post").on(t.postId, t.createdAt)],
);

/** A member's report of a comment, once per member and comment. */
export const commentReport = pgTable(
  "comment_report",
  {
    commentId: text("comment_id")
      .notNull()
      .references(() => newsComment.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    reason: text("reason").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    /** When an organiser dealt with the report (hid the comment or kept it). */
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] })],
);
