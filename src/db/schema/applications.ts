import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type {
  CustomAnswers,
  SpokenLanguage,
} from "../../domain/applications/application-profile.ts";
import { user } from "./auth.ts";
import { round } from "./programmes.ts";

export const application = pgTable(
  "application",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id")
      .notNull()
      .references(() => round.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
    /** submitted | accepted | waitlisted | rejected | withdrawn */
    status: text("status").notNull().default("submitted"),
    /** Why the applicant is waitlisted, e.g. "country_cap". */
    waitlistReason: text("waitlist_reason"),
    decisionMessage: text("decision_message"),
    source: text("source").notNull().default("form"),
    /** The import job that wrote it (a failed import takes its rows back). */
    importJobId: text("import_job_id"),
    /** sha256 of the secret in the applicant's manage link. */
    manageTokenHash: text("manage_token_hash").notNull(),
    locale: text("locale").notNull().default("en"),
    name: text("name").notNull(),
    email: text("email").notNull(),
    country: text("country").notNull(),
    city: text("city").notNull().default(""),
    languages: jsonb("languages").$type<SpokenLanguage[]>().notNull(),
    timeZone: text("time_zone").notNull(),
    library: text("library").notNull().default(""),
    sector: text("sector").notNull(),
    solo: boolean("solo").notNull().default(false),
    jobTitle: text("job_title").notNull().default(""),
    careerStage: text("career_stage").notNull(),
    experienceYears: integer("experience_years").notNull().default(0),
    interests: text("interests").array().notNull().default([]),
    otherInterests: text("other_interests").notNull().default(""),
    goals: text("goals").notNull().default(""),
    matchBy: text("match_by").notNull().default("anyone"),
    partnerSector: text("partner_sector").notNull().default("any"),
    meetingFormats: text("meeting_formats").array().notNull().default([]),
    availability: text("availability").array().notNull().default([]),
    role: text("role").notNull().default("peer"),
    mentorCapacity: integer("mentor_capacity"),
    customAnswers: jsonb("custom_answers").$type<CustomAnswers>().notNull().default({}),
    consentAt: timestamp("consent_at", { withTimezone: true }).notNull(),
    /** When the applicant ticked "I agree to the rules" (the form asks when the round has rules). */
    rulesAgreedAt: timestamp("rules_agreed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    /**
     * searchTextOf(name, email, library, city), written with the row by the repository: the
     * applicant list and a round's partnerships search it (src/db/contains-pattern.ts). Null
     * only for rows older than the column, until the start-up backfill (backfill-search-text.ts).
     */
    searchText: text("search_text"),
  },
  (t) => [
    uniqueIndex("application_round_email").on(t.roundId, t.email),
    uniqueIndex("application_manage_token").on(t.manageTokenHash),
    index("application_round_status").on(t.roundId, t.status),
    index("application_round_country").on(t.roundId, t.country),
    index("application_round_created").on(t.roundId, t.createdAt, t.id),
    index("application_import_job").on(t.importJobId),
    // A person's applications across rounds (their account page; an emails' recipient).
    index("application_email").on(t.email),
    // Finds the rows the start-up backfill has still to fold (none, once it has run).
    index("application_search_text_missing")
      .on(t.id)
      .where(sql`${t.searchText} is null`),
  ],
);

/**
 * How many of a round's applications give each country, sector, status and language, kept
 * by the database itself: triggers on `application` add and take away with every insert,
 * update and delete (migration 0023), so the applicant list reads its counts and its
 * language filter here instead of counting the whole round on every page. A value whose
 * count fell to 0 keeps its row until it is counted again; readers skip it.
 */
export const roundApplicantTally = pgTable(
  "round_applicant_tally",
  {
    roundId: text("round_id")
      .notNull()
      .references(() => round.id, { onDelete: "cascade" }),
    /** country | sector | status | language */
    facet: text("facet").notNull(),
    value: text("value").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.facet, t.value] })],
);

/** Progress and outcome of a CSV import, so a long import can show progress. */
export const importJob = pgTable("import_job", {
  id: text("id").primaryKey(),
  roundId: text("round_id")
    .notNull()
    .references(() => round.id, { onDelete: "cascade" }),
  createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
  /** running | done | failed */
  status: text("status").notNull(),
  totalRows: integer("total_rows").notNull().default(0),
  processedRows: integer("processed_rows").notNull().default(0),
  errors: jsonb("errors").$type<unknown[]>().notNull().default([]),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
});

/**
 * The checked rows of a running import, a chunk per row (deleted once written), so its job
 * neither parses the file again nor holds the database for long, and resumes after a restart.
 */
export const importJobChunk = pgTable(
  "import_job_chunk",
  {
    importJobId: text("import_job_id")
      .notNull()
      .references(() => importJob.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    rows: jsonb("rows").$type<unknown[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.importJobId, t.position] })],
);
