/**
 * The networks directory and the events listing at the size issue 14 names: 5,000 networks,
 * 50,000 events and 100,000 members, through the use cases on an in-memory PGlite (or a
 * PostgreSQL server with TEST_DB=postgres). Target: p50 < 20 ms, p99 < 100 ms.
 *
 * The seed: 100,000 verified accounts, each a member of one to three of 4,800 approved
 * networks (200 more wait for approval), in 60 countries, with the sectors, languages and
 * kinds of a real directory; 50,000 events of those networks from two months ago to a year
 * ahead, most one-off, some weekly (8 times) or monthly (6 times), about a third online, with
 * their occurrences stored as the events feature stores them. Tables are analysed after
 * seeding, as autovacuum would on a server.
 *
 * Each use case runs ITERATIONS times after a warm-up; p50 and p99 are printed against the
 * target and, as a ratio, against a reference measured in the same run: one network's page
 * (findNetworkPage), what opening any network costs anyway.
 *
 *   node --import tsx bench/community.ts                 (ITERATIONS=200 by default)
 */
import { sql } from "drizzle-orm";
import { searchTextOf } from "../src/domain/search-text.ts";
import { COUNTRY_CODES } from "../src/domain/vocabulary/countries.ts";
import { INTERESTS, SECTORS } from "../src/domain/vocabulary/vocabulary.ts";
import {
  event,
  eventOccurrence,
  network,
  networkMember,
  networkOrganiser,
  user,
} from "../src/db/schema/index.ts";
import { openTestDatabase } from "../src/db/test-database.ts";
import { testUseCaseDeps } from "../src/db/test-use-case-deps.ts";
import { listUpcomingEvents } from "../src/use-cases/events/list-upcoming-events.ts";
import { findNetworkPage } from "../src/use-cases/networks/find-network-page.ts";
import { listNetworks } from "../src/use-cases/networks/list-networks.ts";
import type { Actor } from "../src/use-cases/result.ts";
import { measurer } from "./measure.ts";
import { insertAll, seededRandom } from "./seed-rows.ts";

const NETWORKS = 5_000;
const PROPOSED = 200;
const EVENTS = 50_000;
const MEMBERS = 100_000;
const ITERATIONS = Math.max(20, Number(process.env.ITERATIONS) || 200);
const TARGET_P50_MS = 20;
const TARGET_P99_MS = 100;
const NOW = new Date("2027-03-24T10:00:00Z");
const DAY = 86_400_000;

const database = await openTestDatabase();
const deps = testUseCaseDeps(database, NOW);
const { db } = database;
const random = seededRandom(14);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const measure = measurer(database, ITERATIONS);

const COUNTRIES = COUNTRY_CODES.slice(0, 60);
const KINDS = ["local", "national", "international", "specialist"] as const;
const LANGUAGES = ["en", "es", "fr", "de", "pt", "el", "sw", "it"];
const TOPICS = ["school", "solo", "medical", "law", "archives", "rural", "digital", "public"];
const WORDS = ["Library", "Librarians", "Network", "Circle", "Forum", "Group", "Alliance"];

console.log(
  `Seeding ${NETWORKS.toLocaleString("en")} networks, ${EVENTS.toLocaleString("en")} events and ${MEMBERS.toLocaleString("en")} members on ${database.databaseUrl ? "PostgreSQL" : "PGlite"}…`,
);
const seedStarted = performance.now();

const users = Array.from({ length: MEMBERS }, (_, i) => ({
  id: `member-${i}`,
  name: `Member ${i}`,
  email: `member-${i}@example.org`,
  emailVerified: true,
  role: "user",
}));
await insertAll(users, (batch) => db.insert(user).values(batch));

const networks = Array.from({ length: NETWORKS }, (_, i) => {
  const kind = pick(KINDS);
  const online = kind === "international" || random() < 0.2;
  const country = kind === "international" ? "" : pick(COUNTRIES);
  const topic = pick(TOPICS);
  const name = `${topic[0]!.toUpperCase()}${topic.slice(1)} ${pick(WORDS)} ${i}`;
  const description = `A ${kind} network of ${topic} librarians meeting ${online ? "online" : "in person"}.`;
  const city = country ? `City ${i % 300}` : "";
  const region = country ? `Region ${i % 40}` : "";
  return {
    id: `network-${i}`,
    slug: `network-${i}`,
    name,
    description,
    kind,
    country,
    region,
    city,
    online,
    sectors: [pick(SECTORS)],
    languages: [pick(LANGUAGES), ...(random() < 0.3 ? [pick(LANGUAGES)] : [])],
    status: i < NETWORKS - PROPOSED ? "approved" : "proposed",
    proposedBy: `member-${i}`,
    searchText: searchTextOf([name, description, city, region]),
    createdAt: new Date(NOW.getTime() - (i + 1) * 3_600_000),
    updatedAt: NOW,
  };
});
await insertAll(networks, (batch) => db.insert(network).values(batch));
const approved = networks.filter((n) => n.status === "approved");
await insertAll(
  approved.map((n) => ({ networkId: n.id, userId: n.proposedBy })),
  (batch) => db.insert(networkOrganiser).values(batch),
);

const memberships: { networkId: string; userId: string; visible: boolean; joinedAt: Date }[] = [];
for (const u of users) {
  const count = 1 + Math.floor(random() * 3);
  const seen = new Set<string>();
  for (let k = 0; k < count; k++) {
    // A few large networks and a long tail, as directories have.
    const index = Math.floor(Math.pow(random(), 2) * approved.length);
    const networkId = approved[index]!.id;
    if (seen.has(networkId)) continue;
    seen.add(networkId);
    memberships.push({ networkId, userId: u.id, visible: random() < 0.4, joinedAt: NOW });
  }
}
await insertAll(memberships, (batch) => db.insert(networkMember).values(batch));

const events: (typeof event.$inferInsert)[] = [];
const occurrences: (typeof eventOccurrence.$inferInsert)[] = [];
for (let i = 0; i < EVENTS; i++) {
  const owner = pick(approved);
  const online = owner.online || random() < 0.3;
  const startsAt = new Date(NOW.getTime() + Math.floor((random() * 425 - 60) * DAY));
  const r = random();
  const repeat = r < 0.15 ? "weekly" : r < 0.2 ? "monthly" : "none";
  const count = repeat === "weekly" ? 8 : repeat === "monthly" ? 6 : 1;
  const title = `${pick(["Meet-up", "Workshop", "Webinar", "Study visit", "Reading group"])} on ${pick(TOPICS)} libraries ${i}`;
  const durationMinutes = pick([60, 90, 120]);
  events.push({
    id: `event-${i}`,
    slug: `event-${i}`,
    networkId: owner.id,
    title,
    description: "What we will do, and who it is for.",
    online,
    onlineUrl: online ? `https://meet.example.org/${i}` : "",
    venue: online ? "" : `Library ${i % 500}`,
    city: online ? "" : owner.city,
    country: online ? "" : owner.country,
    timeZone: "Europe/London",
    startsAt,
    durationMinutes,
    repeat,
    occurrences: count,
    capacity: random() < 0.5 ? 20 + Math.floor(random() * 100) : null,
    topics: [pick(INTERESTS)],
    language: pick(LANGUAGES),
    searchText: searchTextOf([title, "", owner.city, ""]),
    createdAt: NOW,
    updatedAt: NOW,
  });
  for (let position = 0; position < count; position++) {
    const start = new Date(
      startsAt.getTime() +
        position * (repeat === "weekly" ? 7 : repeat === "monthly" ? 30 : 0) * DAY,
    );
    occurrences.push({
      eventId: `event-${i}`,
      position,
      startsAt: start,
      endsAt: new Date(start.getTime() + durationMinutes * 60_000),
    });
  }
}
await insertAll(events, (batch) => db.insert(event).values(batch));
await insertAll(occurrences, (batch) => db.insert(eventOccurrence).values(batch));
await db.execute(sql`analyze`);
console.log(
  `Seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s: ${memberships.length.toLocaleString("en")} memberships, ${occurrences.length.toLocaleString("en")} occurrences`,
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

const results = [
  await measure("reference: a network's page", () =>
    findNetworkPage(deps, member, {
      slug: approved[123]!.slug,
      membersPage: { offset: 0, limit: 20 },
    }),
  ),
  await measure("directory, first page", () => directory({})),
  await measure("directory, search 'school'", () => directory({ search: "school" })),
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
