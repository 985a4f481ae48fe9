/**
 * The demo's networks load on an empty database through the use cases: twelve listed
 * networks at the slugs the other demo parts use, one proposal waiting, members, and the
 * Greek petition with only its confirmed signatures counted.
 */
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "../auth/create-auth.ts";
import * as schema from "../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../db/test-database.ts";
import { testUseCaseDeps } from "../db/test-use-case-deps.ts";
import { systemIds } from "../ids.ts";
import { createUseCases } from "../use-cases/use-cases.ts";
import type { DemoCommunity } from "./demo-community.ts";
import { loadNetworksDemo } from "./demo-networks.ts";

let database: TestDatabase;
let community: DemoCommunity;
let useCases: ReturnType<typeof createUseCases>;

beforeAll(async () => {
  database = await openTestDatabase();
  const deps = testUseCaseDeps(database, new Date());
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
  community = {
    now: deps.clock.now(),
    adminId: "admin",
    facilitatorId: "admin",
    participantId: "participant",
    memberIds: [],
    networkIds: new Map(),
    peerProgrammeId: "",
  };
  await loadNetworksDemo({ ...deps, auth }, community);
}, 120_000);
afterAll(() => database.close());

describe("the networks demo", () => {
  it("lists twelve approved networks at their slugs, with one proposal waiting", async () => {
    expect(community.memberIds).toHaveLength(20);
    expect([...community.networkIds.keys()].sort()).toEqual(
      [
        "archives-network-ca",
        "bibliotecarios-escolares-es",
        "bibliothecaires-juridiques-fr",
        "digital-scholarship-online",
        "future-libraries-greece",
        "kenya-library-innovators",
        "manchester-library-circle",
        "medical-librarians-europe",
        "national-school-librarians-uk",
        "new-professionals-au",
        "red-bibliotecas-rurales-mx",
        "solo-librarians",
      ].sort(),
    );
    const listed = await useCases.listNetworks(null, {
      filters: {},
      page: { offset: 0, limit: 50 },
    });
    expect(listed.ok && listed.value.networks.total).toBe(12);
    const admin = { userId: "admin", role: "admin" as const };
    const queue = await useCases.listNetworkProposals(admin, { page: { offset: 0, limit: 10 } });
    expect(queue.ok && queue.value.items.map((n) => n.name)).toEqual([
      "Thessaloniki Reading Circle",
    ]);
    const school = await useCases.listNetworks(null, {
      filters: { country: "GB", sector: "school", kind: "national" },
      page: { offset: 0, limit: 10 },
    });
    expect(school.ok && school.value.networks.items.map((n) => n.slug)).toEqual([
      "national-school-librarians-uk",
    ]);
  });

  it("counts the Greek petition's confirmed signatures only, with public comments", async () => {
    const found = await useCases.findCampaignPage(null, {
      slug: "future-libraries-greece",
      campaignSlug: "libraries-are-worth-it",
      commentsPage: { offset: 0, limit: 25 },
    });
    if (!found.ok) throw new Error(JSON.stringify(found.error));
    expect(found.value.confirmed).toBe(30);
    expect(found.value.comments.total).toBe(8);
    expect(found.value.campaign.goal).toBe(100);
  });

  it("makes the participant a member of two networks", async () => {
    const participant = { userId: "participant", role: "user" as const };
    for (const slug of ["solo-librarians", "digital-scholarship-online"]) {
      const page = await useCases.findNetworkPage(participant, {
        slug,
        membersPage: { offset: 0, limit: 25 },
      });
      expect(page.ok && page.value.membership).not.toBeNull();
    }
  });
});
