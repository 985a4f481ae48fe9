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
import type { QuestionTranslations } from "../../domain/rounds/round-texts.ts";
import { user } from "./auth.ts";

export const programme = pgTable("programme", {
  id: text("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  organisation: text("organisation").notNull().default(""),
  /** Where participants' replies go (Reply-To of the programme's emails); "" = none given. */
  contactEmail: text("contact_email").notNull().default(""),
  defaultLanguage: text("default_language").notNull().default("en"),
  /**
   * Applications of this programme's finished rounds are anonymised this many days after the
   * round ends (the privacy.retention job); null keeps them.
   */
  applicationRetentionDays: integer("application_retention_days").default(730),
  /**
   * The facilitators chose to publish the programme's topic library (titles and prompts, every
   * language) as open data under CC BY 4.0 (issue 15, decision 0020).
   */
  topicsOpenData: boolean("topics_open_data").notNull().default(false),
  createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The facilitator role is held per programme. */
export const programmeFacilitator = pgTable(
  "programme_facilitator",
  {
    programmeId: text("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    invitedBy: text("invited_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.userId] })],
);

/** An invitation to facilitate a programme, accepted by signing in with the invited email. */
export const facilitatorInvitation = pgTable(
  "facilitator_invitation",
  {
    id: text("id").primaryKey(),
    programmeId: text("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    invitedBy: text("invited_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("facilitator_invitation_programme_email").on(t.programmeId, t.email)],
);

export const round = pgTable(
  "round",
  {
    id: text("id").primaryKey(),
    programmeId: text("programme_id")
      .notNull()
      .references(() => programme.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    theme: text("theme").notNull().default(""),
    /** "peer" pairs, "mentor" mentor–mentee with capacity, "group" small groups. */
    mode: text("mode").notNull(),
    status: text("status").notNull().default("draft"),
    applicationsOpenAt: timestamp("applications_open_at", { withTimezone: true }).notNull(),
    applicationsCloseAt: timestamp("applications_close_at", { withTimezone: true }).notNull(),
    matchingAt: timestamp("matching_at", { withTimezone: true }).notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    rulesMarkdown: text("rules_markdown").notNull().default(""),
    /** No country may exceed this share of the round's applications; null = no cap. */
    countryCapPercent: integer("country_cap_percent"),
    /** Cap applies only once the round has this many applications, so early applicants are not turned away. */
    countryCapMinApplications: integer("country_cap_min_applications").notNull().default(20),
    allowTriads: boolean("allow_triads").notNull().default(true),
    groupSize: integer("group_size"),
    clonedFromRoundId: text("cloned_from_round_id"),
    /** When the retention job anonymised this finished round's applications (null: not yet). */
    applicationsAnonymisedAt: timestamp("applications_anonymised_at", { withTimezone: true }),
    /** After publishing: every member gets a check-in this often. */
    checkInEveryDays: integer("check_in_every_days").notNull().default(14),
    /** A pair with no meeting and no "in touch" for this long gets one gentle nudge. */
    nudgeAfterDays: integer("nudge_after_days").notNull().default(14),
    /** …and after this long it appears on the facilitator's follow-up list. */
    followUpAfterDays: integer("follow_up_after_days").notNull().default(28),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("round_programme_slug").on(t.programmeId, t.slug)],
);

export const roundQuestion = pgTable(
  "round_question",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id")
      .notNull()
      .references(() => round.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** short_text | long_text | single_choice | multiple_choice | yes_no */
    kind: text("kind").notNull(),
    label: text("label").notNull(),
    required: boolean("required").notNull().default(false),
    options: jsonb("options").$type<string[]>().notNull().default([]),
    /** Label and options in the programme's other languages (src/domain/rounds/round-texts.ts). */
    translations: jsonb("translations").$type<QuestionTranslations>().notNull().default({}),
  },
  (t) => [index("round_question_round").on(t.roundId, t.position)],
);

/**
 * A round's theme and rules in a language other than the programme's default (which the round's
 * own columns hold); a reader without one gets the default's (issue 17, item 15).
 */
export const roundTranslation = pgTable(
  "round_translation",
  {
    roundId: text("round_id")
      .notNull()
      .references(() => round.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    theme: text("theme").notNull().default(""),
    rulesMarkdown: text("rules_markdown").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.locale] })],
);
