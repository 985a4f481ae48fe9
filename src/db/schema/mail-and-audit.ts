import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";

/**
 * Transactional outbox: a row is written in the same transaction as the change that
 * causes the email; the mail worker delivers it. See docs/decisions/0004-email-outbox.md.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: text("id").primaryKey(),
    /** Stops the same logical email being queued twice (e.g. "application-confirmation:<id>:1"). */
    dedupeKey: text("dedupe_key").notNull().unique(),
    toAddress: text("to_address").notNull(),
    toName: text("to_name").notNull().default(""),
    locale: text("locale").notNull().default("en"),
    kind: text("kind").notNull(),
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    bodyHtml: text("body_html").notNull(),
    /** pending | sending | sent | failed | uncertain */
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    transport: text("transport"),
    messageId: text("message_id"),
    /** Reply-To: the programme's contact address, for emails about a programme. */
    replyTo: text("reply_to"),
    /** RFC 8058 one-click unsubscribe URL for bulk kinds of email; null for the others. */
    unsubscribeUrl: text("unsubscribe_url"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /**
     * searchTextOf(to_address, to_name), written with the row: the development mailbox finds a
     * recipient by part of their address or name. Null only for rows older than the column,
     * until the start-up backfill (src/db/backfill-search-text.ts).
     */
    searchText: text("search_text"),
  },
  (t) => [
    index("email_outbox_due").on(t.status, t.nextAttemptAt),
    index("email_outbox_to").on(t.toAddress),
    index("email_outbox_search_text_missing")
      .on(t.id)
      .where(sql`${t.searchText} is null`),
  ],
);

/** A kind of bulk email an address no longer wants (topics, check-ins, nudges, reminders). */
export const emailOptOut = pgTable(
  "email_opt_out",
  {
    email: text("email").notNull(),
    kind: text("kind").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.email, t.kind] })],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: text("id").primaryKey(),
    actorUserId: text("actor_user_id").references(() => user.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_subject").on(t.subjectType, t.subjectId)],
);
