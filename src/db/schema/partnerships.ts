/**
 * A round's life after publishing (issue 12): the programme's topic library and each round's
 * topic schedule, what was sent to whom, the agreement each partner confirms, the meeting
 * log and the fortnightly check-ins.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { application } from "./applications.ts";
import { user } from "./auth.ts";
import { partnership } from "./matching.ts";
import { programme, round } from "./programmes.ts";

/** A discussion topic in a programme's library, reusable across its rounds. */
export const topic = pgTable(
  "topic",
  {
    id: text("id").primaryKey(),
    programmeId: text("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    /** Order in the library, and the default order of a new round's schedule. */
    position: integer("position").notNull(),
    archived: boolean("archived").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("topic_programme").on(t.programmeId, t.position)],
);

/** A topic's title and prompt in one language; the programme's default language is required. */
export const topicTranslation = pgTable(
  "topic_translation",
  {
    topicId: text("topic_id")
      .notNull()
      .references(() => topic.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    promptMarkdown: text("prompt_markdown").notNull(),
  },
  (t) => [primaryKey({ columns: [t.topicId, t.locale] })],
);

/** Which topic a round sends in which week (week 1 starts at the round's start date). */
export const roundTopic = pgTable(
  "round_topic",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id")
      .notNull()
      .references(() => round.id, { onDelete: "cascade" }),
    topicId: text("topic_id")
      .notNull()
      .references(() => topic.id, { onDelete: "restrict" }),
    week: integer("week").notNull(),
  },
  (t) => [uniqueIndex("round_topic_week").on(t.roundId, t.week)],
);

/**
 * A topic sent to a partnership: the primary key makes "exactly once per partnership and
 * topic" hold across restarts and several instances (an insert that conflicts sends nothing).
 */
export const topicDelivery = pgTable(
  "topic_delivery",
  {
    partnershipId: text("partnership_id")
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    roundTopicId: text("round_topic_id")
      .notNull()
      .references(() => roundTopic.id, { onDelete: "cascade" }),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.roundTopicId] })],
);

/** A partner's confirmation of the round's agreement (once each). */
export const agreementConfirmation = pgTable(
  "agreement_confirmation",
  {
    partnershipId: text("partnership_id")
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    applicationId: text("application_id")
      .notNull()
      .references(() => application.id, { onDelete: "cascade" }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.applicationId] })],
);

/** A meeting of a partnership, planned (in the future) or held. */
export const meeting = pgTable(
  "meeting",
  {
    id: text("id").primaryKey(),
    partnershipId: text("partnership_id")
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    loggedBy: text("logged_by")
      .notNull()
      .references(() => application.id, { onDelete: "cascade" }),
    /** planned | held */
    status: text("status").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    /** online | in_person */
    place: text("place").notNull(),
    /** one_to_one | group */
    format: text("format").notNull(),
    /** Seen by every member of the partnership. */
    sharedNote: text("shared_note").notNull().default(""),
    /** Seen only by the member who logged it. */
    privateNote: text("private_note").notNull().default(""),
    /** Raised on each change, for the meeting's .ics file. */
    sequence: integer("sequence").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("meeting_partnership").on(t.partnershipId, t.startsAt),
    // "When did this pair last meet?" for silence, the dashboard and the facilitator's day.
    index("meeting_held")
      .on(t.partnershipId, t.startsAt)
      .where(sql`${t.status} = 'held'`),
  ],
);

/**
 * One fortnightly check-in of one member: sent, then answered (an answer replaces the
 * earlier one; the unique index refuses a second row for the same check-in).
 */
export const checkIn = pgTable(
  "check_in",
  {
    id: text("id").primaryKey(),
    partnershipId: text("partnership_id")
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    applicationId: text("application_id")
      .notNull()
      .references(() => application.id, { onDelete: "cascade" }),
    /** 1 for the first check-in (which also asks "Is this a good match for you?"). */
    sequence: integer("sequence").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    /** in_touch | not_yet | problem; null until answered */
    answer: text("answer"),
    /** yes | no; asked on the first check-in only */
    goodMatch: text("good_match"),
    note: text("note").notNull().default(""),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("check_in_member_sequence").on(t.partnershipId, t.applicationId, t.sequence),
    index("check_in_partnership").on(t.partnershipId, t.answeredAt),
    index("check_in_in_touch")
      .on(t.partnershipId, t.answeredAt)
      .where(sql`${t.answer} = 'in_touch'`),
  ],
);

/**
 * A partnership the facilitator should look at (a problem reported, or silent too long), and
 * what became of it. One open item per partnership at a time.
 */
export const followUp = pgTable(
  "follow_up",
  {
    id: text("id").primaryKey(),
    partnershipId: text("partnership_id")
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    /** problem | silent */
    reason: text("reason").notNull(),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull(),
    /** resolved | dissolved; null while open */
    outcome: text("outcome"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: text("closed_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("follow_up_one_open")
      .on(t.partnershipId)
      .where(sql`${t.closedAt} is null`),
    index("follow_up_partnership").on(t.partnershipId),
    index("follow_up_open_by_reason")
      .on(t.reason, t.openedAt)
      .where(sql`${t.closedAt} is null`),
  ],
);
