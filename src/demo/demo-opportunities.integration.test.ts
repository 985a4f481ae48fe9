/**
 * The demo's opportunities load on a test database through the use cases: two open ones (a
 * network's and a programme's), each with nominations asked, accepted, declined, selected and
 * not this time, of which the organisers see only the accepted ones.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { programme, programmeFacilitator, user } from "../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../db/test-database.ts";
import { addNetwork } from "../db/test-news-fixtures.ts";
import { testUseCaseDeps } from "../db/test-use-case-deps.ts";
import { createUseCases } from "../use-cases/use-cases.ts";
import type { DemoCommunity } from "./demo-community.ts";
import { DEMO_MEMBERS } from "./demo-network-members.ts";
import { loadOpportunitiesDemo } from "./demo-opportunities.ts";

let database: TestDatabase;
let useCases: ReturnType<typeof createUseCases>;
const page = { offset: 0, limit: 50 };
const id = (local: string) => `m-${DEMO_MEMBERS.findIndex((m) => m.email.startsWith(`${local}@`))}`;

beforeAll(async () => {
  database = await openTestDatabase();
  const deps = testUseCaseDeps(database, "2027-03-01T10:00:00Z");
  useCases = createUseCases(deps);
  await database.db.insert(user).values([
    ...DEMO_MEMBERS.map((m, i) => ({
      id: `m-${i}`,
      name: m.name,
      email: m.email,
      emailVerified: true,
      locale: m.locale,
    })),
    { id: "facilitator", name: "Facilitator", email: "f@example.org", emailVerified: true },
  ]);
  await addNetwork(database, "bibliotecarios-escolares-es", [id("mariajose.fernandez")]);
  await database.db.insert(programme).values({ id: "peer", slug: "peer", name: "Peer" });
  await database.db
    .insert(programmeFacilitator)
    .values({ programmeId: "peer", userId: "facilitator" });
  const community: DemoCommunity = {
    now: deps.clock.now(),
    adminId: "admin",
    facilitatorId: "facilitator",
    participantId: "participant",
    memberIds: DEMO_MEMBERS.map((_, i) => `m-${i}`),
    networkIds: new Map(),
    peerProgrammeId: "peer",
  };
  await loadOpportunitiesDemo(deps, community);
}, 60_000);
afterAll(() => database?.close());

describe("the opportunities demo", () => {
  it("lists two open opportunities, the sooner deadline first", async () => {
    const listed = await useCases.listOpenOpportunities({ query: {}, page });
    expect(listed.items.map((o) => [o.title, o.publisher.kind])).toEqual([
      ["Ponentes para las Jornadas de Bibliotecas Escolares 2027", "network"],
      ["Conference buddies for first-time attendees", "programme"],
    ]);
  });

  it("has nominations in every state; the organisers see the accepted ones only", async () => {
    const [speakers, buddies] = (await useCases.listOpenOpportunities({ query: {}, page })).items;
    const review = await useCases.listNominationsForReview(
      { userId: id("mariajose.fernandez"), role: "user" },
      { opportunityId: speakers!.id, page },
    );
    expect(
      review.ok && review.value.nominations.items.map((n) => [n.nomineeName, n.outcome]),
    ).toEqual([
      ["Javier Ortega", null],
      ["Diego Ramírez", "selected"],
      ["Camille Laurent", "not_this_time"],
    ]);
    const forFacilitator = await useCases.listNominationsForReview(
      { userId: "facilitator", role: "user" },
      { opportunityId: buddies!.id, page },
    );
    expect(
      forFacilitator.ok &&
        forFacilitator.value.nominations.items.map((n) => [n.nomineeName, n.outcome]),
    ).toEqual([
      ["Priya Raman", null],
      ["Otieno Odhiambo", "selected"],
      ["Liam O'Brien", "not_this_time"],
    ]);
    // The declined nomination is the nominee's alone; the asked one waits for its answer.
    const lucia = await useCases.listNominationsOfMe(
      { userId: id("lucia.hernandez"), role: "user" },
      page,
    );
    expect(lucia.nominations.items.map((n) => n.status)).toEqual(["declined"]);
    const sarah = await useCases.listMyNominations(
      { userId: id("sarah.whitfield"), role: "user" },
      page,
    );
    expect(sarah.nominations.items.map((n) => n.view)).toEqual(["waiting"]);
    // Diego, selected, has a mentoring offer from the colleague who nominated him.
    const diego = await useCases.listNominationsOfMe(
      { userId: id("diego.ramirez"), role: "user" },
      page,
    );
    expect(diego.offers.map((o) => [o.mentor.name, o.status])).toEqual([
      ["Javier Ortega", "offered"],
    ]);
  });
});
