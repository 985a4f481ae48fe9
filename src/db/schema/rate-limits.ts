/**
 * Rate limits (issue 16): hits per key and fixed window, kept in the database so that every
 * instance of the app counts against the same limit.
 */
import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

export const rateLimitHit = pgTable(
  "rate_limit_hit",
  {
    /** What is limited and for whom, e.g. "sign-in:account:ada@example.org". */
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.windowStart] }),
    index("rate_limit_hit_window").on(t.windowStart),
  ],
);
