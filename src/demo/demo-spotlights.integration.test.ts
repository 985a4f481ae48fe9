/**
 * The demo's spotlights and profiles load on a test database through the use cases: four
 * spotlights agreed to and thanked (English, Spanish, French), one still asked, and profiles
 * with each visibility.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { user } from "../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../db/test-database.ts";
import { testUseCaseDeps } from "../db/test-use-case-deps.ts";
import { createUseCases } from "../use-cases/use-cases.ts";
import type { DemoCommunity } from "./demo-community.ts";
import { DEMO_MEMBERS } from "./demo-network-members.ts";
import { loadSpotlightsDemo } from "./demo-spotlights.ts";

let database: TestDatabase;
let useCases: ReturnType<typeof createUseCases>;
const page = { offset: 0, limit: 50 };
const id = (local: string) => `m-${DEMO_MEMBERS.findIndex((m) => m.email.startsWith(`${local}@`))}`;

beforeAll(async () => {
  database = await openTestDatabase();
  const deps = testUseCaseDeps(database, "2027-03-01T10:00:00Z");
  useCases = createUseCases(deps);
  await database.db.insert(user).values(
    DEMO_MEMBERS.map((m, i) => ({
      id: `m-${i}`,
      name: m.name,
      email: m.email,
      emailVerified: true,
      locale: m.locale,
    })),
  );
  const community: DemoCommunity = {
    now: deps.clock.now(),
    adminId: "admin",
    facilitatorId: "facilitator",
    participantId: "participant",
    memberIds: DEMO_MEMBERS.map((_, i) => `m-${i}`),
    networkIds: new Map(),
    peerProgrammeId: "peer",
  };
  await loadSpotlightsDemo(deps, community);
}, 60_000);
afterAll(() => database?.close());

describe("the spotlights demo", () => {
  it("publishes spotlights in three languages, newest first, with their thanks", async () => {
    const listed = await useCases.listSpotlights({ page });
    if (!listed.ok) throw new Error("no spotlights");
    const titles = listed.value.spotlights.items.map((s) => s.title);
    expect(titles).toEqual([
      "Pupil librarians who run the library at lunchtime",
      "Des ateliers « données ouvertes » que les doctorants réclament",
      "Un banco de préstamo de tabletas para el alumnado",
      "Bilingual story time that doubled our Saturday visits",
    ]);
    expect(listed.value.spotlights.items.map((s) => s.thanksCount)).toEqual([2, 1, 2, 3]);
  });

  it("leaves one asked, seen only by its author and its colleague", async () => {
    const camille = { userId: id("camille.laurent"), role: "user" as const };
    const mine = await useCases.listMySpotlights(camille, { aboutPage: page, writtenPage: page });
    const asked = mine.ok ? mine.value.about.items.filter((s) => s.status === "asked") : [];
    expect(asked.map((s) => s.title)).toEqual(["Un guide de dépôt des données en dix minutes"]);
    const other = { userId: id("sarah.whitfield"), role: "user" as const };
    expect((await useCases.getSpotlight(other, { id: asked[0]!.id })).ok).toBe(false);
  });

  it("shows profiles as each member chose", async () => {
    const view = async (local: string, signedIn: boolean) =>
      (
        await useCases.getMemberProfile(
          signedIn ? { userId: id("diego.ramirez"), role: "user" } : null,
          { userId: id(local), spotlightsPage: page },
        )
      ).ok;
    expect(await view("sarah.whitfield", false)).toBe(true);
    expect(await view("camille.laurent", false)).toBe(false);
    expect(await view("camille.laurent", true)).toBe(true);
    expect(await view("priya.raman", true)).toBe(false);
    const directory = await useCases.listMembers(
      { userId: id("diego.ramirez"), role: "user" },
      { filters: { openToMentoring: true }, page },
    );
    expect(directory.ok && directory.value.items.map((m) => m.name)).toEqual([
      "María José Fernández",
      "Sarah Whitfield",
      "Wanjiku Kamau",
    ]);
  });
});
