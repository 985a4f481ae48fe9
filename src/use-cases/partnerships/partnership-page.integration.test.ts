import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  partnership,
  roundTopic,
  topic,
  topicDelivery,
  topicTranslation,
  user,
} from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { defaultCriteria } from "../../domain/matching/matching-criteria.ts";
import { meetingCalendar } from "../../domain/partnerships/meeting-calendar.ts";
import type { MeetingForm } from "../../domain/partnerships/meeting-input.ts";
import { computeMatchingRun } from "../matching/compute-matching-run.ts";
import { publishRun } from "../matching/publish-run.ts";
import { startMatchingRun } from "../matching/start-matching-run.ts";
import type { Actor } from "../result.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { addApplicants, createClosedRound, type PersonSpec } from "../testing/matching-fixtures.ts";
import { changeMeeting } from "./change-meeting.ts";
import { confirmAgreement } from "./confirm-agreement.ts";
import { deleteMeeting } from "./delete-meeting.ts";
import { findMeeting } from "./find-meeting.ts";
import { findPartnershipPage } from "./find-partnership-page.ts";
import { logMeeting } from "./log-meeting.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
const admin: Actor = { userId: "admin-user", role: "admin" };
let round: RoundRecord;
let partnershipId: string;
let ana: Actor;
let ben: Actor;

async function account(id: string, email: string, emailVerified: boolean): Promise<Actor> {
  await database.db.insert(user).values({ id, name: id, email, emailVerified, role: "user" });
  return { userId: id, role: "user" };
}

const form = (overrides: Partial<MeetingForm> = {}): MeetingForm => ({
  startsAt: "2027-02-16T15:00",
  durationMinutes: "45",
  place: "online",
  format: "one_to_one",
  sharedNote: "First call: libraries and makerspaces.",
  privateNote: "Ask about her budget.",
  ...overrides,
});

/** A published pair: Ana in Madrid and Ben in New York, both free on Tuesday afternoons. */
beforeAll(async () => {
  database = await openTestDatabase();
  deps = testUseCaseDeps(database, "2027-02-01T12:00:00Z");
  await database.db
    .insert(user)
    .values({ id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" });
  round = await createClosedRound(deps, admin, {
    rulesMarkdown: "## Our agreement\n\nWe meet **monthly**. <script>alert(1)</script>",
  });
  const people: PersonSpec[] = [
    {
      email: "ana@example.org",
      name: "Ana García",
      country: "ES",
      timeZone: "Europe/Madrid",
      availability: ["tue-14", "tue-18"],
    },
    {
      email: "ben@example.org",
      name: "Ben Carter",
      country: "US",
      timeZone: "America/New_York",
      availability: ["tue-10", "tue-14"],
    },
  ];
  await addApplicants(deps, round, people);
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
  const [found] = await database.uow.read.partnerships.listForEmail("ana@example.org");
  partnershipId = found!.partnership.id;
  ana = await account("ana-user", "ANA@example.org", true);
  ben = await account("ben-user", "ben@example.org", true);
});
afterAll(async () => database.close());

const pageFor = (actor: Actor | null, locale = "en") =>
  findPartnershipPage(deps, actor, { partnershipId, locale, page: 1 });

describe("who may see a partnership page", () => {
  it("shows it to each member whose address is verified, with the partner's profile", async () => {
    const page = await pageFor(ana);
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(page.value.selfName).toBe("Ana García");
    expect(page.value.timeZone).toBe("Europe/Madrid");
    expect(page.value.partners).toHaveLength(1);
    expect(page.value.partners[0]).toMatchObject({
      name: "Ben Carter",
      email: "ben@example.org",
      country: "US",
    });
    // Ben's Tuesday 10–18 in New York (UTC−5) is 16–24 in Madrid (UTC+1); Ana is free 14–22.
    expect(page.value.partners[0]!.commonHours).toEqual([
      { day: 1, startMinute: 16 * 60, endMinute: 22 * 60 },
    ]);
    // The next Tuesdays at 16:00 Madrid time (15:00 UTC in winter), for six hours.
    expect(page.value.suggestions[0]!.times.slice(0, 2)).toEqual([
      { startsAt: new Date("2027-02-02T15:00:00Z"), durationMinutes: 360 },
      { startsAt: new Date("2027-02-09T15:00:00Z"), durationMinutes: 360 },
    ]);
    expect((await pageFor(ben)).ok).toBe(true);
  });

  it("answers not_found to outsiders, unverified accounts, facilitators and the signed-out", async () => {
    const outsider = await account("outsider", "outsider@example.org", true);
    const otherRound = await createClosedRound(deps, admin);
    await addApplicants(deps, otherRound, [{ email: "cleo@example.org", country: "FR" }]);
    // Cleo applied elsewhere; an unverified account holding a member's address sees nothing.
    const cleo = await account("cleo", "cleo@example.org", true);
    await database.db.update(user).set({ emailVerified: false }).where(eq(user.id, "ben-user"));
    try {
      for (const actor of [outsider, cleo, ben, admin, null]) {
        expect(await pageFor(actor)).toEqual({ ok: false, error: { code: "not_found" } });
        expect(await confirmAgreement(deps, actor, { partnershipId })).toEqual({
          ok: false,
          error: { code: "not_found" },
        });
        expect(await logMeeting(deps, actor, { partnershipId, form: form() })).toEqual({
          ok: false,
          error: { code: "not_found" },
        });
      }
      expect(
        await findPartnershipPage(deps, ana, { partnershipId: "nope", locale: "en", page: 1 }),
      ).toEqual({ ok: false, error: { code: "not_found" } });
    } finally {
      await database.db.update(user).set({ emailVerified: true }).where(eq(user.id, "ben-user"));
    }
  });
});

describe("the agreement", () => {
  it("is confirmed once by each member, the first time standing", async () => {
    deps.clock.set("2027-02-02T09:30:00Z");
    expect(await confirmAgreement(deps, ana, { partnershipId })).toEqual({
      ok: true,
      value: { newlyConfirmed: true },
    });
    deps.clock.set("2027-02-03T09:30:00Z");
    expect(await confirmAgreement(deps, ana, { partnershipId })).toEqual({
      ok: true,
      value: { newlyConfirmed: false },
    });
    const page = await pageFor(ben);
    if (!page.ok) throw new Error("page");
    expect(page.value.agreement.markdown).toContain("We meet **monthly**.");
    expect(page.value.agreement.members).toEqual([
      { name: "Ben Carter", self: true, confirmedAt: null },
      { name: "Ana García", self: false, confirmedAt: new Date("2027-02-02T09:30:00Z") },
    ]);
  });
});

describe("the meeting log", () => {
  it("saves a planned meeting on the writer's clock and keeps its private note from the partner", async () => {
    deps.clock.set("2027-02-05T12:00:00Z");
    const logged = await logMeeting(deps, ana, { partnershipId, form: form() });
    if (!logged.ok) throw new Error(JSON.stringify(logged.error));
    // 15:00 in Madrid in February (UTC+1).
    expect(logged.value).toMatchObject({
      status: "planned",
      startsAt: new Date("2027-02-16T14:00:00Z"),
      durationMinutes: 45,
      sequence: 0,
    });
    const forBen = await pageFor(ben);
    if (!forBen.ok) throw new Error("page");
    expect(forBen.value.meetings.items[0]).toMatchObject({
      id: logged.value.id,
      sharedNote: "First call: libraries and makerspaces.",
      privateNote: null,
      mine: false,
      loggedByName: "Ana García",
    });
    expect(JSON.stringify(forBen.value)).not.toContain("budget");
    const seen = await findMeeting(deps, ben, { partnershipId, meetingId: logged.value.id });
    expect(seen.ok && seen.value.meeting.privateNote).toBeNull();
    expect(JSON.stringify(seen)).not.toContain("budget");
    const forAna = await pageFor(ana);
    expect(forAna.ok && forAna.value.meetings.items[0]!.privateNote).toBe("Ask about her budget.");
    // Ben may not change or delete Ana's meeting.
    expect(
      await changeMeeting(deps, ben, { partnershipId, meetingId: logged.value.id, form: form() }),
    ).toEqual({ ok: false, error: { code: "not_found" } });
    expect(await deleteMeeting(deps, ben, { partnershipId, meetingId: logged.value.id })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
  });

  it("refuses a meeting with errors beside each field, and saves nothing", async () => {
    const before = await pageFor(ana);
    const refused = await logMeeting(deps, ana, {
      partnershipId,
      form: form({
        startsAt: "16/02/2027 3pm",
        durationMinutes: "601",
        place: "moon",
        format: "",
        sharedNote: "x".repeat(4001),
      }),
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: {
          startsAt: { key: "errors.invalidDate" },
          durationMinutes: {
            key: "partnerships:meetingForm.errors.durationRange",
            values: { min: 5, max: 600 },
          },
          place: { key: "errors.invalidChoice" },
          format: { key: "errors.invalidChoice" },
          sharedNote: { key: "errors.tooLong", values: { max: 4000 } },
        },
      },
    });
    const after = await pageFor(ana);
    expect(after.ok && after.value.meetings.total).toBe(before.ok && before.value.meetings.total);
  });

  it("raises the sequence on each edit, and the .ics file says so in UTC with a stable UID", async () => {
    deps.clock.set("2027-02-06T12:00:00Z");
    const logged = await logMeeting(deps, ana, {
      partnershipId,
      form: form({ startsAt: "2027-03-30T18:30", place: "in_person" }),
    });
    if (!logged.ok) throw new Error("log");
    const meetingId = logged.value.id;
    const changed = await changeMeeting(deps, ana, {
      partnershipId,
      meetingId,
      // After Spain moved to summer time (28 March 2027): 18:30 is 16:30 UTC.
      form: form({ startsAt: "2027-03-30T18:30", durationMinutes: "90" }),
    });
    expect(changed).toMatchObject({
      ok: true,
      value: { sequence: 1, durationMinutes: 90, startsAt: new Date("2027-03-30T16:30:00Z") },
    });
    await changeMeeting(deps, ana, {
      partnershipId,
      meetingId,
      form: form({ startsAt: "2027-03-30T19:00" }),
    });

    const found = await findMeeting(deps, ben, { partnershipId, meetingId });
    if (!found.ok) throw new Error("find");
    expect(found.value.meeting.sequence).toBe(2);
    expect(found.value.partnerNames).toEqual(["Ana García"]);
    const ics = meetingCalendar({
      meetingId,
      host: new URL(deps.baseUrl).host,
      startsAt: found.value.meeting.startsAt,
      durationMinutes: found.value.meeting.durationMinutes,
      sequence: found.value.meeting.sequence,
      changedAt: found.value.meeting.updatedAt,
      summary: "Meeting with Ana García",
      description: found.value.meeting.sharedNote,
      location: "Online",
      url: `${deps.baseUrl}/partnerships/${partnershipId}`,
    });
    expect(ics).toContain("DTSTART:20270330T170000Z");
    const calendar = ICAL.Component.fromString(ics);
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    expect(event.uid).toBe(`meeting-${meetingId}@test.localhost`);
    expect(event.sequence).toBe(2);
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(event.startDate.toJSDate().toISOString()).toBe("2027-03-30T17:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2027-03-30T17:45:00.000Z");
    expect(event.summary).toBe("Meeting with Ana García");
  });

  it("lists newest first, a page at a time, and deletes only the writer's own", async () => {
    const page = await pageFor(ben);
    if (!page.ok) throw new Error("page");
    const starts = page.value.meetings.items.map((m) => m.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    const meetingId = page.value.meetings.items[0]!.id;
    expect(await deleteMeeting(deps, ana, { partnershipId, meetingId })).toEqual({
      ok: true,
      value: null,
    });
    expect(await findMeeting(deps, ana, { partnershipId, meetingId })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    for (let i = 0; i < 11; i++)
      await logMeeting(deps, ben, {
        partnershipId,
        form: form({ startsAt: `2027-02-0${(i % 5) + 1}T08:00`, privateNote: "" }),
      });
    const first = await findPartnershipPage(deps, ana, { partnershipId, locale: "en", page: 1 });
    const second = await findPartnershipPage(deps, ana, { partnershipId, locale: "en", page: 2 });
    if (!first.ok || !second.ok) throw new Error("page");
    expect(first.value.meetings.total).toBe(12);
    expect(first.value.meetings.items).toHaveLength(10);
    expect(second.value.meetings.items).toHaveLength(2);
    // Held: their time has passed.
    expect(second.value.meetings.items.every((m) => m.status === "held")).toBe(true);
  });
});

describe("an agreement written only in another language", () => {
  it("is confirmed like one in the programme's language; a round with no rules has none", async () => {
    const withRules = round;
    const set = (r: RoundRecord) =>
      database.uow.transaction((repositories) => repositories.rounds.update(r));
    try {
      await set({ ...round, rulesMarkdown: "" });
      await database.uow.transaction((repositories) =>
        repositories.rounds.replaceTranslations(round.id, [
          { locale: "es", theme: "", rulesMarkdown: "Nos vemos **cada mes**." },
        ]),
      );
      expect(await confirmAgreement(deps, ben, { partnershipId })).toEqual({
        ok: true,
        value: { newlyConfirmed: true },
      });
      await database.uow.transaction((repositories) =>
        repositories.rounds.replaceTranslations(round.id, []),
      );
      expect(await confirmAgreement(deps, ana, { partnershipId })).toEqual({
        ok: false,
        error: { code: "conflict", reason: "no_agreement" },
      });
    } finally {
      await set(withRules);
    }
  });
});

describe("a partnership that was dissolved", () => {
  it("stays readable by its members but takes no more confirmations or meetings", async () => {
    await database.db
      .update(partnership)
      .set({ status: "dissolved", closedAt: new Date("2027-02-20T00:00:00Z") })
      .where(eq(partnership.id, partnershipId));
    try {
      const page = await pageFor(ben);
      expect(page).toMatchObject({ ok: true, value: { current: false, status: "dissolved" } });
      expect(page.ok && page.value.suggestions).toEqual([]);
      expect(await confirmAgreement(deps, ben, { partnershipId })).toEqual({
        ok: false,
        error: { code: "closed" },
      });
      expect(await logMeeting(deps, ben, { partnershipId, form: form() })).toEqual({
        ok: false,
        error: { code: "closed" },
      });
      const own = page.ok ? page.value.meetings.items.find((m) => m.mine) : undefined;
      const found = await findMeeting(deps, ben, { partnershipId, meetingId: own!.id });
      expect(found).toMatchObject({ ok: true, value: { mine: true, editable: false } });
      expect(
        await changeMeeting(deps, ben, { partnershipId, meetingId: own!.id, form: form() }),
      ).toEqual({ ok: false, error: { code: "closed" } });
    } finally {
      await database.db
        .update(partnership)
        .set({ status: "active", closedAt: null })
        .where(eq(partnership.id, partnershipId));
    }
  });
});

describe("topics sent so far", () => {
  it("shows none before the first, then each in the reader's language or the programme's", async () => {
    const before = await pageFor(ana, "fr");
    expect(before.ok && before.value.topics).toEqual([]);
    await database.db
      .insert(topic)
      .values({ id: "t1", programmeId: round.programmeId, position: 1 });
    await database.db.insert(topicTranslation).values([
      { topicId: "t1", locale: "en", title: "Getting to know you", promptMarkdown: "Tell *us*." },
      { topicId: "t1", locale: "fr", title: "Faire connaissance", promptMarkdown: "Racontez." },
    ]);
    await database.db
      .insert(roundTopic)
      .values({ id: "rt1", roundId: round.id, topicId: "t1", week: 1 });
    await database.db
      .insert(topicDelivery)
      .values({ partnershipId, roundTopicId: "rt1", sentAt: new Date("2027-02-10T08:00:00Z") });
    const inFrench = await pageFor(ana, "fr");
    expect(inFrench.ok && inFrench.value.topics).toEqual([
      {
        week: 1,
        sentAt: new Date("2027-02-10T08:00:00Z"),
        locale: "fr",
        title: "Faire connaissance",
        promptMarkdown: "Racontez.",
      },
    ]);
    const inSpanish = await pageFor(ana, "es");
    expect(inSpanish.ok && inSpanish.value.topics[0]).toMatchObject({
      locale: "en",
      title: "Getting to know you",
    });
  });
});
