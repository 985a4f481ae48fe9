/**
 * The demo's events load through the use cases on top of the demo's networks: every event is
 * listed, the course "Managing a small library" has its four weekly units, and the clinic of
 * three places is full with two people waiting.
 */
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createAuth } from "../auth/create-auth.ts";
import * as schema from "../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../db/test-database.ts";
import { testUseCaseDeps } from "../db/test-use-case-deps.ts";
import { systemIds } from "../ids.ts";
import { createUseCases } from "../use-cases/use-cases.ts";
import type { DemoCommunity } from "./demo-community.ts";
import { DEMO_EVENTS, loadEventsDemo } from "./demo-events.ts";
import { loadNetworksDemo } from "./demo-networks.ts";

let database: TestDatabase;
let useCases: ReturnType<typeof createUseCases>;

beforeAll(async () => {
  database = await openTestDatabase();
  const deps = testUseCaseDeps(database, "2027-01-15T10:00:00Z");
  useCases = createUseCases(deps);
  const auth = createAuth({
    database: drizzleAdapter(database.db, { provider: "pg", schema }),
    useCases,
    ids: systemIds,
    baseUrl: "http://demo.test.localhost",
    secret: "demo-test-secret-0123456789-abcdefghij",
    rateLimit: false,
    onEmailQueued: () => undefined,
  });
  await database.db.insert(schema.user).values([
    {
      id: "admin",
      name: "Ada",
      email: "admin@shelfmates.localhost",
      role: "admin",
      emailVerified: true,
    },
    {
      id: "participant",
      name: "Amara Okafor",
      email: "participant@shelfmates.localhost",
      emailVerified: true,
    },
  ]);
  await database.db.insert(schema.programme).values({
    id: "peer",
    slug: "international-peer-mentoring",
    name: "International Peer Mentoring",
  });
  const community: DemoCommunity = {
    now: deps.clock.now(),
    adminId: "admin",
    facilitatorId: "admin",
    participantId: "participant",
    memberIds: [],
    networkIds: new Map(),
    peerProgrammeId: "peer",
  };
  await loadNetworksDemo({ ...deps, auth }, community);
  await loadEventsDemo(deps, community);
}, 180_000);
afterAll(() => database.close());

it("lists every demo event, the course with its weekly units, and a full event with a waitlist", async () => {
  const listed = await useCases.listUpcomingEvents({ query: {}, page: { offset: 0, limit: 200 } });
  const titles = new Set(listed.items.map((i) => i.event.title));
  expect(titles.size).toBe(DEMO_EVENTS.length);
  const course = await useCases.listUpcomingEvents({
    query: { q: "managing a small library" },
    page: { offset: 0, limit: 5 },
  });
  const page = await useCases.getEventPage(
    { userId: "participant", role: "user" },
    { slug: course.items[0]!.event.slug },
  );
  if (!page.ok) throw new Error("no course page");
  expect(page.value.units.map((u) => u.week)).toEqual([1, 2, 3, 4]);
  expect(page.value.mine).toEqual({ status: "registered" });
  const clinic = listed.items.find((i) => i.event.title.startsWith("Systematic reviews clinic"))!;
  const clinicPage = await useCases.getEventPage(null, { slug: clinic.event.slug });
  expect(clinicPage.ok && clinicPage.value.counts).toEqual({ registered: 3, waitlisted: 2 });
  const spanish = await useCases.listUpcomingEvents({
    query: { country: "ES" },
    page: { offset: 0, limit: 5 },
  });
  expect(spanish.items[0]?.event.language).toBe("es");
});
