/**
 * Versions of what an app instance keeps in memory from the database. A writer bumps its
 * row in the same transaction as the change, so a reader that finds the version it cached
 * knows its copy is still right — whichever instance wrote, on one database shared by several.
 */
import { bigint, pgTable, text } from "drizzle-orm/pg-core";

export const cacheVersion = pgTable("cache_version", {
  /** What is cached, e.g. "network_directory" (the directory's counts per country). */
  name: text("name").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});
