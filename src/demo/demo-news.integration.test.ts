/**
 * The demo's news loads on a test database through the use cases, on networks made here
 * (the networks demo has its own test): posts in several languages, one image with its alt
 * text, comments with one hidden and one waiting in the moderation list, and follows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { networkFollow, programme, programmeFacilitator } from "../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../db/test-database.ts";
import { addNetwork, addPerson } from "../db/test-news-fixtures.ts";
import { testUseCaseDeps } from "../db/test-use-case-deps.ts";
import { createUseCases } from "../use-cases/use-cases.ts";
import type { DemoCommunity } from "./demo-community.ts";
import { loadNewsDemo } from "./demo-news.ts";
import { DEMO_NEWS } from "./demo-news-texts.ts";

let database: TestDatabase;
let useCases: ReturnType<typeof createUseCases>;

beforeAll(async () => {
  database = await openTestDatabase();
  const deps = testUseCaseDeps(database, "2027-03-01T10:00:00Z");
  useCases = createUseCases(deps);
  await addPerson(database, "admin", { role: "admin" });
  await addPerson(database, "facilitator");
  await addPerson(database, "participant");
  const memberIds: string[] = [];
  for (let i = 0; i < 8; i++) memberIds.push((await addPerson(database, `member-${i}`)).userId);
  const community: DemoCommunity = {
    now: deps.clock.now(),
    adminId: "admin",
    facilitatorId: "facilitator",
    participantId: "participant",
    memberIds,
    networkIds: new Map(),
    peerProgrammeId: "peer",
  };
  const slugs = new Set(DEMO_NEWS.map((p) => p.publisher).filter((p) => p !== "programme"));
  for (const slug of [...slugs, "digital-scholarship-online"]) {
    const organiser = memberIds[community.networkIds.size % memberIds.length]!;
    community.networkIds.set(slug, await addNetwork(database, slug, [organiser]));
  }
  await database.db
    .insert(programme)
    .values({ id: "peer", slug: "international-peer-mentoring", name: "Peer Mentoring" });
  await database.db
    .insert(programmeFacilitator)
    .values({ programmeId: "peer", userId: "facilitator" });
  await loadNewsDemo(deps, community);
}, 60_000);
afterAll(() => database?.close());

describe("the news demo", () => {
  it("posts news in several networks and languages, newest first, and by the programme", async () => {
    const all = await useCases.listNews(null, { filter: null, page: { offset: 0, limit: 50 } });
    if (!all.ok) throw new Error("no news");
    expect(all.value.posts.total).toBe(DEMO_NEWS.length);
    const titles = all.value.posts.items.map((p) => p.title);
    expect(titles[0]).toBe("Thank you, founding round");
    expect(titles).toContain("Jornada de bibliotecas escolares en Zaragoza");
    expect(titles).toContain("Η αναφορά μας για τις δημοτικές βιβλιοθήκες");
    const withImage = all.value.posts.items.find((p) => p.body.includes("![Pupils choosing"));
    expect(withImage?.publisher.slug).toBe("national-school-librarians-uk");
    const programmeNews = await useCases.listNews(null, {
      filter: { kind: "programme", slug: "international-peer-mentoring" },
      page: { offset: 0, limit: 10 },
    });
    expect(programmeNews.ok && programmeNews.value.posts.total).toBe(2);
  });

  it("has comments, one hidden and one reported waiting for its organiser", async () => {
    const solo = await useCases.listNews(null, {
      filter: { kind: "network", slug: "solo-librarians" },
      page: { offset: 0, limit: 10 },
    });
    const post = solo.ok ? solo.value.posts.items[0] : undefined;
    expect(post?.commentCount).toBe(2);
    const shown = await useCases.getNewsPost(null, {
      slug: post!.slug,
      commentsPage: { offset: 0, limit: 10 },
    });
    expect(shown.ok && shown.value.comments.items.map((c) => c.body).join()).not.toContain("essay");
    const list = await useCases.listReportedComments(
      { userId: "admin", role: "admin" },
      { page: { offset: 0, limit: 10 } },
    );
    expect(list.ok && list.value.items.map((c) => c.body)).toEqual([
      "Could we have a version for primary schools next time?",
    ]);
    const follows = await database.db.select().from(networkFollow);
    expect(follows.length).toBeGreaterThanOrEqual(6);
  });
});
