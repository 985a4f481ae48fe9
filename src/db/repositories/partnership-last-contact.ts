/**
 * `partnership.last_contact_at`, the latest held meeting or "in touch" answer of a
 * partnership: what silence counts from (src/domain/partnerships/silence.ts). Every repository
 * writing meetings or check-in answers calls `refreshLastContact` in its own transaction, so
 * the follow-up job and the round's dashboard read one column instead of every meeting and
 * check-in of the round.
 */
import { sql } from "drizzle-orm";
import type { Executor } from "../database.ts";

/**
 * The latest contact of partnership `p`, from its rows (two index reads: meeting_held and
 * check_in_in_touch). Migration 0013 backfilled the column with this same expression.
 */
const lastContactOfP = sql`greatest(
  (select max(m.starts_at) from meeting m where m.partnership_id = p.id and m.status = 'held'),
  (select max(c.answered_at) from check_in c
   where c.partnership_id = p.id and c.answer = 'in_touch'))`;

/**
 * Recomputes the partnerships' last contact from their meetings and answers (rather than
 * raising it), so a meeting moved earlier or deleted and an answer changed from "in touch"
 * leave it right as well. The rows are locked first, in a statement of their own: a writer
 * that waited for another's lock then reads that writer's meeting or answer too (a single
 * UPDATE would compute from the snapshot it started with).
 */
export async function refreshLastContact(
  db: Executor,
  partnershipIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(partnershipIds)].sort();
  if (ids.length === 0) return;
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  await db.execute(sql`select 1 from partnership where id in (${list}) order by id for update`);
  await db.execute(sql`update partnership p set last_contact_at = ${lastContactOfP}
    where p.id in (${list})`);
}
