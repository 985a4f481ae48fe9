/**
 * The co-written guide on a real database: who may write, two saves from the same version
 * (the second sees both texts and merges; nothing is lost), restoring brings back the exact
 * text, publishing freezes what the public page shows, and the open data states its licence.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { network, user } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { defaultCriteria } from "../../domain/matching/matching-criteria.ts";
import { computeMatchingRun } from "../matching/compute-matching-run.ts";
import { publishRun } from "../matching/publish-run.ts";
import { startMatchingRun } from "../matching/start-matching-run.ts";
import type { Actor } from "../result.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { addApplicants, createClosedRound } from "../testing/matching-fixtures.ts";
import { addChapter } from "./add-chapter.ts";
import { getChapterHistory, restoreChapterVersion } from "./chapter-history.ts";
import { getOpenDataFile } from "./get-open-data.ts";
import { getGuideWorkspace } from "./get-guide-workspace.ts";
import { moveChapter } from "./move-chapter.ts";
import { publishGuide } from "./publish-guide.ts";
import { findPublishedGuide, listMyGuides, listPublishedGuides } from "./published-guides.ts";
import { saveChapter } from "./save-chapter.ts";
import { startGuide } from "./start-guide.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
const admin: Actor = { userId: "admin-user", role: "admin" };
let round: RoundRecord;
let ana: Actor;
let ben: Actor;
let outsider: Actor;
let unverified: Actor;
let slug: string;
let chapterId: string;

async function account(id: string, name: string, email: string, verified = true): Promise<Actor> {
  await database.db.insert(user).values({ id, name, email, emailVerified: verified, role: "user" });
  return { userId: id, role: "user" };
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const save = (actor: Actor, baseVersion: number, body: string, merge = false) =>
  saveChapter(deps, actor, {
    slug,
    chapterId,
    baseVersion,
    values: { title: "Finding partners abroad", body },
    merge,
  });

beforeAll(async () => {
  database = await openTestDatabase();
  deps = testUseCaseDeps(database, "2027-02-01T12:00:00Z");
  await database.db
    .insert(user)
    .values({ id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" });
  round = await createClosedRound(deps, admin);
  await addApplicants(
    deps,
    round,
    ["ana", "ben", "cleo", "dev"].map((n, i) => ({
      email: `${n}@example.org`,
      name: n,
      country: ["ES", "US", "FR", "IN"][i]!,
      timeZone: "UTC",
      availability: ["tue-14"],
    })),
  );
  const run = value(
    await startMatchingRun(deps, admin, {
      roundId: round.id,
      criteria: defaultCriteria({ allowTriads: false }),
      seed: 1,
      basedOnRunId: null,
    }),
  );
  await computeMatchingRun(deps, { runId: run.runId });
  value(await publishRun(deps, admin, { roundId: round.id, runId: run.runId }));
  ana = await account("ana-user", "Ana García", "ANA@example.org");
  ben = await account("ben-user", "Ben Carter", "ben@example.org");
  outsider = await account("out-user", "Olga", "olga@example.org");
  unverified = await account("unv-user", "Cleo?", "cleo@example.org", false);
  slug = value(
    await startGuide(deps, admin, {
      roundId: round.id,
      values: { title: "Working across borders", summary: "What we learned." },
    }),
  ).slug;
  chapterId = value(
    await addChapter(deps, admin, { slug, title: "Finding partners abroad" }),
  ).chapterId;
});
afterAll(async () => database.close());

describe("who may write", () => {
  it("lets the round's participants and facilitators in, and nobody else", async () => {
    expect(value(await getGuideWorkspace(deps, ana, { slug })).role).toBe("participant");
    expect(value(await getGuideWorkspace(deps, admin, { slug })).role).toBe("facilitator");
    for (const actor of [outsider, unverified, null])
      expect(await getGuideWorkspace(deps, actor, { slug })).toEqual({
        ok: false,
        error: { code: "not_found" },
      });
    expect(await save(outsider, 0, "Hello")).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });

  it("keeps chapters and publishing to the facilitators", async () => {
    expect(await addChapter(deps, ana, { slug, title: "Mine" })).toMatchObject({
      error: { code: "not_found" },
    });
    expect(await publishGuide(deps, ana, { slug, confirmed: true })).toMatchObject({
      error: { code: "not_found" },
    });
  });

  it("lists the guide among a participant's own, and nowhere public before it is published", async () => {
    expect((await listMyGuides(deps, ana)).map((g) => g.slug)).toEqual([slug]);
    expect(await listMyGuides(deps, outsider)).toEqual([]);
    expect(await findPublishedGuide(deps, { slug })).toMatchObject({ ok: false });
    expect((await listPublishedGuides(deps, { page: 1 })).total).toBe(0);
  });
});

describe("two people editing one chapter", () => {
  it("applies one of two simultaneous saves; the other sees both texts, merges, and both survive", async () => {
    const anaText = "Ana: start with the IFLA sections.";
    const benText = "Ben: ask your national association first.";
    const [first, second] = await Promise.all([save(ana, 0, anaText), save(ben, 0, benText)]);
    const outcomes = [value(first), value(second)];
    expect(outcomes.filter((o) => o.status === "saved")).toHaveLength(1);
    const conflict = outcomes.find((o) => o.status === "conflict");
    if (conflict?.status !== "conflict") throw new Error("expected a conflict");
    const winnerText = conflict.current.body;
    expect([anaText, benText]).toContain(winnerText);
    expect(conflict.yours.body).toBe(winnerText === anaText ? benText : anaText);
    expect(conflict.current.version).toBe(1);

    const loser = winnerText === anaText ? ben : ana;
    const merged = `${winnerText}\n${conflict.yours.body}`;
    expect(value(await save(loser, 1, merged, true))).toEqual({ status: "saved", version: 2 });

    const history = value(
      await getChapterHistory(deps, ana, { slug, chapterId, page: 1, compare: [1, 2] }),
    );
    expect(history.chapter.body).toContain(anaText);
    expect(history.chapter.body).toContain(benText);
    expect(history.revisions.items.map((r) => [r.version, r.kind])).toEqual([
      [2, "merge"],
      [1, "edit"],
    ]);
    expect(history.comparison?.lines.filter((l) => l.kind === "added").map((l) => l.text)).toEqual([
      conflict.yours.body,
    ]);
  });

  it("refuses a save from an old version, whoever saved in between, and writes nothing", async () => {
    const outcome = value(await save(ana, 1, "Too late"));
    expect(outcome.status).toBe("conflict");
    const history = value(
      await getChapterHistory(deps, ana, { slug, chapterId, page: 1, compare: null }),
    );
    expect(history.revisions.total).toBe(2);
  });
});

describe("restoring a version", () => {
  it("brings back the exact text as a new version, and keeps every version", async () => {
    const exact = "Line one  \n\n\tIndented, trailing spaces kept  \n- ñ, 中文, emoji 📚\n";
    const v3 = value(await save(ana, 2, exact));
    expect(v3).toEqual({ status: "saved", version: 3 });
    value(await save(ben, 3, "Something else entirely"));
    expect(value(await restoreChapterVersion(deps, ben, { slug, chapterId, version: 3 }))).toEqual({
      version: 5,
    });
    const history = value(
      await getChapterHistory(deps, ana, { slug, chapterId, page: 1, compare: null }),
    );
    expect(history.chapter.body).toBe(exact);
    expect(history.chapter.version).toBe(5);
    expect(history.revisions.items[0]).toMatchObject({
      version: 5,
      kind: "restore",
      restoredFrom: 3,
      body: exact,
      authorName: "Ben Carter",
    });
    expect(history.revisions.total).toBe(5);
  });
});

describe("publishing", () => {
  it("asks for confirmation, then shows the reviewed versions with every author credited", async () => {
    const empty = value(await addChapter(deps, admin, { slug, title: "Still empty" })).chapterId;
    const second = value(await addChapter(deps, admin, { slug, title: "Second" })).chapterId;
    value(
      await saveChapter(deps, ben, {
        slug,
        chapterId: second,
        baseVersion: 0,
        values: { title: "Funding", body: "Apply early." },
        merge: false,
      }),
    );
    value(await moveChapter(deps, admin, { slug, chapterId: second, direction: "up" }));
    expect(await publishGuide(deps, admin, { slug, confirmed: false })).toMatchObject({
      error: { code: "invalid" },
    });
    value(await publishGuide(deps, admin, { slug, confirmed: true }));
    const published = value(await findPublishedGuide(deps, { slug }));
    expect(published.licence).toBe("CC-BY-4.0");
    expect(published.chapters.map((c) => c.title)).toEqual(["Finding partners abroad", "Funding"]);
    expect(published.chapters[0]!.authors.sort()).toEqual(["Ana García", "Ben Carter"]);
    expect(published.chapters[1]!.authors).toEqual(["Ben Carter"]);
    expect(empty).toBeTruthy();

    // Later edits wait for the next publication.
    value(await save(ana, 5, "A later draft"));
    expect(value(await findPublishedGuide(deps, { slug })).chapters[0]!.body).not.toBe(
      "A later draft",
    );
    value(await publishGuide(deps, admin, { slug, confirmed: true }));
    expect(value(await findPublishedGuide(deps, { slug })).chapters[0]!.body).toBe("A later draft");
    expect((await listPublishedGuides(deps, { page: 1 })).items).toMatchObject([
      { slug, chapterCount: 2 },
    ]);
  });
});

describe("open data", () => {
  it("states the licence in every file and guards spreadsheet formulas", async () => {
    value(
      await saveChapter(deps, ana, {
        slug,
        chapterId,
        baseVersion: 6,
        values: { title: "=HYPERLINK(1)", body: "@SUM(1)" },
        merge: false,
      }),
    );
    value(await publishGuide(deps, admin, { slug, confirmed: true }));
    await database.db.insert(network).values([
      {
        id: "n1",
        slug: "open",
        name: "Open network",
        kind: "national",
        status: "approved",
        country: "ES",
        proposedBy: "ana-user",
      },
      {
        id: "n2",
        slug: "waiting",
        name: "Waiting network",
        kind: "national",
        status: "proposed",
        country: "FR",
      },
    ] as (typeof network.$inferInsert)[]);
    const json = JSON.parse((await getOpenDataFile(deps, { file: "guides.json" })).body) as {
      licence: unknown;
      guides: { chapters: { authors: string[] }[] }[];
    };
    expect(json.licence).toMatchObject({
      id: "CC-BY-4.0",
      url: "https://creativecommons.org/licenses/by/4.0/",
    });
    expect(json.guides[0]!.chapters[0]!.authors.sort()).toEqual(["Ana García", "Ben Carter"]);
    const csv = (await getOpenDataFile(deps, { file: "guides.csv" })).body;
    expect(csv).toContain("'=HYPERLINK(1)");
    expect(csv).toContain("'@SUM(1)");
    expect(csv.split("\r\n")[0]).toMatch(/,licence,licence_url$/);
    expect(csv.split("\r\n")[1]).toMatch(
      /,CC-BY-4\.0,https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/$/,
    );

    const networks = JSON.parse((await getOpenDataFile(deps, { file: "networks.json" })).body) as {
      networks: { slug: string }[];
    };
    expect(networks.networks.map((n) => n.slug)).toEqual(["open"]);
    expect(JSON.stringify(networks)).not.toContain("ana-user");
    const networksCsv = (await getOpenDataFile(deps, { file: "networks.csv" })).body;
    expect(networksCsv).toContain("Open network");
    expect(networksCsv).not.toContain("Waiting network");
  });
});
