import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProfileFormValues } from "../../domain/profiles/profile-input.ts";
import {
  nomination,
  opportunity,
  partnership,
  partnershipMember,
  round,
  user,
} from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import type { Actor } from "../result.ts";
import { addApplicants, createClosedRound } from "../testing/matching-fixtures.ts";
import { findMyProfile } from "./find-my-profile.ts";
import { getMemberProfile } from "./get-member-profile.ts";
import { listMembers } from "./list-members.ts";
import { saveMyProfile } from "./save-my-profile.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
const facilitator: Actor = { userId: "fac", role: "admin" };
const jose: Actor = { userId: "jose", role: "user" };
const ines: Actor = { userId: "ines", role: "user" };
const tom: Actor = { userId: "tom", role: "user" };
const page = { offset: 0, limit: 25 };

const values = (v: Partial<ProfileFormValues>): ProfileFormValues => ({
  visibility: "members",
  headline: "",
  bio: "",
  country: "",
  sector: "",
  openToMentoring: false,
  lookingForMentor: false,
  ...v,
});

const seen = async (viewer: Actor | null, userId: string) =>
  (await getMemberProfile(deps, viewer, { userId, spotlightsPage: page })).ok;

async function names(viewer: Actor, filters = {}) {
  const listed = await listMembers(deps, viewer, { filters, page });
  return listed.ok ? listed.value.items.map((m) => m.name) : null;
}

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "fac", name: "Fenna", email: "fenna@example.org", role: "admin", emailVerified: true },
    { id: "jose", name: "José Núñez", email: "jose@example.org", emailVerified: true },
    { id: "ines", name: "Inès Lefèvre", email: "ines@example.org", emailVerified: true },
    { id: "tom", name: "Tom Reed", email: "tom@example.org", emailVerified: true },
  ]);
  deps = testUseCaseDeps(database, "2027-03-01T10:00:00Z");
});
afterAll(() => database.close());

describe("who sees a profile", () => {
  it("is hidden by default: only its member sees it", async () => {
    const mine = await findMyProfile(deps, tom);
    expect(mine.ok && mine.value.visibility).toBe("hidden");
    expect(await seen(tom, "tom")).toBe(true);
    expect(await seen(jose, "tom")).toBe(false);
    expect(await seen(null, "tom")).toBe(false);
    expect(await seen(null, "nobody")).toBe(false);
  });

  it("members: signed-in members only; public: everyone", async () => {
    const saved = await saveMyProfile(deps, jose, {
      values: values({
        headline: "Bibliotecario escolar en Sevilla",
        bio: "Clubes de **lectura**.",
        country: "es",
        sector: "school",
        openToMentoring: true,
      }),
    });
    expect(saved.ok).toBe(true);
    expect(await seen(tom, "jose")).toBe(true);
    expect(await seen(null, "jose")).toBe(false);
    await saveMyProfile(deps, ines, {
      values: values({ visibility: "public", country: "FR", lookingForMentor: true }),
    });
    expect(await seen(null, "ines")).toBe(true);
  });

  it("refuses a profile that is not valid, beside its fields", async () => {
    const refused = await saveMyProfile(deps, tom, {
      values: values({ visibility: "world", bio: "<script>x</script>" }),
    });
    expect(
      !refused.ok &&
        refused.error.code === "invalid" &&
        Object.keys(refused.error.fieldErrors).sort(),
    ).toEqual(["bio", "visibility"]);
  });
});

describe("the member directory", () => {
  it("is for signed-in members, lists shown profiles only, and searches without accents", async () => {
    expect((await listMembers(deps, null, { filters: {}, page })).ok).toBe(false);
    expect(await names(tom)).toEqual(["Inès Lefèvre", "José Núñez"]);
    expect(await names(tom, { search: "jose nunez" })).toEqual(["José Núñez"]);
    expect(await names(tom, { search: "SEVILLA" })).toEqual(["José Núñez"]);
    expect(await names(tom, { search: "lefevre" })).toEqual(["Inès Lefèvre"]);
    expect(await names(tom, { country: "FR" })).toEqual(["Inès Lefèvre"]);
    expect(await names(tom, { openToMentoring: true })).toEqual(["José Núñez"]);
    expect(await names(tom, { lookingForMentor: true })).toEqual(["Inès Lefèvre"]);
    await saveMyProfile(deps, jose, { values: values({ visibility: "hidden" }) });
    expect(await names(tom)).toEqual(["Inès Lefèvre"]);
    await saveMyProfile(deps, jose, { values: values({ headline: "Sevilla" }) });
  });
});

describe("what a profile reads from elsewhere", () => {
  it("lists finished rounds kept to the end and nominations accepted and selected", async () => {
    const closed = await createClosedRound(deps, facilitator);
    const [a, b] = await addApplicants(deps, closed, [
      { email: "JOSE@example.org", country: "ES" },
      { email: "someone@example.org", country: "FR" },
    ]);
    await database.db.insert(partnership).values({
      id: "p1",
      roundId: closed.id,
      kind: "pair",
      score: 80,
      links: [],
      status: "ended",
    });
    await database.db.insert(partnershipMember).values([
      { partnershipId: "p1", applicationId: a!.id, role: "peer" },
      { partnershipId: "p1", applicationId: b!.id, role: "peer" },
    ]);
    const before = await getMemberProfile(deps, tom, { userId: "jose", spotlightsPage: page });
    expect(before.ok && before.value.programmes).toEqual([]);
    await database.db.update(round).set({ status: "finished" }).where(eq(round.id, closed.id));
    await database.db.insert(opportunity).values({
      id: "o1",
      programmeId: closed.programmeId,
      kind: "speaker",
      title: "Keynote at the spring conference",
      deadline: new Date("2027-04-01T00:00:00Z"),
    });
    await database.db.insert(nomination).values([
      {
        id: "n1",
        opportunityId: "o1",
        nomineeUserId: "jose",
        nomineeEmail: "jose@example.org",
        nomineeName: "José",
        status: "accepted",
        outcome: "selected",
        answerTokenHash: "x",
      },
    ]);
    const after = await getMemberProfile(deps, tom, { userId: "jose", spotlightsPage: page });
    expect(after.ok && after.value.programmes.map((p) => p.roundName)).toEqual([closed.name]);
    expect(after.ok && after.value.opportunities.map((o) => o.title)).toEqual([
      "Keynote at the spring conference",
    ]);
  });
});
