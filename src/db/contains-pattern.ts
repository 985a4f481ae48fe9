import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { foldForSearch } from "../domain/search-text.ts";

/** A LIKE pattern matching `text` anywhere, with its own % _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The one search rule (src/domain/search-text.ts) in SQL: `column` is a stored search text,
 * written as searchTextOf(...) of the row's fields in the same statement as the row; the
 * search is folded the same way, so "jose" finds "José" on PGlite and PostgreSQL alike,
 * whatever the database's collation (lower() of a C collation knows only ASCII).
 *
 * No trigram index: every search is within one round (or the dev mailbox), and scanning a
 * round's rows is cheap — measured with 10,000 applicants in a round (of 30,000), a page and
 * its count take 7 ms on PGlite and 4.4 ms on PostgreSQL 15; a pg_trgm GIN index brought a
 * rare term to 1 ms and a common one not at all, for an extension every deployment would
 * need and a slower import. Neither pg_trgm nor unaccent is needed.
 */
export function matchesSearchSql(column: AnyColumn, search: string): SQL {
  return sql`${column} like ${containsPattern(foldForSearch(search.trim()))}`;
}
