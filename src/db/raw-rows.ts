/** Reading the answer of a raw SQL statement the same way on both drivers (pg and PGlite). */
import type { SQL } from "drizzle-orm";
import type { Executor } from "./database.ts";

/** Rows of a raw statement: both drivers answer with `{ rows }`. */
export async function rowsOf<T>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/**
 * A timestamp from a raw statement or from JSON built by the database: a Date from pg, a
 * Date or a string from PGlite, always a string inside JSON.
 */
export function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

export function toDateOrNull(value: Date | string | null): Date | null {
  return value === null ? null : toDate(value);
}
