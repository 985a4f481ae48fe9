/**
 * The community bench's seed (bench/community.ts): 100,000 verified accounts, each a member of
 * one to three of 4,800 approved networks (200 more wait for approval), in 60 countries, with
 * the sectors, languages and kinds of a real directory; 50,000 events of those networks from
 * two months ago to a year ahead, most one-off, some weekly (8 times) or monthly (6 times),
 * about a third online, with their occurrences stored as the events feature stores them.
 * Tables are analysed after seeding, as autovacuum would on a server. The same rows every run.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../src/db/database.ts";
import {
  event,
  eventOccurrence,
  eventOccurrenceTopic,
  network,
  networkMember,
  networkOrganiser,
  user,
} from "../src/db/schema/index.ts";
import { searchTextOf } from "../src/domain/search-text.ts";
import { COUNTRY_CODES } from "../src/domain/vocabulary/countries.ts";
import { INTERESTS, SECTORS } from "../src/domain/vocabulary/vocabulary.ts";
import { insertAll, seededRandom } from "./seed-rows.ts";

export const NETWORKS = 5_000;
const PROPOSED = 200;
export const EVENTS = 50_000;
export const MEMBERS = 100_000;
const DAY = 86_400_000;

const COUNTRIES = COUNTRY_CODES.slice(0, 60);
const KINDS = ["local", "national", "international", "specialist"] as const;
const LANGUAGES = ["en", "es", "fr", "de", "pt", "el", "sw", "it"];
const TOPICS = ["school", "solo", "medical", "law", "archives", "rural", "digital", "public"];
const WORDS = ["Library", "Librarians", "Network", "Circle", "Forum", "Group", "Alliance"];

/** Seeds the rows above as of now; returns the approved networks and what was written. */
export async function seedCommunity(db: Database, now: Date) {
  const random = seededRandom(14);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
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
      createdAt: new Date(now.getTime() - (i + 1) * 3_600_000),
      updatedAt: now,
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
      memberships.push({ networkId, userId: u.id, visible: random() < 0.4, joinedAt: now });
    }
  }
  await insertAll(memberships, (batch) => db.insert(networkMember).values(batch));
  // What the networks repository keeps as members join.
  await db.execute(
    sql`update network n set member_count = m.n from (select network_id, count(*)::int as n from network_member group by network_id) m where m.network_id = n.id`,
  );

  const events: (typeof event.$inferInsert)[] = [];
  const occurrences: (typeof eventOccurrence.$inferInsert)[] = [];
  const byTopic: (typeof eventOccurrenceTopic.$inferInsert)[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const owner = pick(approved);
    const online = owner.online || random() < 0.3;
    const startsAt = new Date(now.getTime() + Math.floor((random() * 425 - 60) * DAY));
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
      createdAt: now,
      updatedAt: now,
    });
    // What the events repository copies onto each occurrence for the listing.
    const { country, topics } = events.at(-1)!;
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
        online,
        country,
      });
      for (const topic of topics ?? [])
        byTopic.push({ topic, startsAt: start, eventId: `event-${i}`, position });
    }
  }
  await insertAll(events, (batch) => db.insert(event).values(batch));
  await insertAll(occurrences, (batch) => db.insert(eventOccurrence).values(batch));
  await insertAll(byTopic, (batch) => db.insert(eventOccurrenceTopic).values(batch));
  await db.execute(sql`analyze`);
  return { approved, memberships: memberships.length, occurrences: occurrences.length };
}
