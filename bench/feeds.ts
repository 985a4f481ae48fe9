/**
 * News feeds (issue 14's speed target: a feed served from cache or as 304 in under 5 ms),
 * through the feed route's own loader, in-process, on an in-memory PGlite.
 *
 * The seed: 300 approved networks and one programme, 20,000 posts (the busiest network has
 * 400), with comments. Measured for the busiest network's feed and the site's feed, each as
 * RSS: a reader's poll answered 304 (If-None-Match), a poll answered from the in-memory
 * cache (no validator sent), and a cold render (the cache emptied first, for comparison).
 * p50 and p99 are printed against the target and, as a ratio, against a reference measured
 * in the same run: findNetworkFollow for a visitor, one read of a network by its slug.
 *
 *   node --import tsx bench/feeds.ts        (ITERATIONS=300 by default)
 *   TEST_DB=postgres TEST_DATABASE_URL=postgres://… node --import tsx bench/feeds.ts
 */
import { sql } from "drizzle-orm";
import { createAppContext, type AppServices } from "../src/web/context.ts";
import { network, newsComment, newsPost, programme, user } from "../src/db/schema/index.ts";
import { openTestDatabase } from "../src/db/test-database.ts";
import { testUseCaseDeps } from "../src/db/test-use-case-deps.ts";
import { findNetworkFollow } from "../src/use-cases/news/find-network-follow.ts";
import { createUseCases } from "../src/use-cases/use-cases.ts";
import { loader } from "../src/web/features/news/feeds/news-feed.ts";
import { forgetCachedFeeds } from "../src/web/features/news/feeds/news-feed-cache.server.ts";
import { measurer } from "./measure.ts";
import { insertAll, seededRandom } from "./seed-rows.ts";

const NETWORKS = 300;
const POSTS = 20_000;
const BUSY_POSTS = 400;
const ITERATIONS = Math.max(20, Number(process.env.ITERATIONS) || 300);
const TARGET_MS = 5;
const NOW = new Date("2027-03-24T10:00:00Z");
const BASE_URL = "https://shelfmates.example.org";

const database = await openTestDatabase();
const deps = testUseCaseDeps(database, NOW);
const { db } = database;
const measure = measurer(database, ITERATIONS);
const random = seededRandom(14);

console.log(
  `Seeding ${POSTS.toLocaleString("en")} posts on ${database.databaseUrl ? "PostgreSQL" : "PGlite"}…`,
);
const seedStarted = performance.now();
await db.insert(user).values({ id: "author", name: "Ann Author", email: "ann@example.org" });
await insertAll(
  Array.from({ length: NETWORKS }, (_, i) => ({
    id: `n${i}`,
    slug: `network-${i}`,
    name: `Network ${i}`,
    kind: "national",
    status: "approved",
  })),
  (rows) => db.insert(network).values(rows),
);
await db.insert(programme).values({ id: "p", slug: "programme", name: "Programme" });
const body =
  "Our **spring meeting** is on 12 April.\n\n![Members around a table](https://images.example.org/a.jpg)\n\n- [Agenda](https://example.org/agenda)\n- Coffee from 9:30\n\nWe look forward to seeing you.";
const posts = Array.from({ length: POSTS }, (_, i) => {
  const at = new Date(NOW.getTime() - Math.floor(random() * 365 * 86_400_000));
  const busy = i < BUSY_POSTS;
  return {
    id: `post-${i}`,
    slug: `post-${i}`,
    networkId: i % 50 === 0 && !busy ? null : busy ? "n0" : `n${1 + (i % (NETWORKS - 1))}`,
    programmeId: i % 50 === 0 && !busy ? "p" : null,
    title: `News number ${i}`,
    body,
    authorId: "author",
    publishedAt: at,
    updatedAt: at,
  };
});
await insertAll(posts, (rows) => db.insert(newsPost).values(rows));
await insertAll(
  posts.slice(0, 5_000).map((p, i) => ({
    id: `comment-${i}`,
    postId: p.id,
    authorId: "author",
    body: "Thank you!",
    createdAt: NOW,
    hiddenAt: i % 20 === 0 ? NOW : null,
  })),
  (rows) => db.insert(newsComment).values(rows),
);
await db.execute(sql`analyze`);
console.log(`Seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

const context = createAppContext({
  useCases: createUseCases(deps),
  baseUrl: BASE_URL,
} as unknown as AppServices);
const get = (path: string, headers: Record<string, string> = {}) =>
  loader({
    request: new Request(`${BASE_URL}${path}`, { headers }),
    url: new URL(`${BASE_URL}${path}`),
    pattern: path,
    context,
    params: path.startsWith("/networks/") ? { slug: path.split("/")[2]! } : {},
  });

async function feed(label: string, path: string) {
  const first = await get(path);
  if (first.status !== 200) throw new Error(`${path}: ${first.status}`);
  const etag = first.headers.get("etag")!;
  const notModified = await get(path, { "If-None-Match": etag });
  if (notModified.status !== 304) throw new Error(`${path}: no 304`);
  return [
    // A Response's `ok` is false for a 304: measure its status, not the Response.
    await measure(`${label}: 304 (If-None-Match)`, async () => {
      return (await get(path, { "If-None-Match": etag })).status;
    }),
    await measure(`${label}: from the cache`, async () => (await get(path)).text()),
    await measure(`${label}: cold render (for comparison)`, async () => {
      forgetCachedFeeds();
      return (await get(path)).text();
    }),
  ];
}

const results = [
  await measure("reference: findNetworkFollow (one read)", () =>
    findNetworkFollow(deps, null, { networkSlug: "network-0" }),
  ),
  ...(await feed(`network feed (${BUSY_POSTS} posts)`, "/networks/network-0/news.rss")),
  ...(await feed(`site feed (${POSTS.toLocaleString("en")} posts)`, "/news/feed.rss")),
];
const reference = results[0]!;
const ms = (v: number) => `${v.toFixed(2)} ms`;
console.log(
  `\n${"request".padEnd(48)}${"p50".padStart(10)}${"p99".padStart(10)}${"< 5 ms".padStart(8)}${"× ref p50".padStart(11)}${"CPU p50".padStart(10)}${"statements".padStart(12)}`,
);
for (const r of results) {
  const targeted = r !== reference && !r.label.includes("cold");
  console.log(
    `${r.label.padEnd(48)}${ms(r.p50).padStart(10)}${ms(r.p99).padStart(10)}${(targeted ? (r.p50 < TARGET_MS ? "PASS" : "MISS") : "").padStart(8)}${`${(r.p50 / reference.p50).toFixed(1)}×`.padStart(11)}${ms(r.cpuP50).padStart(10)}${String(r.statements).padStart(12)}`,
  );
}
console.log(
  `\n${ITERATIONS} runs each after 10 warm-up runs, one at a time, in-process (the route's loader, no HTTP); ${database.databaseUrl ? "PostgreSQL server" : "PGlite in memory"}.` +
    "\nTarget (issue 14): a feed served from cache or as 304 in under 5 ms (p50). On a shared machine compare the × ref column.",
);
await database.close();
