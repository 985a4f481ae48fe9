import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema/index.ts";

/** A drizzle database on either PGlite or a PostgreSQL server: one dialect, one schema. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A database handle or an open transaction: repositories accept either. */
export type Executor = Parameters<Parameters<Database["transaction"]>[0]>[0] | Database;
