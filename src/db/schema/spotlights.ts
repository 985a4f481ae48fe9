/**
 * Spotlights (issue 15): a member writes about a colleague's idea or work. The colleague is
 * named by account or invited by email, and the spotlight is public only once they agree;
 * they can withdraw it later. Members thank the author and the colleague.
 */
import { index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { user } from "./auth.ts";

export const spotlight = pgTable(
  "spotlight",
  {
    id: text("id").primaryKey(),
    authorId: text("author_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** The colleague's account, once known (named by account, or the invited email's account). */
    subjectUserId: text("subject_user_id").references(() => user.id, { onDelete: "cascade" }),
    /** The invited address (lower-cased) when the colleague was named by email; "" otherwise. */
    subjectEmail: text("subject_email").notNull().default(""),
    /** The colleague's name as the author wrote it (shown to the colleague when asked). */
    subjectName: text("subject_name").notNull(),
    title: text("title").notNull(),
    /** Markdown, checked on the way in and sanitised on the way out (as news posts). */
    body: text("body").notNull(),
    linkUrl: text("link_url").notNull().default(""),
    imageUrl: text("image_url").notNull().default(""),
    /** Required whenever imageUrl is given. */
    imageAlt: text("image_alt").notNull().default(""),
    /** asked | published | declined | withdrawn — public only while published. */
    status: text("status").notNull().default("asked"),
    /** sha256 of the secret in the emailed answer link. */
    answerTokenHash: text("answer_token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    searchText: text("search_text").notNull().default(""),
  },
  (t) => [
    index("spotlight_published")
      .on(t.answeredAt, t.id)
      .where(sql`${t.status} = 'published'`),
    index("spotlight_subject").on(t.subjectUserId),
    index("spotlight_author").on(t.authorId),
    index("spotlight_subject_email").on(t.subjectEmail),
    index("spotlight_answer_token").on(t.answerTokenHash),
  ],
);

/** A member's thanks for a published spotlight (to its author and its colleague); once each. */
export const spotlightThanks = pgTable(
  "spotlight_thanks",
  {
    spotlightId: text("spotlight_id")
      .notNull()
      .references(() => spotlight.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.spotlightId, t.userId] })],
);
