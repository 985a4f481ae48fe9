/**
 * The one small query a feed answers a poll with (decision 0013): the publisher found by
 * slug, and a fingerprint of the ids and update times of the newest posts the feed shows,
 * read from the publisher's (or the site's) published-date index — a range of `postsShown`
 * rows, whatever the number of posts in all.
 */
import { sql, type SQL } from "drizzle-orm";
import type { NewsFeedScope, NewsFeedVersion } from "../../use-cases/news/news-ports.ts";
import type { Executor } from "../database.ts";

interface Row {
  id: string | null;
  slug: string | null;
  name: string | null;
  changed_at: string | Date | null;
  newest: string | Date | null;
  fingerprint: string;
}

/** The aggregate over the newest posts `p` (id, updated_at), in the order they are shown. */
const aggregates = sql`max(p.updated_at) as newest,
  md5(coalesce(string_agg(p.id || '@' || (extract(epoch from p.updated_at) * 1000)::bigint, ',' order by p.published_at desc, p.id desc), '')) as fingerprint`;

export async function findFeedVersion(
  db: Executor,
  scope: NewsFeedScope,
  postsShown: number,
): Promise<NewsFeedVersion | undefined> {
  let query: SQL;
  if (scope === "site")
    query = sql`select null as id, null as slug, null as name, null as changed_at, ${aggregates}
      from (select np.id, np.updated_at, np.published_at from news_post np
            left join network n on n.id = np.network_id
            where np.network_id is null or n.status = 'approved'
            order by np.published_at desc, np.id desc limit ${postsShown}) p`;
  else if (scope.kind === "network")
    query = sql`select n.id, n.slug, n.name, n.updated_at as changed_at, ${aggregates}
      from network n
      left join lateral (select id, updated_at, published_at from news_post
            where network_id = n.id order by published_at desc, id desc limit ${postsShown}) p on true
      where n.slug = ${scope.slug} and n.status = 'approved'
      group by n.id`;
  else
    query = sql`select g.id, g.slug, g.name, null as changed_at, ${aggregates}
      from programme g
      left join lateral (select id, updated_at, published_at from news_post
            where programme_id = g.id order by published_at desc, id desc limit ${postsShown}) p on true
      where g.slug = ${scope.slug}
      group by g.id`;
  // Both drivers (pg and PGlite) answer a raw statement with its rows.
  const result: unknown = await db.execute(query);
  const row = (result as { rows: Row[] }).rows[0];
  if (!row || (scope !== "site" && !row.id)) return undefined;
  const dates = [row.newest, row.changed_at]
    .filter((d): d is string | Date => d !== null)
    .map((d) => new Date(d));
  const newestChangeAt = dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null;
  return {
    publisher:
      scope === "site" ? null : { kind: scope.kind, id: row.id!, slug: row.slug!, name: row.name! },
    postsFingerprint: row.fingerprint,
    newestChangeAt,
  };
}
