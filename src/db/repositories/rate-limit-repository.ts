/** Rate limits (issue 16): one row per key and window, counted with one upsert. */
import { lt, sql } from "drizzle-orm";
import type { RateLimitRepository } from "../../use-cases/trust/trust-ports.ts";
import type { Executor } from "../database.ts";
import { rateLimitHit } from "../schema/index.ts";

export function createRateLimitRepository(db: Executor): RateLimitRepository {
  return {
    async hit(key, windowStart) {
      const [row] = await db
        .insert(rateLimitHit)
        .values({ key, windowStart, hits: 1 })
        .onConflictDoUpdate({
          target: [rateLimitHit.key, rateLimitHit.windowStart],
          set: { hits: sql`${rateLimitHit.hits} + 1` },
        })
        .returning({ hits: rateLimitHit.hits });
      return row?.hits ?? 1;
    },
    async deleteWindowsBefore(before) {
      const removed = await db
        .delete(rateLimitHit)
        .where(lt(rateLimitHit.windowStart, before))
        .returning({ key: rateLimitHit.key });
      return removed.length;
    },
  };
}
