/**
 * Privacy rights (issue 16) on a matched participant shaped like the demo's: an account
 * with an application matched to a partner, meetings, check-ins, survey answers, posts,
 * comments, a network membership, an event place, a petition signature, a spotlight, a
 * nomination, a profile and a guide revision. Her export holds every kind; her erasure
 * leaves no trace of her name or address in any text column, and her partner's export and
 * the round's report still work.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  application,
  campaign,
  emailOptOut,
  groupSession,
  mentoringOffer,
  networkFollow,
  networkOrganiser,
  sessionRsvp,
  checkIn,
  event,
  eventRegistration,
  guide,
  guideChapter,
  guideChapterAuthor,
  guideChapterRevision,
  memberProfile,
  network,
  networkMember,
  newsComment,
  newsPost,
  nomination,
  opportunity,
  petitionSignature,
  round as roundTable,
  session,
  spotlight,
  surveyAnswer,
  surveyQuestion,
  surveyResponse,
  survey as surveyTable,
  user,
} from "../../db/schema/index.ts";
import { rowsOf } from "../../db/raw-rows.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { defaultCriteria } from "../../domain/matching/matching-criteria.ts";
import { EXPORT_KINDS } from "../../domain/privacy/data-export.ts";
import { computeMatchingRun } from "../matching/compute-matching-run.ts";
import { publishRun } from "../matching/publish-run.ts";
import { startMatchingRun } from "../matching/start-matching-run.ts";
import { findPartnershipPage } from "../partnerships/find-partnership-page.ts";
import { logMeeting } from "../partnerships/log-meeting.ts";
import { getRoundReport } from "../reports/get-round-report.ts";
import type { Actor } from "../result.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { addApplicants, createClosedRound } from "../testing/matching-fixtures.ts";
import {
  anonymiseExpiredApplications,
  listUpcomingAnonymisations,
  setApplicationRetention,
} from "./application-retention.ts";
import { eraseAccountAsAdministrator, eraseMyAccount } from "./erase-account.ts";
import { exportMyData } from "./export-my-data.ts";
import { listMyConsents, recordSignUpConsent } from "./my-consents.ts";
import { endSessionsAsAdministrator } from "./people.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
const admin: Actor = { userId: "admin-user", role: "admin" };
const zuzana: Actor = { userId: "u-z", role: "user" };
const ben: Actor = { userId: "ben-user", role: "user" };
const NAME = "Zuzana Quillfeather";
const EMAIL = "zuzana.quillfeather@example.org";
let round: RoundRecord;
let partnershipId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  deps = testUseCaseDeps(database, "2027-02-01T12:00:00Z");
  const db = database.db;
  await db.insert(user).values([
    { id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" },
    { id: "admin-2", name: "Adeline", email: "adeline@example.org", role: "admin" },
  ]);
  round = await createClosedRound(deps, admin);
  await addApplicants(deps, round, [
    {
      email: EMAIL,
      name: NAME,
      country: "CZ",
      timeZone: "Europe/Prague",
      availability: ["tue-14", "tue-18"],
    },
    {
      email: "ben@example.org",
      name: "Ben Carter",
      country: "US",
      timeZone: "America/New_York",
      availability: ["tue-10", "tue-14"],
    },
  ]);
  const started = await startMatchingRun(deps, admin, {
    roundId: round.id,
    criteria: defaultCriteria({ allowTriads: false }),
    seed: 1,
    basedOnRunId: null,
  });
  if (!started.ok) throw new Error(JSON.stringify(started.error));
  await computeMatchingRun(deps, { runId: started.value.runId });
  const published = await publishRun(deps, admin, {
    roundId: round.id,
    runId: started.value.runId,
  });
  if (!published.ok) throw new Error(JSON.stringify(published.error));
  const [found] = await database.uow.read.partnerships.listForEmail(EMAIL);
  partnershipId = found!.partnership.id;
  await db.insert(user).values([
    { id: "u-z", name: NAME, email: EMAIL, emailVerified: true, role: "user" },
    { id: "ben-user", name: "Ben Carter", email: "ben@example.org", emailVerified: true },
  ]);
  await recordSignUpConsent(deps, { userId: "u-z", email: EMAIL, locale: "en" });
  await db.insert(session).values({
    id: "s1",
    token: "token-1",
    userId: "u-z",
    expiresAt: new Date("2027-12-01T00:00:00Z"),
  });
  const meeting = await logMeeting(deps, zuzana, {
    partnershipId,
    form: {
      startsAt: "2027-02-16T15:00",
      durationMinutes: "45",
      place: "online",
      format: "one_to_one",
      sharedNote: `Notes by ${NAME}`,
      privateNote: "My own thoughts",
    },
  });
  if (!meeting.ok) throw new Error(JSON.stringify(meeting.error));
  const [mine] = await db.select().from(application).where(eq(application.email, EMAIL));
  await db.insert(checkIn).values({
    id: "c1",
    partnershipId,
    applicationId: mine!.id,
    sequence: 1,
    sentAt: deps.clock.now(),
    answer: "in_touch",
    goodMatch: "yes",
    note: "Lovely first call",
    answeredAt: deps.clock.now(),
  });
  // Publishing created the round's surveys.
  const [mid] = await db.select().from(surveyTable).where(eq(surveyTable.roundId, round.id));
  await db.insert(surveyQuestion).values({
    id: "q1",
    surveyId: mid!.id,
    position: 99,
    type: "text",
    prompts: { en: "Anything else?" },
  });
  await db.insert(surveyResponse).values({
    id: "r1",
    surveyId: mid!.id,
    applicationId: mine!.id,
    submittedAt: deps.clock.now(),
    updatedAt: deps.clock.now(),
  });
  await db
    .insert(surveyAnswer)
    .values({ responseId: "r1", questionId: "q1", text: "Signed, Zuzana" });
  await db.insert(network).values({
    id: "n1",
    slug: "prague-librarians",
    name: "Prague librarians",
    kind: "local",
    status: "approved",
    memberCount: 2,
  });
  await db.insert(user).values({ id: "other", name: "Olga", email: "olga@example.org" });
  await db.insert(networkMember).values([
    { networkId: "n1", userId: "u-z" },
    { networkId: "n1", userId: "other" },
  ]);
  await db.insert(newsPost).values({
    id: "p1",
    slug: "hello",
    networkId: "n1",
    title: "Hello from Prague",
    body: "Our first post.",
    authorId: "u-z",
    publishedAt: deps.clock.now(),
    updatedAt: deps.clock.now(),
  });
  await db.insert(newsComment).values({
    id: "cm1",
    postId: "p1",
    authorId: "u-z",
    body: "Looking forward!",
    createdAt: deps.clock.now(),
  });
  await db.insert(event).values({
    id: "e1",
    slug: "meetup",
    networkId: "n1",
    title: "Meetup",
    timeZone: "Europe/Prague",
    startsAt: new Date("2027-03-01T17:00:00Z"),
    durationMinutes: 60,
    capacity: 1,
  });
  await db.insert(eventRegistration).values([
    { eventId: "e1", userId: "u-z", status: "registered", createdAt: deps.clock.now() },
    {
      eventId: "e1",
      userId: "other",
      status: "waitlisted",
      createdAt: new Date(deps.clock.now().getTime() + 1000),
    },
  ]);
  await db.insert(campaign).values({ id: "cp", networkId: "n1", slug: "save", title: "Save it" });
  await db.insert(petitionSignature).values({
    id: "sig",
    campaignId: "cp",
    email: EMAIL,
    name: NAME,
    country: "CZ",
    comment: "Yes!",
    confirmedAt: deps.clock.now(),
  });
  await db.insert(spotlight).values({
    id: "sp",
    authorId: "u-z",
    subjectUserId: "ben-user",
    subjectName: "Ben Carter",
    title: "Ben's makerspace",
    body: "Great work.",
    answerTokenHash: "h1",
  });
  await db.insert(opportunity).values({
    id: "op",
    networkId: "n1",
    kind: "speaker",
    title: "Speak at the meetup",
    deadline: new Date("2027-04-01T00:00:00Z"),
  });
  await db.insert(nomination).values({
    id: "nm",
    opportunityId: "op",
    nominatorId: "ben-user",
    nomineeUserId: "u-z",
    nomineeEmail: EMAIL,
    nomineeName: NAME,
    note: `${NAME} gives great talks`,
    answerTokenHash: "h2",
  });
  await db.insert(networkOrganiser).values({ networkId: "n1", userId: "u-z" });
  await db.insert(networkFollow).values({ networkId: "n1", userId: "u-z" });
  await db.insert(mentoringOffer).values({ id: "mo", mentorId: "ben-user", menteeId: "u-z" });
  await db.insert(emailOptOut).values({ email: EMAIL, kind: "topics" });
  await db.insert(groupSession).values({
    id: "gs",
    roundId: round.id,
    title: "Welcome call",
    startsAt: new Date("2027-02-20T16:00:00Z"),
    durationMinutes: 60,
  });
  await db.insert(sessionRsvp).values({
    sessionId: "gs",
    applicationId: mine!.id,
    answer: "yes",
    answeredAt: deps.clock.now(),
  });
  await db.insert(memberProfile).values({ userId: "u-z", headline: "Makerspace nerd" });
  await db.insert(guide).values({ id: "g", roundId: round.id, slug: "guide", title: "Our guide" });
  await db.insert(guideChapter).values({ id: "ch", guideId: "g", position: 1, title: "Start" });
  await db.insert(guideChapterAuthor).values({ chapterId: "ch", userId: "u-z", creditName: NAME });
  await db.insert(guideChapterRevision).values({
    chapterId: "ch",
    version: 1,
    title: "Start",
    body: "How we began.",
    authorId: "u-z",
  });
});
afterAll(async () => database.close());

/** Every text, JSON and text-array column of every table that contains one of the needles. */
async function columnsContaining(needles: readonly string[]): Promise<string[]> {
  const columns = await rowsOf<{ table_name: string; column_name: string; data_type: string }>(
    database.db,
    sql`select table_name, column_name, data_type from information_schema.columns
      where table_schema = 'public' and data_type in ('text', 'jsonb', 'json', 'ARRAY', 'character varying')`,
  );
  const found: string[] = [];
  for (const c of columns) {
    for (const needle of needles) {
      const [hit] = await rowsOf<{ n: number | string }>(
        database.db,
        sql`select count(*) as n from ${sql.identifier(c.table_name)}
          where ${sql.identifier(c.column_name)}::text ilike ${`%${needle}%`}`,
      );
      if (Number(hit?.n ?? 0) > 0) found.push(`${c.table_name}.${c.column_name} ~ ${needle}`);
    }
  }
  return found;
}

describe("consents", () => {
  it("shows the person what they agreed to, when, and which version of the text", async () => {
    const result = await listMyConsents(deps, zuzana);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value).toEqual([
      expect.objectContaining({ purpose: "privacy", textVersion: "privacy-2027-01", locale: "en" }),
    ]);
    expect(await listMyConsents(deps, null)).toEqual({ ok: false, error: { code: "not_found" } });
  });
});

describe("export my data", () => {
  it("holds every kind of thing about a matched participant", async () => {
    const result = await exportMyData(deps, zuzana);
    if (!result.ok) throw new Error(result.error.code);
    const { data } = result.value;
    const empty = EXPORT_KINDS.filter((kind) => data[kind].length === 0);
    expect(empty).toEqual([]);
    expect(data.account[0]).toMatchObject({ name: NAME, email: EMAIL });
    expect(data.applications[0]).toMatchObject({ name: NAME, country: "CZ" });
    expect(data.partnerships[0]).toMatchObject({ partners: "Ben Carter", status: "active" });
    expect(data.meetings[0]).toMatchObject({ myPrivateNote: "My own thoughts", loggedByMe: true });
    expect(data.survey_answers[0]).toMatchObject({ text: "Signed, Zuzana" });
    expect(data.nominations[0]).toMatchObject({ you: "nominee" });
    expect(data.guide_revisions[0]).toMatchObject({ body: "How we began." });
    // Her partner's export shows her meeting's shared note but not her private one.
    const bens = await exportMyData(deps, ben);
    if (!bens.ok) throw new Error(bens.error.code);
    expect(bens.value.data.meetings[0]).toMatchObject({ myPrivateNote: null, loggedByMe: false });
    expect(bens.value.data.partnerships[0]).toMatchObject({ partners: NAME });
  });

  it("is nobody's when nobody is signed in", async () => {
    expect(await exportMyData(deps, null)).toEqual({ ok: false, error: { code: "not_found" } });
  });
});

describe("sessions", () => {
  it("an administrator ends them all at once", async () => {
    expect(await endSessionsAsAdministrator(deps, zuzana, { userId: "u-z" })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await endSessionsAsAdministrator(deps, admin, { userId: "u-z" })).toEqual({
      ok: true,
      value: { ended: 1 },
    });
    expect(await database.db.select().from(session).where(eq(session.userId, "u-z"))).toEqual([]);
  });
});

describe("delete my account", () => {
  it("asks for the account's own address, and keeps the last administrator", async () => {
    expect(await eraseMyAccount(deps, zuzana, { confirm: "ben@example.org" })).toEqual({
      ok: false,
      error: { code: "invalid", fieldErrors: { confirm: { key: "privacy:erase.errors.confirm" } } },
    });
    expect(
      await eraseAccountAsAdministrator(deps, admin, {
        userId: "admin-2",
        confirm: "adeline@example.org",
      }),
    ).toEqual({ ok: false, error: { code: "forbidden" } });
    expect(
      await eraseAccountAsAdministrator(deps, zuzana, {
        userId: "ben-user",
        confirm: "ben@example.org",
      }),
    ).toEqual({ ok: false, error: { code: "not_found" } });
  });

  it("erases her in one go: nothing names her, her partner sees a former participant", async () => {
    const result = await eraseMyAccount(deps, zuzana, { confirm: ` ${EMAIL.toUpperCase()} ` });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value).toMatchObject({
      applicationsAnonymised: 1,
      meetingNotesCleared: 1,
      checkInNotesCleared: 1,
      surveyTextsCleared: 1,
      commentsDeleted: 1,
      petitionSignaturesAnonymised: 1,
      networkMembershipsEnded: 1,
      eventRegistrationsDeleted: 1,
    });
    expect(await columnsContaining([NAME, EMAIL, "Zuzana", "quillfeather"])).toEqual([]);
    // The account and what hung on it are gone; the counts stay right.
    expect(await database.db.select().from(user).where(eq(user.id, "u-z"))).toEqual([]);
    const [n1] = await database.db.select().from(network).where(eq(network.id, "n1"));
    expect(n1!.memberCount).toBe(1);
    const [waiting] = await database.db
      .select()
      .from(eventRegistration)
      .where(eq(eventRegistration.userId, "other"));
    expect(waiting!.status).toBe("registered");
    const [signature] = await database.db.select().from(petitionSignature);
    expect(signature!.confirmedAt).not.toBeNull();
    const [post] = await database.db.select().from(newsPost);
    expect(post!.authorId).toBeNull();
    // Her partner's page, his export and the round's report still work.
    const page = await findPartnershipPage(deps, ben, { partnershipId, locale: "en", page: 1 });
    if (!page.ok) throw new Error(page.error.code);
    expect(page.value.partners[0]!.name).toBe("");
    const bens = await exportMyData(deps, ben);
    if (!bens.ok) throw new Error(bens.error.code);
    expect(bens.value.data.partnerships[0]).toMatchObject({ partners: "" });
    const report = await getRoundReport(deps, admin, {
      roundId: round.id,
      timeZone: "UTC",
      locale: "en",
      textAnswers: "all",
    });
    expect(report.ok).toBe(true);
    // The audit log says it was done, with counts, and not whose account it was.
    const entries = await rowsOf<{ action: string; data: unknown }>(
      database.db,
      sql`select action, data from audit_log where action = 'account.erased'`,
    );
    expect(entries).toHaveLength(1);
  });
});

describe("retention", () => {
  it("lists what will go when, and anonymises a finished round's applications when due", async () => {
    const set = await setApplicationRetention(deps, admin, {
      programmeId: round.programmeId,
      retention: { keep: "days", days: "12" },
    });
    expect(set).toMatchObject({ ok: false, error: { code: "invalid" } });
    expect(
      await setApplicationRetention(deps, ben, {
        programmeId: round.programmeId,
        retention: { keep: "days", days: "60" },
      }),
    ).toEqual({ ok: false, error: { code: "not_found" } });
    expect(
      await setApplicationRetention(deps, admin, {
        programmeId: round.programmeId,
        retention: { keep: "days", days: "60" },
      }),
    ).toEqual({ ok: true, value: { retentionDays: 60 } });
    const upcoming = await listUpcomingAnonymisations(deps, admin, {
      page: { offset: 0, limit: 25 },
    });
    if (!upcoming.ok) throw new Error(upcoming.error.code);
    expect(upcoming.value.items).toEqual([
      expect.objectContaining({
        roundId: round.id,
        applications: 2,
        dueAt: new Date(round.endsAt.getTime() + 60 * 86_400_000),
      }),
    ]);
    // Not finished: nothing goes, however late.
    deps.clock.set(new Date(round.endsAt.getTime() + 61 * 86_400_000));
    expect(await anonymiseExpiredApplications(deps)).toBe(0);
    await database.db
      .update(roundTable)
      .set({ status: "finished" })
      .where(eq(roundTable.id, round.id));
    expect(await anonymiseExpiredApplications(deps)).toBe(1);
    expect(await anonymiseExpiredApplications(deps)).toBe(0);
    const apps = await database.db
      .select()
      .from(application)
      .where(eq(application.roundId, round.id));
    expect(apps.map((a) => [a.name, a.email.endsWith("@erased.invalid"), a.status])).toEqual([
      ["", true, "accepted"],
      ["", true, "accepted"],
    ]);
    const [r] = await database.db.select().from(roundTable).where(eq(roundTable.id, round.id));
    expect(r!.applicationsAnonymisedAt).not.toBeNull();
    const report = await getRoundReport(deps, admin, {
      roundId: round.id,
      timeZone: "UTC",
      locale: "en",
      textAnswers: "all",
    });
    expect(report.ok).toBe(true);
  });
});
