/**
 * Member profiles (issue 15): public only if the member chooses. Networks, programmes
 * completed, spotlights received and opportunities taken are read from their own tables;
 * this row holds what only the member can say.
 */
import { boolean, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";

export const memberProfile = pgTable(
  "member_profile",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => user.id, { onDelete: "cascade" }),
    /** hidden (only the member) | members (signed-in members see and search it) | public */
    visibility: text("visibility").notNull().default("hidden"),
    headline: text("headline").notNull().default(""),
    /** Markdown, sanitised when shown. */
    bio: text("bio").notNull().default(""),
    /** ISO 3166-1 alpha-2 or "". */
    country: text("country").notNull().default(""),
    sector: text("sector").notNull().default(""),
    openToMentoring: boolean("open_to_mentoring").notNull().default(false),
    lookingForMentor: boolean("looking_for_mentor").notNull().default(false),
    searchText: text("search_text").notNull().default(""),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("member_profile_listed").on(t.visibility, t.updatedAt)],
);
