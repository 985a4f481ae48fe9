/**
 * Opportunities and nominations (issue 15): organisers of a network (or facilitators of a
 * programme) post calls for speakers, panels, committees, boards, guest posts and conference
 * buddies; members nominate a colleague or themselves. Nothing about a nomination is visible
 * to anyone but its nominator, the organisers and the nominee until the nominee accepts; a
 * declined nomination is never shown. After an outcome, the nominator may offer to mentor.
 */
import { index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { network } from "./networks.ts";
import { programme, round } from "./programmes.ts";

export const opportunity = pgTable(
  "opportunity",
  {
    id: text("id").primaryKey(),
    /** Exactly one of networkId and programmeId is set (who organises it). */
    networkId: text("network_id").references(() => network.id, { onDelete: "cascade" }),
    programmeId: text("programme_id").references(() => programme.id, { onDelete: "cascade" }),
    /** speaker | panel | committee | board | guest_post | conference_buddy */
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    /** Markdown, sanitised when shown. */
    description: text("description").notNull().default(""),
    /** Who may be nominated, in the organiser's words. */
    eligibility: text("eligibility").notNull().default(""),
    /** Nominations close at this moment. */
    deadline: timestamp("deadline", { withTimezone: true }).notNull(),
    /** open | closed */
    status: text("status").notNull().default("open"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    searchText: text("search_text").notNull().default(""),
  },
  (t) => [
    index("opportunity_deadline").on(t.status, t.deadline),
    index("opportunity_network").on(t.networkId),
    index("opportunity_programme").on(t.programmeId),
  ],
);

export const nomination = pgTable(
  "nomination",
  {
    id: text("id").primaryKey(),
    opportunityId: text("opportunity_id")
      .notNull()
      .references(() => opportunity.id, { onDelete: "cascade" }),
    nominatorId: text("nominator_id").references(() => user.id, { onDelete: "set null" }),
    /** The nominee's account, once known. */
    nomineeUserId: text("nominee_user_id").references(() => user.id, { onDelete: "cascade" }),
    /** The nominee's address, lower-cased (one nomination per address and opportunity). */
    nomineeEmail: text("nominee_email").notNull(),
    nomineeName: text("nominee_name").notNull(),
    /**
     * The language the nominee is written to: their account's when they had one, else the
     * page's the nominator used (migration 0020; every later email about it uses it too).
     */
    nomineeLocale: text("nominee_locale").notNull().default("en"),
    note: text("note").notNull().default(""),
    /** asked | accepted | declined | withdrawn */
    status: text("status").notNull().default("asked"),
    /** null until the organiser records it: selected | not_this_time */
    outcome: text("outcome"),
    outcomeAt: timestamp("outcome_at", { withTimezone: true }),
    outcomeBy: text("outcome_by").references(() => user.id, { onDelete: "set null" }),
    /** sha256 of the secret in the nominee's emailed answer link. */
    answerTokenHash: text("answer_token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("nomination_opportunity_email").on(t.opportunityId, t.nomineeEmail),
    index("nomination_nominee").on(t.nomineeUserId),
    index("nomination_nominator").on(t.nominatorId),
    index("nomination_answer_token").on(t.answerTokenHash),
  ],
);

/**
 * A direct mentoring connection offered by one member to another (after a nomination's
 * outcome, or from a profile that says "looking for a mentor"). It may instead point the
 * mentee at an open mentoring round.
 */
export const mentoringOffer = pgTable(
  "mentoring_offer",
  {
    id: text("id").primaryKey(),
    mentorId: text("mentor_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    menteeId: text("mentee_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    nominationId: text("nomination_id").references(() => nomination.id, { onDelete: "set null" }),
    /** An open mentoring round suggested instead of (or besides) a direct connection. */
    roundId: text("round_id").references(() => round.id, { onDelete: "set null" }),
    message: text("message").notNull().default(""),
    /** offered | accepted | declined | ended */
    status: text("status").notNull().default("offered"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [
    index("mentoring_offer_mentee").on(t.menteeId),
    index("mentoring_offer_mentor").on(t.mentorId),
  ],
);
