/**
 * The co-written guide (issue 15): a round's participants write chapters together; a
 * facilitator reviews and publishes the guide under CC BY 4.0 with every author credited.
 * Every saved change is a revision (who, when, what) that can be compared and restored;
 * a chapter's `version` makes the second of two concurrent saves see both texts and merge.
 */
import {
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { round } from "./programmes.ts";

export const guide = pgTable(
  "guide",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id")
      .notNull()
      .references(() => round.id, { onDelete: "cascade" }),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    /** Markdown, sanitised when shown. */
    summary: text("summary").notNull().default(""),
    /** ISO 639-1 code of the language it is written in. */
    language: text("language").notNull().default("en"),
    /** writing | published */
    status: text("status").notNull().default("writing"),
    licence: text("licence").notNull().default("CC-BY-4.0"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: text("published_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("guide_round").on(t.roundId)],
);

export const guideChapter = pgTable(
  "guide_chapter",
  {
    id: text("id").primaryKey(),
    guideId: text("guide_id")
      .notNull()
      .references(() => guide.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    /** Markdown: the latest revision's text. */
    body: text("body").notNull().default(""),
    /** The latest revision's number; a save names the version it started from. */
    version: integer("version").notNull().default(0),
    /** The revision the published guide shows (null: not in the published guide). */
    publishedVersion: integer("published_version"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("guide_chapter_position").on(t.guideId, t.position)],
);

/** The chapter's authors, credited in the published guide. */
export const guideChapterAuthor = pgTable(
  "guide_chapter_author",
  {
    chapterId: text("chapter_id")
      .notNull()
      .references(() => guideChapter.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** The name credited (kept as written when the author last saved). */
    creditName: text("credit_name").notNull(),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.chapterId, t.userId] })],
);

/** Every saved change of a chapter: who, when, what; never updated or deleted. */
export const guideChapterRevision = pgTable(
  "guide_chapter_revision",
  {
    chapterId: text("chapter_id")
      .notNull()
      .references(() => guideChapter.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    /** edit | merge | restore */
    kind: text("kind").notNull().default("edit"),
    /** For a restore: the version brought back. */
    restoredFrom: integer("restored_from"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.chapterId, t.version] })],
);
