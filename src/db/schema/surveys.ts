/**
 * Feedback (issue 13): each round's mid-round and end-of-round survey, its questions in the
 * programme's languages, who was sent it and reminded, and one response per participant.
 * Answers are stored per question so the report counts them in SQL; the report never shows
 * who answered what (anonymous by default).
 */
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  boolean,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { application } from "./applications.ts";
import { round } from "./programmes.ts";

/** A round's survey: "mid" or "end", sent on `sendAt`, open until `closesAt`. */
export const survey = pgTable(
  "survey",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id")
      .notNull()
      .references(() => round.id, { onDelete: "cascade" }),
    /** mid | end */
    kind: text("kind").notNull(),
    sendAt: timestamp("send_at", { withTimezone: true }).notNull(),
    /** One reminder to those who have not answered, on this date (null: no reminder). */
    remindAt: timestamp("remind_at", { withTimezone: true }),
    closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("survey_round_kind").on(t.roundId, t.kind)],
);

/**
 * A question: `prompts` and each option's `labels` are keyed by locale (the programme's
 * default language is required). `key` names the default questionnaire's questions
 * ("satisfaction", "recommend"…) so the report can compare them across rounds.
 */
export const surveyQuestion = pgTable(
  "survey_question",
  {
    id: text("id").primaryKey(),
    surveyId: text("survey_id")
      .notNull()
      .references(() => survey.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** scale (1–5) | single | multiple | text */
    type: text("type").notNull(),
    key: text("key"),
    required: boolean("required").notNull().default(false),
    prompts: jsonb("prompts").$type<Record<string, string>>().notNull(),
    options: jsonb("options")
      .$type<{ id: string; labels: Record<string, string> }[]>()
      .notNull()
      .default([]),
  },
  (t) => [index("survey_question_survey").on(t.surveyId, t.position)],
);

/**
 * A survey sent to one participant: the primary key makes "sent once" hold across restarts
 * and instances; `remindedAt` makes the one reminder happen once.
 */
export const surveyInvitation = pgTable(
  "survey_invitation",
  {
    surveyId: text("survey_id")
      .notNull()
      .references(() => survey.id, { onDelete: "cascade" }),
    applicationId: text("application_id")
      .notNull()
      .references(() => application.id, { onDelete: "cascade" }),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.applicationId] })],
);

/** One response per participant and survey, editable until the survey closes. */
export const surveyResponse = pgTable(
  "survey_response",
  {
    id: text("id").primaryKey(),
    surveyId: text("survey_id")
      .notNull()
      .references(() => survey.id, { onDelete: "cascade" }),
    applicationId: text("application_id")
      .notNull()
      .references(() => application.id, { onDelete: "cascade" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("survey_response_once").on(t.surveyId, t.applicationId)],
);

/** One answer: `scale` for 1–5, `optionIds` for choices, `text` for free text. */
export const surveyAnswer = pgTable(
  "survey_answer",
  {
    responseId: text("response_id")
      .notNull()
      .references(() => surveyResponse.id, { onDelete: "cascade" }),
    questionId: text("question_id")
      .notNull()
      .references(() => surveyQuestion.id, { onDelete: "cascade" }),
    scale: integer("scale"),
    optionIds: jsonb("option_ids").$type<string[]>(),
    text: text("text"),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.questionId] }),
    index("survey_answer_question").on(t.questionId),
  ],
);

/**
 * A finished round's public summary (opt-in): while a row exists, the map and headline
 * figures are public at the round's summary address, with counts under 5 hidden.
 */
export const roundPublicSummary = pgTable("round_public_summary", {
  roundId: text("round_id")
    .primaryKey()
    .references(() => round.id, { onDelete: "cascade" }),
  publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
  publishedBy: text("published_by").notNull(),
});
