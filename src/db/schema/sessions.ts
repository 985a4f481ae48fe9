/** Round-wide group sessions, participants' answers to them, and their reminders. */
import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { application } from "./applications.ts";
import { user } from "./auth.ts";
import { round } from "./programmes.ts";

export const groupSession = pgTable(
  "group_session",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id")
      .notNull()
      .references(() => round.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    /** An online meeting link, or empty. */
    onlineUrl: text("online_url").notNull().default(""),
    /** A place to meet in person, or empty. */
    place: text("place").notNull().default(""),
    /** scheduled | cancelled */
    status: text("status").notNull().default("scheduled"),
    /** RFC 5545 SEQUENCE: raised on every change calendar apps must see. */
    sequence: integer("sequence").notNull().default(0),
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("group_session_round").on(t.roundId, t.startsAt)],
);

export const sessionRsvp = pgTable(
  "session_rsvp",
  {
    sessionId: text("session_id")
      .notNull()
      .references(() => groupSession.id, { onDelete: "cascade" }),
    applicationId: text("application_id")
      .notNull()
      .references(() => application.id, { onDelete: "cascade" }),
    /** yes | no | maybe */
    answer: text("answer").notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.applicationId] })],
);
