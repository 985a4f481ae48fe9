/**
 * Events, CPD and courses (issue 14), published by a network's organisers or a programme's
 * facilitators. A repeating event's occurrences are expanded in the event's time zone when
 * it is saved (src/domain/events) and stored, so listings by date are one indexed read.
 */
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { user } from "./auth.ts";
import { network } from "./networks.ts";
import { programme } from "./programmes.ts";

export const event = pgTable(
  "event",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    /** Exactly one of networkId and programmeId is set: who publishes the event. */
    networkId: text("network_id").references(() => network.id, { onDelete: "cascade" }),
    programmeId: text("programme_id").references(() => programme.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** Markdown, sanitised when shown. */
    description: text("description").notNull().default(""),
    /** event | course (a course runs over weeks, one unit a week, self-paced) */
    kind: text("kind").notNull().default("event"),
    online: boolean("online").notNull().default(false),
    /** The online meeting link: shown only to those registered. */
    onlineUrl: text("online_url").notNull().default(""),
    venue: text("venue").notNull().default(""),
    city: text("city").notNull().default(""),
    /** ISO 3166-1 alpha-2, or "" online. */
    country: text("country").notNull().default(""),
    /** IANA time zone the event is scheduled in (its repeats keep the local time). */
    timeZone: text("time_zone").notNull(),
    /** The first occurrence (a course: its start). */
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    /** none | weekly | monthly */
    repeat: text("repeat").notNull().default("none"),
    /** How many occurrences in all (1 when it does not repeat). */
    occurrences: integer("occurrences").notNull().default(1),
    /** A course's number of weeks (one unit a week), else null. */
    courseWeeks: integer("course_weeks"),
    /** Places; null = no limit. Past it, registrations go to the waitlist. */
    capacity: integer("capacity"),
    /** Interest codes of the vocabulary, for the listing's topic filter. */
    topics: jsonb("topics").$type<string[]>().notNull().default([]),
    /** ISO 639-1 code of the language the event is held in. */
    language: text("language").notNull().default("en"),
    /** scheduled | cancelled */
    status: text("status").notNull().default("scheduled"),
    /** RFC 5545 SEQUENCE: raised on every change calendar apps must see. */
    sequence: integer("sequence").notNull().default(0),
    searchText: text("search_text").notNull().default(""),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("event_one_owner", sql`(${t.networkId} is null) <> (${t.programmeId} is null)`),
    index("event_network").on(t.networkId, t.startsAt),
    index("event_programme").on(t.programmeId, t.startsAt),
  ],
);

/**
 * Each occurrence of an event (one row for a one-off event or a course's start). It carries
 * copies of what the events listing filters on (listed, online, country), written by
 * the repository with the occurrences and with the event's status: the listing walks
 * occurrences by start and stops after a page, and joining each one to its event to filter
 * cost more than everything else (measured in bench/community.ts, decision 0012).
 */
export const eventOccurrence = pgTable(
  "event_occurrence",
  {
    eventId: text("event_id")
      .notNull()
      .references(() => event.id, { onDelete: "cascade" }),
    /** 0-based position in the series. */
    position: integer("position").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    /** The event is scheduled (not cancelled): the occurrence is in the listing. */
    listed: boolean("listed").notNull().default(true),
    /** The event's online and country, copied. */
    online: boolean("online").notNull().default(false),
    country: text("country").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.position] }),
    index("event_occurrence_starts").on(t.startsAt),
    // The listing's walks: everything listed, online only, one country's (a topic's: below).
    index("event_occurrence_listed")
      .on(t.startsAt, t.eventId, t.position)
      .where(sql`${t.listed}`),
    index("event_occurrence_online")
      .on(t.startsAt, t.eventId, t.position)
      .where(sql`${t.listed} and ${t.online}`),
    index("event_occurrence_country")
      .on(t.country, t.startsAt)
      .where(sql`${t.listed} and ${t.country} <> ''`),
  ],
);

/**
 * The listed occurrences of each topic, in start order: the listing's topic filter walks
 * its primary key and stops after a page (a containment test over each occurrence's topics
 * read tens of thousands of rows to count a rare topic's). Written by the repository with the
 * occurrences; a cancelled event's are deleted.
 */
export const eventOccurrenceTopic = pgTable(
  "event_occurrence_topic",
  {
    /** An interest code of the vocabulary. */
    topic: text("topic").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    eventId: text("event_id").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.topic, t.startsAt, t.eventId, t.position] }),
    foreignKey({
      columns: [t.eventId, t.position],
      foreignColumns: [eventOccurrence.eventId, eventOccurrence.position],
    }).onDelete("cascade"),
    index("event_occurrence_topic_occurrence").on(t.eventId, t.position),
  ],
);

/** A course's units, one a week from its start. */
export const courseUnit = pgTable(
  "course_unit",
  {
    eventId: text("event_id")
      .notNull()
      .references(() => event.id, { onDelete: "cascade" }),
    /** 1-based week of the course. */
    week: integer("week").notNull(),
    title: text("title").notNull(),
    /** Markdown, sanitised when shown. */
    body: text("body").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.week] })],
);

/**
 * A member's registration. `registered` holds a place; `waitlisted` waits in order of
 * `createdAt` and moves up when a place frees; `cancelled` keeps the row (re-registering
 * reuses it and joins the end of the waitlist when full).
 */
export const eventRegistration = pgTable(
  "event_registration",
  {
    eventId: text("event_id")
      .notNull()
      .references(() => event.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** registered | waitlisted | cancelled */
    status: text("status").notNull(),
    /** Waitlist order: when this registration (or re-registration) was made. */
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    /** When a waitlisted registration got a place. */
    promotedAt: timestamp("promoted_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.userId] }),
    index("event_registration_queue").on(t.eventId, t.status, t.createdAt),
    index("event_registration_user").on(t.userId, t.status),
  ],
);

/** The day-before reminder, once per registration and occurrence (its primary key). */
export const eventReminder = pgTable(
  "event_reminder",
  {
    eventId: text("event_id")
      .notNull()
      .references(() => event.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    occurrenceStartsAt: timestamp("occurrence_starts_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId, t.occurrenceStartsAt] })],
);

/**
 * A member's personal calendar feed of their registrations: a secret address they can
 * revoke (a new token replaces the old one, which then answers 404).
 */
export const calendarFeed = pgTable("calendar_feed", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  /** A random secret (stored as its SHA-256 hex digest), part of the feed's address. */
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
