import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseConnection } from "../../db/connect.ts";
import { digestDelivery, event, eventOccurrence, programme } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { addNetwork, addPerson } from "../../db/test-news-fixtures.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { createUnitOfWork } from "../../db/unit-of-work.ts";
import { setMyEmailChoices } from "../mail/my-email-choices.ts";
import type { Actor } from "../result.ts";
import { commentOnNewsPost } from "./comment-on-news-post.ts";
import { deleteNewsPost } from "./delete-news-post.ts";
import { editNewsPost } from "./edit-news-post.ts";
import { findNewsPublisherForPosting } from "./find-news-publisher.ts";
import { getNewsFeed } from "./get-news-feed.ts";
import { getNewsPost } from "./get-news-post.ts";
import { hideNewsComment } from "./hide-news-comment.ts";
import { keepNewsComment } from "./keep-news-comment.ts";
import { listNews } from "./list-news.ts";
import { listPublisherNews } from "./list-publisher-news.ts";
import { listReportedComments } from "./list-reported-comments.ts";
import { publishNewsPost } from "./publish-news-post.ts";
import { reportNewsComment } from "./report-news-comment.ts";
import { sendWeeklyDigests } from "./send-weekly-digests.ts";
import { setNetworkFollow } from "./set-network-follow.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
let olga: Actor; // organises "school-librarians"
let omar: Actor; // organises "law-librarians"
let mia: Actor; // a verified member
let uma: Actor; // signed up, never verified her address
let admin: Actor;
const page = { offset: 0, limit: 25 };

async function publish(actor: Actor, slug: string, title: string, body = "Some **news**.") {
  const result = await publishNewsPost(deps, actor, {
    kind: "network",
    slug,
    values: { title, body },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function comment(actor: Actor, slug: string, body: string) {
  const result = await commentOnNewsPost(deps, actor, { slug, body });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.commentId;
}

async function commentsOn(slug: string) {
  const result = await getNewsPost(deps, mia, { slug, commentsPage: page });
  if (!result.ok) throw new Error("no post");
  return result.value.comments.items.map((c) => c.body);
}

beforeAll(async () => {
  database = await openTestDatabase();
  deps = testUseCaseDeps(database, "2027-03-01T10:00:00Z");
  olga = await addPerson(database, "olga");
  omar = await addPerson(database, "omar");
  mia = await addPerson(database, "mia", { locale: "es" });
  uma = await addPerson(database, "uma", { verified: false });
  admin = await addPerson(database, "ada", { role: "admin" });
  await addNetwork(database, "school-librarians", [olga.userId]);
  await addNetwork(database, "law-librarians", [omar.userId]);
  await addNetwork(database, "not-yet", [olga.userId], "proposed");
});
afterAll(async () => database?.close());

describe("posting news", () => {
  it("only the network's organisers may post, edit and delete; anyone else gets not_found", async () => {
    expect(
      (
        await findNewsPublisherForPosting(deps, olga, {
          kind: "network",
          slug: "school-librarians",
        })
      ).ok,
    ).toBe(true);
    for (const actor of [omar, mia, null])
      expect(
        await findNewsPublisherForPosting(deps, actor, {
          kind: "network",
          slug: "school-librarians",
        }),
      ).toEqual({ ok: false, error: { code: "not_found" } });
    // A network that is only proposed has no news yet, even for its proposer.
    expect(
      (
        await publishNewsPost(deps, olga, {
          kind: "network",
          slug: "not-yet",
          values: { title: "x", body: "y" },
        })
      ).ok,
    ).toBe(false);

    const post = await publish(olga, "school-librarians", "Our spring meeting");
    expect(post.slug).toBe("our-spring-meeting");
    expect((await publish(olga, "school-librarians", "Our spring meeting")).slug).toBe(
      "our-spring-meeting-2",
    );
    expect(
      await editNewsPost(deps, omar, { slug: post.slug, values: { title: "Hacked", body: "x" } }),
    ).toEqual({ ok: false, error: { code: "not_found" } });
    expect(await deleteNewsPost(deps, mia, { slug: post.slug })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(
      await editNewsPost(deps, olga, {
        slug: post.slug,
        values: { title: "Our spring meeting, 12 April", body: "Moved to **12 April**." },
      }),
    ).toEqual({ ok: true, value: { slug: post.slug, changed: true } });
    const shown = await getNewsPost(deps, null, { slug: post.slug, commentsPage: page });
    expect(shown.ok && shown.value.post.title).toBe("Our spring meeting, 12 April");
    expect(shown.ok && shown.value.mayComment).toBe("sign-in");
  });

  it("checks the Markdown on the way in, naming the image without alt text", async () => {
    const result = await publishNewsPost(deps, olga, {
      kind: "network",
      slug: "school-librarians",
      values: { title: "Photos", body: "Look:\n\n![](https://example.org/reading-corner.jpg)" },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: {
          body: {
            key: "news:errors.imageAlt",
            values: { image: "https://example.org/reading-corner.jpg" },
          },
        },
      },
    });
  });

  it("a programme's facilitators post for the programme", async () => {
    const [row] = await database.db.select({ slug: programme.slug }).from(programme).limit(1);
    const slug =
      row?.slug ??
      (
        await database.db
          .insert(programme)
          .values({ id: "prog-1", slug: "peer-programme", name: "Peer programme" })
          .returning({ slug: programme.slug })
      )[0]!.slug;
    const { programmeId } = (
      await database.db
        .select({ programmeId: programme.id })
        .from(programme)
        .where(eq(programme.slug, slug))
    )[0]!;
    await database.uow.transaction((r) =>
      r.programmes.addFacilitator(programmeId, omar.userId, null),
    );
    const posted = await publishNewsPost(deps, omar, {
      kind: "programme",
      slug,
      values: { title: "Applications open", body: "Apply now." },
    });
    expect(posted.ok).toBe(true);
    const listed = await listPublisherNews(deps, null, { programmeId }, page);
    expect(listed.ok && listed.value.posts.items.map((p) => p.title)).toEqual([
      "Applications open",
    ]);
    expect(listed.ok && listed.value.mayPost).toBe(false);
    const filtered = await listNews(deps, null, { filter: { kind: "programme", slug }, page });
    expect(filtered.ok && filtered.value.posts.total).toBe(1);
  });
});

describe("comments and their moderation", () => {
  it("verified members comment; hidden comments vanish from the page and the moderation list", async () => {
    deps.clock.set("2027-03-02T10:00:00Z");
    const post = await publish(olga, "school-librarians", "A new reading corner");
    expect(await commentOnNewsPost(deps, uma, { slug: post.slug, body: "Hello" })).toEqual({
      ok: false,
      error: { code: "conflict", reason: "unverified" },
    });
    expect(await commentOnNewsPost(deps, null, { slug: post.slug, body: "Hello" })).toMatchObject({
      ok: false,
    });
    const invalid = await commentOnNewsPost(deps, mia, { slug: post.slug, body: "x".repeat(2001) });
    expect(
      !invalid.ok && invalid.error.code === "invalid" && invalid.error.fieldErrors.body?.key,
    ).toBe("errors.tooLong");
    await comment(mia, post.slug, "Lovely! <script>alert(1)</script>");
    const rude = await comment(omar, post.slug, "Buy cheap watches at spam.example");

    // Members report it, each once; the organiser sees it in their moderation list only.
    expect(await reportNewsComment(deps, mia, { commentId: rude, reason: "Spam" })).toEqual({
      ok: true,
      value: { postSlug: post.slug, alreadyReported: false },
    });
    expect(await reportNewsComment(deps, mia, { commentId: rude, reason: "Spam again" })).toEqual({
      ok: true,
      value: { postSlug: post.slug, alreadyReported: true },
    });
    const olgasList = await listReportedComments(deps, olga, { page });
    expect(
      olgasList.ok && olgasList.value.items.map((c) => [c.body, c.reports.map((r) => r.reason)]),
    ).toEqual([["Buy cheap watches at spam.example", ["Spam"]]]);
    // Omar organises another network: nothing of Olga's is his to see; Mia moderates nothing.
    const omarsList = await listReportedComments(deps, omar, { page });
    expect(omarsList.ok && omarsList.value.total).toBe(0);
    expect(await listReportedComments(deps, mia, { page })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    // Only the post's organisers hide it.
    for (const actor of [mia, omar, null])
      expect(await hideNewsComment(deps, actor, { commentId: rude })).toEqual({
        ok: false,
        error: { code: "not_found" },
      });
    expect(await hideNewsComment(deps, olga, { commentId: rude })).toEqual({
      ok: true,
      value: { postSlug: post.slug },
    });

    expect(await commentsOn(post.slug)).toEqual(["Lovely! <script>alert(1)</script>"]);
    const listed = await listNews(deps, null, { filter: null, page });
    expect(
      listed.ok && listed.value.posts.items.find((p) => p.slug === post.slug)?.commentCount,
    ).toBe(1);
    expect(
      (await listReportedComments(deps, olga, { page })).ok &&
        (await listReportedComments(deps, olga, { page })),
    ).toMatchObject({ value: { total: 0 } });
    // A hidden comment can be neither reported nor hidden again.
    expect((await reportNewsComment(deps, mia, { commentId: rude, reason: "" })).ok).toBe(false);
    expect((await hideNewsComment(deps, olga, { commentId: rude })).ok).toBe(false);
    // Nor is it in any feed.
    for (const scope of [
      "site",
      { kind: "network" as const, slug: "school-librarians" },
    ] as const) {
      const feed = await getNewsFeed(deps, { scope });
      expect(JSON.stringify(feed)).not.toContain("cheap watches");
    }
  });

  it("a moderator may keep a reported comment: the report is settled, the comment stays", async () => {
    const post = await publish(olga, "school-librarians", "Budget news");
    const frank = await comment(mia, post.slug, "The budget is too small.");
    await reportNewsComment(deps, olga, { commentId: frank, reason: "" });
    expect(await keepNewsComment(deps, omar, { commentId: frank })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await keepNewsComment(deps, olga, { commentId: frank })).toEqual({
      ok: true,
      value: { settled: 1 },
    });
    expect(await commentsOn(post.slug)).toEqual(["The budget is too small."]);
    const list = await listReportedComments(deps, admin, { page });
    expect(list.ok && list.value.items.map((c) => c.body)).not.toContain(
      "The budget is too small.",
    );
  });
});

describe("feeds", () => {
  it("change version when a post is published, edited or deleted, and not otherwise", async () => {
    const scope = { kind: "network" as const, slug: "law-librarians" };
    const empty = await getNewsFeed(deps, { scope });
    expect(empty.ok && empty.value.posts).toEqual([]);
    deps.clock.set("2027-03-03T10:00:00Z");
    const post = await publish(omar, "law-librarians", "Case law day");
    const first = await getNewsFeed(deps, { scope });
    if (!first.ok) throw new Error("no feed");
    expect(first.value.posts?.map((p) => p.title)).toEqual(["Case law day"]);
    expect(first.value.lastModifiedAt?.toISOString()).toBe("2027-03-03T10:00:00.000Z");
    // The caller holds this version: no posts are read.
    const again = await getNewsFeed(deps, { scope, knownVersion: first.value.version });
    expect(again).toEqual({
      ok: true,
      value: {
        version: first.value.version,
        lastModifiedAt: first.value.lastModifiedAt,
        publisher: first.value.publisher,
      },
    });
    // A comment changes nothing the feed shows.
    await comment(mia, post.slug, "Count me in");
    expect(
      (await getNewsFeed(deps, { scope })).ok && (await getNewsFeed(deps, { scope })),
    ).toMatchObject({
      value: { version: first.value.version },
    });
    deps.clock.set("2027-03-03T11:00:00Z");
    await editNewsPost(deps, omar, {
      slug: post.slug,
      values: { title: "Case law day", body: "Now at 10:00." },
    });
    const edited = await getNewsFeed(deps, { scope, knownVersion: first.value.version });
    expect(edited.ok && edited.value.version).not.toBe(first.value.version);
    expect(edited.ok && edited.value.posts?.[0]?.body).toBe("Now at 10:00.");
    await deleteNewsPost(deps, omar, { slug: post.slug });
    const deleted = await getNewsFeed(deps, { scope });
    expect(deleted.ok && deleted.value.posts).toEqual([]);
    expect(deleted.ok && edited.ok && deleted.value.version).not.toBe(
      edited.ok && edited.value.version,
    );
    expect(await getNewsFeed(deps, { scope: { kind: "network", slug: "not-yet" } })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
  });
});

describe("the weekly digest", () => {
  let digestDb: TestDatabase;
  let d: TestUseCaseDeps;

  beforeAll(async () => {
    digestDb = await openTestDatabase();
    d = testUseCaseDeps(digestDb, "2027-04-05T08:00:00Z"); // a Monday
    await addPerson(digestDb, "org");
    for (const id of ["fran", "gus", "hal"]) await addPerson(digestDb, id, { locale: "fr" });
    await addPerson(digestDb, "ivy", { verified: false });
    await addNetwork(digestDb, "archives", ["org"]);
    await addNetwork(digestDb, "rural", ["org"]);
  });
  afterAll(async () => digestDb?.close());

  const org: Actor = { userId: "org", role: "user" };
  const as = (id: string): Actor => ({ userId: id, role: "user" });
  const digestsTo = async (email: string) =>
    (await digestDb.uow.read.outbox.list({ offset: 0, limit: 100 }, email)).items.filter(
      (m) => m.kind === "news-digest",
    );

  it("lists each followed network's new posts and upcoming events, once per person and week", async () => {
    for (const id of ["fran", "gus", "hal", "ivy"])
      await setNetworkFollow(d, as(id), { networkSlug: "archives", follow: true });
    await setNetworkFollow(d, as("fran"), { networkSlug: "rural", follow: true });
    await setNetworkFollow(d, as("hal"), { networkSlug: "archives", follow: false });
    // Nothing new yet: no email, and the week is recorded as looked at.
    expect(await sendWeeklyDigests(d)).toEqual({ people: 2, emails: 0 });
    expect(await digestsTo("fran@example.org")).toEqual([]);

    d.clock.set("2027-04-07T09:00:00Z");
    const posted = await publishNewsPost(d, org, {
      kind: "network",
      slug: "archives",
      values: { title: "Digitising parish records", body: "We begin in May." },
    });
    expect(posted.ok).toBe(true);
    await digestDb.db.insert(event).values({
      id: "ev-1",
      slug: "records-workshop",
      networkId: "network-rural",
      title: "Records workshop",
      timeZone: "Europe/Paris",
      startsAt: new Date("2027-04-20T08:00:00Z"),
      durationMinutes: 120,
      createdAt: new Date("2027-04-07T09:30:00Z"),
    });
    await digestDb.db.insert(eventOccurrence).values({
      eventId: "ev-1",
      position: 0,
      startsAt: new Date("2027-04-20T08:00:00Z"),
      endsAt: new Date("2027-04-20T10:00:00Z"),
    });
    // Later the same week: the week is done for both.
    expect(await sendWeeklyDigests(d)).toEqual({ people: 0, emails: 0 });

    d.clock.set("2027-04-12T08:00:00Z"); // next Monday
    // Gus stopped digests with one click: his week is recorded, no email is queued.
    await setMyEmailChoices(d, as("gus"), []);
    // Two runs at once (two instances): each person's digest is written once.
    const second: DatabaseConnection | undefined = digestDb.databaseUrl
      ? await connectDatabase({ databaseUrl: digestDb.databaseUrl })
      : undefined;
    try {
      const other = { ...d, uow: second ? createUnitOfWork(second.db, second.boss) : digestDb.uow };
      const [a, b] = await Promise.all([sendWeeklyDigests(d), sendWeeklyDigests(other)]);
      expect(a.emails + b.emails).toBe(1);
    } finally {
      await second?.close();
    }
    const [digest, ...more] = await digestsTo("fran@example.org");
    expect(more).toEqual([]);
    expect(digest?.locale).toBe("fr");
    expect(digest?.bodyText).toContain("Network archives");
    expect(digest?.bodyText).toContain("Digitising parish records");
    expect(digest?.bodyText).toContain("http://test.localhost/news/digitising-parish-records");
    expect(digest?.bodyText).toContain("Records workshop");
    expect(digest?.bodyText).toContain("http://test.localhost/events/records-workshop");
    expect(digest?.unsubscribeUrl).toMatch(/\/unsubscribe\//);
    expect(await digestsTo("gus@example.org")).toEqual([]);
    expect(await digestsTo("hal@example.org")).toEqual([]);
    expect(await digestsTo("ivy@example.org")).toEqual([]);
    const weeks = await digestDb.db
      .select({ week: digestDelivery.week, items: digestDelivery.items })
      .from(digestDelivery)
      .where(eq(digestDelivery.userId, "fran"));
    expect(weeks.sort((x, y) => x.week.localeCompare(y.week))).toEqual([
      { week: "2027-W14", items: 0 },
      { week: "2027-W15", items: 2 },
    ]);

    // The week after, nothing is new since this digest: nothing is sent.
    d.clock.set("2027-04-19T08:00:00Z");
    expect(await sendWeeklyDigests(d)).toEqual({ people: 2, emails: 0 });
  });
});
