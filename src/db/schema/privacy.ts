/**
 * Privacy rights (issue 16): what a person agreed to, when, and which version of the text.
 * A record outlives the account only as long as the account (erasure removes it with the
 * rest); an application's consent is also kept on the application (consent_at).
 */
import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";

export const consentRecord = pgTable(
  "consent_record",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").references(() => user.id, { onDelete: "cascade" }),
    /** The address that agreed (an applicant may agree before having an account). */
    email: text("email").notNull(),
    /** What was agreed: terms | privacy | application | rules */
    purpose: text("purpose").notNull(),
    /** The version of the text agreed to (e.g. "privacy-2026-12", or a round's rules hash). */
    textVersion: text("text_version").notNull(),
    /** Where it was agreed: a round id for an application's consent and rules; "" otherwise. */
    context: text("context").notNull().default(""),
    /** The language the text was shown in. */
    locale: text("locale").notNull().default("en"),
    agreedAt: timestamp("agreed_at", { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  },
  (t) => [index("consent_record_user").on(t.userId), index("consent_record_email").on(t.email)],
);
