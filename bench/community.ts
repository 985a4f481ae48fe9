/**
 * The networks directory and the events listing at the size issue 14 names: 5,000 networks,
 * 50,000 events and 100,000 members (the seed: community-seed.ts), through the use cases on an
 * in-memory PGlite (or a PostgreSQL server with TEST_DB=postgres). Target: p50 < 20 ms, p99 <
 * 100 ms.
 *
 * Each use case runs ITERATIONS times after a warm-up; p50 and p99 are printed against the
 * target and, as a ratio, against a reference measured in the same run: one network's page
 * (findNetworkPage), what opening any network costs anyway.
 *
 *   node --import tsx bench/community.ts                 (ITERATIONS=200 by default)
 */
import { INTERESTS } from "../src/domain/vocabulary/vocabulary.ts";
import { openTestDatabase } from "../src/db/test-database.ts";
import { testUseCaseDeps } from "../src/db/test-use-case-deps.ts";
import { listUpcomingEvents } from "../src/use-cases/events/list-upcoming-events.ts";
import { findNetworkPage } from "../src/use-cases/networks/find-network-page.ts";
import { listNetworks } from "../src/use-cases/networks/list-networks.ts";
import type { Actor } from "../src/use-cases/result.ts";
import { EVENTS, MEMBERS, NETWORKS, seedCommunity } from "./community-seed.ts";
import { measurer } from "./measure.ts";

const ITERATIONS = Math.max(20, Number(process.env.ITERATIONS) || 200);
const TARGET_P50_MS = 20;
const TARGET_P99_MS = 100;
const NOW = new Date("2027-03-24T10:00:00Z");

const database = await openTestDatabase();
const deps = testUseCaseDeps(database, NOW);
const measure = measurer(database, ITERATIONS);

console.log(
  `Seeding ${NETWORKS.toLocaleString("en")} networks, ${EVENTS.toLocaleString("en")} events and ${MEMBERS.toLocaleString("en")} members on ${database.databaseUrl ? "PostgreSQL" : "PGlite"}…`,
);
const seedStarted = performance.now();
const seeded = await seedCommunity(database.db, NOW);
const { approved } = seeded;
console.log(
  `Seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s: ${seeded.memberships.toLocaleString("en")} memberships, ${seeded.occurrences.toLocaleString("en")} occurrences`,
);

const member: Actor = { userId: "member-7", role: "user" };
const page = (n: number) => ({ offset: (n - 1) * 20, limit: 20 });
const directory = (filters: Parameters<typeof listNetworks>[2]["filters"], n = 1) =>
  listNetworks(deps, member, { filters, page: page(n) });
const listing = (query: Parameters<typeof listUpcomingEvents>[1]["query"], n = 1) =>
  listUpcomingEvents(deps, { query, page: page(n) });

const first = await directory({ search: "school" });
const firstEvents = await listing({ online: "1" });
console.log(
  `Directory search "school": ${first.ok ? first.value.networks.total : "failed"} networks; online events to come: ${firstEvents.total}`,
);

let newWord = 0;
const results = [
  await measure("reference: a network's page", () =>
    findNetworkPage(deps, member, {
      slug: approved[123]!.slug,
      membersPage: { offset: 0, limit: 20 },
    }),
  ),
  await measure("directory, first page", () => directory({})),
  await measure("directory, search 'school'", () => directory({ search: "school" })),
  // Totals are kept per search while no network is approved or edited: a word never asked
  // before (each run another network's number) shows what a first search costs.
  await measure("directory, a new word each run", () =>
    directory({ search: String(1000 + (newWord++ % 3800)) }),
  ),
  await measure("directory, country + sector", () =>
    directory({ country: approved[5]!.country || "GB", sector: approved[5]!.sectors[0]! }),
  ),
  await measure("directory, online + language", () => directory({ online: true, language: "fr" })),
  await measure("directory, page 100", () => directory({}, 100)),
  await measure("events, first page", () => listing({})),
  await measure("events, online", () => listing({ online: "1" })),
  await measure("events, country", () => listing({ country: approved[9]!.country || "GB" })),
  await measure("events, topic", () => listing({ topic: INTERESTS[3] })),
  await measure("events, search 'workshop'", () => listing({ q: "workshop" })),
  await measure("events, next month", () => listing({ from: "2027-04-01", until: "2027-04-30" })),
  await measure("events, page 50", () => listing({}, 50)),
];
const reference = results[0]!;
const ms = (v: number) => `${v.toFixed(1)} ms`;
const verdict = (value: number, limit: number) => (value < limit ? "PASS" : "MISS");
console.log(
  `\n${"use case".padEnd(34)}${"p50".padStart(10)}${"< 20 ms".padStart(9)}${"p99".padStart(10)}${"< 100 ms".padStart(10)}${"× ref p50".padStart(11)}${"CPU p50".padStart(10)}${"statements".padStart(12)}`,
);
for (const r of results) {
  const targeted = r !== reference;
  console.log(
    `${r.label.padEnd(34)}${ms(r.p50).padStart(10)}${(targeted ? verdict(r.p50, TARGET_P50_MS) : "").padStart(9)}${ms(r.p99).padStart(10)}${(targeted ? verdict(r.p99, TARGET_P99_MS) : "").padStart(10)}${`${(r.p50 / reference.p50).toFixed(1)}×`.padStart(11)}${ms(r.cpuP50).padStart(10)}${String(r.statements).padStart(12)}`,
  );
}
console.log(
  `\n${ITERATIONS} runs each after 10 warm-up runs, one at a time, in-process (no HTTP); ${database.databaseUrl ? "PostgreSQL server" : "PGlite in memory"}.` +
    "\nTargets (issue 14): directory search and the events listing, p50 < 20 ms and p99 < 100 ms." +
    " On a shared machine compare the × ref column, not the times.",
);
await database.close();
