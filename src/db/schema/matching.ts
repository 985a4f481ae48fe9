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
  MatchingCriteria,
  RecordedChange,
  RunProgress,
  RunResult,
} from "../../domain/matching/matching-run-types.ts";
import type { MatchLink } from "@shelfmates/matching";
import { application } from "./applications.ts";
import { user } from "./auth.ts";
import { round } from "./programmes.ts";

/** One run of the matching engine over a round, kept with who, when, criteria, seed and result. */
export const matchingRun = pgTable(
  "matching_run",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id")
      .notNull()
      .references(() => round.id, { onDelete: "cascade" }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    /** running | done | failed */
    status: text("status").notNull(),
    progress: jsonb("progress").$type<RunProgress>().notNull(),
    criteria: jsonb("criteria").$type<MatchingCriteria>().notNull(),
    seed: integer("seed").notNull(),
    basedOnRunId: text("based_on_run_id"),
    result: jsonb("result").$type<RunResult>(),
    manualChanges: jsonb("manual_changes").$type<RecordedChange[]>().notNull().default([]),
    totalScore: integer("total_score"),
    lowestScore: integer("lowest_score"),
    error: text("error"),
    engineMs: integer("engine_ms"),
  },
  (t) => [index("matching_run_round").on(t.roundId, t.createdAt)],
);

/** Facilitator locks (always together) and blocks (never together); they outlive runs. */
export const matchConstraint = pgTable(
  "match_constraint",
  {
    roundId: text("round_id")
      .notNull()
      .references(() => round.id, { onDelete: "cascade" }),
    /** lock | block */
    kind: text("kind").notNull(),
    /** The smaller application id of the two, so a pair has one row. */
    applicationA: text("application_a")
      .notNull()
      .references(() => application.id, { onDelete: "cascade" }),
    applicationB: text("application_b")
      .notNull()
      .references(() => application.id, { onDelete: "cascade" }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.applicationA, t.applicationB] })],
);

/** A published pair, triad, mentorship or group. */
export const partnership = pgTable(
  "partnership",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id")
      .notNull()
      .references(() => round.id, { onDelete: "cascade" }),
    /** The published run it came from; null for a re-match made after publishing. */
    runId: text("run_id").references(() => matchingRun.id),
    /** pair | triad | mentorship | group */
    kind: text("kind").notNull(),
    score: integer("score").notNull(),
    links: jsonb("links").$type<MatchLink[]>().notNull(),
    breaksHardRule: boolean("breaks_hard_rule").notNull().default(false),
    /** active | dissolved (by a facilitator) | ended (with its round) */
    status: text("status").notNull().default("active"),
    /**
     * When its last current member confirmed the round's agreement (kept by the repository
     * that writes confirmations): "agreements not confirmed" is then an index scan.
     */
    agreementConfirmedAt: timestamp("agreement_confirmed_at", { withTimezone: true }),
    /**
     * Its latest contact: the latest held meeting or "in touch" check-in answer (kept by the
     * repositories writing meetings and answers, in the same transaction), so silence is read
     * from the partnership rather than from every meeting and check-in of the round.
     */
    lastContactAt: timestamp("last_contact_at", { withTimezone: true }),
    /** When its one gentle nudge was sent (a silent pair gets one). */
    nudgedAt: timestamp("nudged_at", { withTimezone: true }),
    /** When it was dissolved or ended. */
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("partnership_round").on(t.roundId, t.status, t.createdAt),
    // The facilitator's day: agreements still unconfirmed (a quarter of the pairs at most).
    index("partnership_unconfirmed")
      .on(t.roundId, t.createdAt)
      .where(sql`${t.status} = 'active' and ${t.agreementConfirmedAt} is null`),
  ],
);

export const partnershipMember = pgTable(
  "partnership_member",
  {
    partnershipId: text("partnership_id")
      .notNull()
      .references(() => partnership.id, { onDelete: "cascade" }),
    applicationId: text("application_id")
      .notNull()
      .references(() => application.id, { onDelete: "cascade" }),
    /** peer | mentor | mentee */
    role: text("role").notNull(),
    /** Set when the partnership was dissolved: the person may be matched again. */
    leftAt: timestamp("left_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.partnershipId, t.applicationId] }),
    // An application is in at most one current partnership (earlier ones were dissolved).
    uniqueIndex("partnership_member_application")
      .on(t.applicationId)
      .where(sql`${t.leftAt} is null`),
    // People who left a dissolved partnership (few): the re-match's waiting list.
    index("partnership_member_left")
      .on(t.applicationId)
      .where(sql`${t.leftAt} is not null`),
  ],
);

/** A round is published once: the primary key refuses a second publication. */
export const roundPublication = pgTable("round_publication", {
  roundId: text("round_id")
    .primaryKey()
    .references(() => round.id, { onDelete: "cascade" }),
  runId: text("run_id")
    .notNull()
    .references(() => matchingRun.id),
  publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
  publishedBy: text("published_by").references(() => user.id, { onDelete: "set null" }),
});
