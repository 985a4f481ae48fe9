/**
 * Fills the stored search texts (migrations 0011, 0024) of rows written before the column
 * existed.
 *
 * Why at start and not in the migration: the one search rule (foldForSearch) is JavaScript —
 * NFD, every combining mark of every script dropped, Unicode lower case, ø → o… A SQL
 * approximation would differ from it on real data (lower() under a C collation, which both
 * PGlite and our servers use, lower-cases ASCII only; unaccent's rules are not \p{M}), and a
 * row folded differently is a row a search silently misses. So the migration adds the column
 * empty, and this runs after migrations, before any request: the rows still null (found
 * through a partial index, so a start with nothing left to fill costs one index probe) are
 * folded in batches. New rows never need it: their repository (for people, better-auth's
 * hooks) writes the column with them.
 */
import { isNull, sql, type SQL } from "drizzle-orm";
import type { Database } from "./database.ts";
import { searchTextOfApplication } from "./repositories/application-repository.ts";
import { searchTextOfEmail } from "./repositories/outbox-repository.ts";
import { searchTextOf } from "../domain/search-text.ts";
import { application, emailOutbox, user } from "./schema/index.ts";

const BATCH_ROWS = 500;

/** Returns how many rows it filled. */
export async function backfillSearchText(db: Database): Promise<number> {
  const filled =
    (await fillAll(
      db,
      sql`${application}`,
      () =>
        db
          .select({
            id: application.id,
            name: application.name,
            email: application.email,
            library: application.library,
            city: application.city,
          })
          .from(application)
          .where(isNull(application.searchText))
          .limit(BATCH_ROWS),
      searchTextOfApplication,
    )) +
    (await fillAll(
      db,
      sql`${emailOutbox}`,
      () =>
        db
          .select({
            id: emailOutbox.id,
            toAddress: emailOutbox.toAddress,
            toName: emailOutbox.toName,
          })
          .from(emailOutbox)
          .where(isNull(emailOutbox.searchText))
          .limit(BATCH_ROWS),
      searchTextOfEmail,
    )) +
    (await fillAll(
      db,
      sql`${user}`,
      () =>
        db
          .select({ id: user.id, name: user.name })
          .from(user)
          .where(isNull(user.searchText))
          .limit(BATCH_ROWS),
      (row) => searchTextOf([row.name]),
    ));
  if (filled > 0) await db.execute(sql`analyze ${application}, ${emailOutbox}, ${user}`);
  return filled;
}

/** Folds the next batch of rows still without a search text until none is left. */
async function fillAll<Row extends { id: string }>(
  db: Database,
  table: SQL,
  nextBatch: () => PromiseLike<Row[]>,
  fold: (row: Row) => string,
): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await nextBatch();
    if (rows.length === 0) return filled;
    await fill(
      db,
      table,
      rows.map((row) => [row.id, fold(row)]),
    );
    filled += rows.length;
  }
}

/** One UPDATE for a batch: each row's id with its folded text. */
async function fill(db: Database, table: SQL, texts: [id: string, searchText: string][]) {
  const values = sql.join(
    texts.map(([id, text]) => sql`(${id}, ${text})`),
    sql`, `,
  );
  await db.execute(
    sql`update ${table} set search_text = v.search_text
        from (values ${values}) as v(id, search_text)
        where ${table}.id = v.id`,
  );
}
