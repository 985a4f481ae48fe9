import ICAL from "ical.js";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCriteria } from "../../domain/matching/matching-criteria.ts";
import type { SessionFormValues } from "../../domain/sessions/session-input.ts";
import { auditLog, groupSession, partnershipMember, user } from "../../db/schema/index.ts";
import { connectDatabase, type DatabaseConnection } from "../../db/connect.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { createUnitOfWork } from "../../db/unit-of-work.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { computeMatchingRun } from "../matching/compute-matching-run.ts";
import { publishRun } from "../matching/publish-run.ts";
import { startMatchingRun } from "../matching/start-matching-run.ts";
import type { Actor } from "../result.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { addApplicants, createClosedRound, type PersonSpec } from "../testing/matching-fixtures.ts";
import { answerSessionRsvp } from "./answer-session-rsvp.ts";
import { cancelGroupSession } from "./cancel-group-session.ts";
import { editGroupSession } from "./edit-group-session.ts";
import { getRoundCalendar } from "./get-round-calendar.ts";
import { listMyRoundSessions } from "./list-my-round-sessions.ts";
import { listRoundSessions } from "./list-round-sessions.ts";
import { remindGroupSessions } from "./remind-group-sessions.ts";
import { scheduleGroupSession } from "./schedule-group-session.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
const admin: Actor = { userId: "admin-user", role: "admin" };
const fay: Actor = { userId: "fay", role: "user" };
const otto: Actor = { userId: "otto", role: "user" };
const NOW = "2027-02-01T12:00:00Z";
const HOUR = 3_600_000;

/** A published round of four people (two pairs); each has a verified account. */
async function publishedRound(prefix: string, extra: Partial<PersonSpec>[] = []) {
  const round = await createClosedRound(deps, admin);
  await database.uow.transaction((r) =>
    r.programmes.addFacilitator(round.programmeId, fay.userId, null),
  );
  const specs: PersonSpec[] = Array.from({ length: 4 }, (_, i) => ({
    email: `${prefix}${i}@example.org`,
    name: `Person ${prefix}${i}`,
    country: ["FI", "KE", "BR", "JP"][i]!,
    ...extra[i],
  }));
  await addApplicants(deps, round, specs);
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
  await database.db.insert(user).values(
    specs.map((s) => ({
      id: `user-${s.email}`,
      name: s.name!,
      email: s.email,
      emailVerified: true,
    })),
  );
  const actors = specs.map((s): Actor => ({ userId: `user-${s.email}`, role: "user" }));
  return { round, specs, actors };
}

function form(startsAt: Date, values: Partial<SessionFormValues> = {}): SessionFormValues {
  return {
    title: "Advocacy in hard times",
    description: "Bring one story.",
    startsAtLocal: startsAt.toISOString().slice(0, 16),
    timeZone: "UTC",
    durationMinutes: "60",
    onlineUrl: "https://meet.example.org/advocacy",
    place: "",
    ...values,
  };
}

async function schedule(
  round: RoundRecord,
  startsAt: Date,
  values: Partial<SessionFormValues> = {},
) {
  const result = await scheduleGroupSession(deps, fay, {
    roundId: round.id,
    values: form(startsAt, values),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const inHours = (hours: number) => new Date(deps.clock.now().getTime() + hours * HOUR);

async function feedOf(round: RoundRecord) {
  const listed = await listRoundSessions(deps, fay, {
    roundId: round.id,
    page: { offset: 0, limit: 10 },
  });
  if (!listed.ok) throw new Error("not listed");
  const token = listed.value.feedUrl.match(/\/calendar\/(.+)\.ics$/)![1]!;
  const feed = await getRoundCalendar(deps, { token });
  if (!feed.ok) throw new Error("no feed");
  const calendar = new ICAL.Component(ICAL.parse(feed.value.ics) as unknown[]);
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => ({
    vevent,
    event: new ICAL.Event(vevent),
  }));
  return { token, calendar, events, text: feed.value.ics };
}

async function remindersTo(email: string) {
  const { items } = await database.uow.read.outbox.list({ offset: 0, limit: 100 }, email);
  return items.filter((m) => m.kind === "session-reminder");
}

async function auditActions(sessionId: string) {
  const rows = await database.db
    .select({ action: auditLog.action, actor: auditLog.actorUserId })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, "group_session"), eq(auditLog.subjectId, sessionId)));
  return rows.map((r) => `${r.action} by ${r.actor ?? "system"}`).sort();
}

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" },
    { id: "fay", name: "Fay", email: "fay@example.org", role: "user" },
    { id: "otto", name: "Otto", email: "otto@example.org", role: "user" },
  ]);
  deps = testUseCaseDeps(database, NOW);
  const theirs = await createClosedRound(deps, admin);
  await database.uow.transaction((r) =>
    r.programmes.addFacilitator(theirs.programmeId, otto.userId, null),
  );
});
afterAll(async () => database?.close());

describe("scheduling, changing and cancelling a session", () => {
  it("stores the time typed in the facilitator's zone in UTC, and audits it", async () => {
    deps.clock.set(NOW);
    const { round } = await publishedRound("sched");
    const result = await scheduleGroupSession(deps, fay, {
      roundId: round.id,
      values: form(new Date(0), { startsAtLocal: "2027-03-10T18:30", timeZone: "Europe/Madrid" }),
    });
    expect(result).toMatchObject({ ok: true, value: { status: "scheduled", sequence: 0 } });
    if (!result.ok) return;
    expect(result.value.startsAt.toISOString()).toBe("2027-03-10T17:30:00.000Z");
    const stored = await database.uow.read.sessions.findById(result.value.id);
    expect(stored?.startsAt.toISOString()).toBe("2027-03-10T17:30:00.000Z");
    expect(await auditActions(result.value.id)).toEqual(["group_session.scheduled by fay"]);
  });

  it("refuses what is wrong beside its field, and a start in the past", async () => {
    deps.clock.set(NOW);
    const { round } = await publishedRound("invalid");
    const invalid = await scheduleGroupSession(deps, fay, {
      roundId: round.id,
      values: form(inHours(48), {
        title: "x".repeat(121),
        onlineUrl: "http://insecure.example.org",
        durationMinutes: "500",
      }),
    });
    expect(invalid).toMatchObject({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: {
          title: { key: "errors.tooLong" },
          onlineUrl: { key: "sessions:errors.httpsUrl" },
          durationMinutes: { key: "sessions:errors.durationRange" },
        },
      },
    });
    const past = await scheduleGroupSession(deps, fay, {
      roundId: round.id,
      values: form(inHours(-1)),
    });
    expect(past).toMatchObject({
      ok: false,
      error: { code: "invalid", fieldErrors: { startsAtLocal: { key: "sessions:errors.inPast" } } },
    });
    const listed = await listRoundSessions(deps, fay, {
      roundId: round.id,
      page: { offset: 0, limit: 10 },
    });
    expect(listed.ok && listed.value.sessions.total).toBe(0);
  });

  it("answers not_found to strangers, other programmes' facilitators and a session of another round", async () => {
    deps.clock.set(NOW);
    const { round, actors } = await publishedRound("outsider");
    const { round: otherRound } = await publishedRound("outsider-b");
    const session = await schedule(round, inHours(48));
    const notFound = { ok: false, error: { code: "not_found" } };
    for (const actor of [otto, actors[0]!, null]) {
      expect(
        await scheduleGroupSession(deps, actor, { roundId: round.id, values: form(inHours(48)) }),
      ).toEqual(notFound);
      expect(
        await editGroupSession(deps, actor, {
          roundId: round.id,
          sessionId: session.id,
          values: form(inHours(50)),
        }),
      ).toEqual(notFound);
      expect(
        await cancelGroupSession(deps, actor, { roundId: round.id, sessionId: session.id }),
      ).toEqual(notFound);
      expect(
        await listRoundSessions(deps, actor, { roundId: round.id, page: { offset: 0, limit: 10 } }),
      ).toEqual(notFound);
    }
    // Fay facilitates both rounds, but the session is not the other round's.
    expect(
      await cancelGroupSession(deps, fay, { roundId: otherRound.id, sessionId: session.id }),
    ).toEqual(notFound);
    expect(
      await editGroupSession(deps, fay, {
        roundId: round.id,
        sessionId: "no-such-session",
        values: form(inHours(50)),
      }),
    ).toEqual(notFound);
    expect(await database.uow.read.sessions.findById(session.id)).toMatchObject({
      status: "scheduled",
      sequence: 0,
    });
  });

  it("raises SEQUENCE on each change and on cancelling; an unchanged save writes nothing", async () => {
    deps.clock.set(NOW);
    const { round } = await publishedRound("seq");
    const session = await schedule(round, inHours(72));
    const ids = { roundId: round.id, sessionId: session.id };
    const unchanged = await editGroupSession(deps, fay, { ...ids, values: form(inHours(72)) });
    expect(unchanged).toMatchObject({ ok: true, value: { changed: [], session: { sequence: 0 } } });

    deps.clock.set(new Date(Date.parse(NOW) + HOUR));
    const moved = await editGroupSession(deps, fay, {
      ...ids,
      values: form(inHours(80), { title: "Advocacy, part 1" }),
    });
    expect(moved).toMatchObject({
      ok: true,
      value: { changed: ["title", "startsAt"], session: { sequence: 1 } },
    });
    const placed = await editGroupSession(deps, fay, {
      ...ids,
      values: form(inHours(80), { title: "Advocacy, part 1", place: "Room 2" }),
    });
    expect(placed).toMatchObject({
      ok: true,
      value: { changed: ["place"], session: { sequence: 2 } },
    });
    const cancelled = await cancelGroupSession(deps, fay, ids);
    expect(cancelled).toMatchObject({ ok: true, value: { status: "cancelled", sequence: 3 } });
    expect(await cancelGroupSession(deps, fay, ids)).toMatchObject({
      ok: true,
      value: { sequence: 3 },
    });
    expect(await editGroupSession(deps, fay, { ...ids, values: form(inHours(90)) })).toEqual({
      ok: false,
      error: { code: "conflict", reason: "cancelled" },
    });
    expect(await database.uow.read.sessions.findById(session.id)).toMatchObject({
      status: "cancelled",
      sequence: 3,
      title: "Advocacy, part 1",
      place: "Room 2",
    });
    expect(await auditActions(session.id)).toEqual([
      "group_session.cancelled by fay",
      "group_session.edited by fay",
      "group_session.edited by fay",
      "group_session.scheduled by fay",
    ]);
  });

  it("lists upcoming sessions first (soonest first), then past ones, a page at a time", async () => {
    deps.clock.set(NOW);
    const { round } = await publishedRound("order");
    const later = await schedule(round, inHours(100), { title: "Later" });
    const soon = await schedule(round, inHours(2), { title: "Soon" });
    const soonest = await schedule(round, inHours(1), { title: "Soonest" });
    deps.clock.set(new Date(Date.parse(NOW) + 10 * HOUR)); // Soon and Soonest are over.
    const page1 = await listRoundSessions(deps, fay, {
      roundId: round.id,
      page: { offset: 0, limit: 2 },
    });
    const page2 = await listRoundSessions(deps, fay, {
      roundId: round.id,
      page: { offset: 2, limit: 2 },
    });
    expect(page1.ok && page1.value.sessions.items.map((s) => s.title)).toEqual(["Later", "Soon"]);
    expect(page2.ok && page2.value.sessions.items.map((s) => s.title)).toEqual(["Soonest"]);
    expect(page1.ok && page1.value.sessions.total).toBe(3);
    expect([later.id, soon.id, soonest.id]).toHaveLength(3);
  });
});

describe("the round's calendar feed", () => {
  it("keeps UIDs across edits, raises SEQUENCE, keeps a cancelled event as CANCELLED, in UTC", async () => {
    deps.clock.set(NOW);
    const { round } = await publishedRound("feed");
    const kept = await schedule(round, inHours(48), { title: "Kick-off" });
    const dropped = await schedule(round, inHours(96), {
      title: "Closing",
      onlineUrl: "",
      place: "Main library",
    });
    const before = await feedOf(round);
    expect(before.calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(before.calendar.getFirstPropertyValue("x-wr-calname")).toBe(round.name);
    const uids = before.events.map(({ event }) => event.uid).sort();
    expect(uids).toEqual(
      [`session-${dropped.id}@test.localhost`, `session-${kept.id}@test.localhost`].sort(),
    );

    await editGroupSession(deps, fay, {
      roundId: round.id,
      sessionId: kept.id,
      values: form(new Date(0), {
        title: "Kick-off",
        startsAtLocal: "2027-02-04T09:00",
        timeZone: "America/New_York",
      }),
    });
    await cancelGroupSession(deps, fay, { roundId: round.id, sessionId: dropped.id });

    const after = await feedOf(round);
    expect(after.token).toBe(before.token);
    expect(after.events.map(({ event }) => event.uid).sort()).toEqual(uids);
    const byUid = new Map(after.events.map((e) => [e.event.uid, e]));
    const keptEvent = byUid.get(`session-${kept.id}@test.localhost`)!;
    expect(keptEvent.event.sequence).toBe(1);
    expect(keptEvent.event.startDate.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(keptEvent.event.startDate.toJSDate().toISOString()).toBe("2027-02-04T14:00:00.000Z");
    expect(keptEvent.event.endDate.toJSDate().toISOString()).toBe("2027-02-04T15:00:00.000Z");
    expect(keptEvent.vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    const droppedEvent = byUid.get(`session-${dropped.id}@test.localhost`)!;
    expect(droppedEvent.event.sequence).toBe(1);
    expect(droppedEvent.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(droppedEvent.event.location).toBe("Main library");
    expect(after.text).toContain("DTSTART:20270204T140000Z");
    expect(after.text).not.toContain("TZID");
  });

  it("is not found for a changed, foreign or unknown token", async () => {
    deps.clock.set(NOW);
    const { round } = await publishedRound("token");
    await schedule(round, inHours(48));
    const { token } = await feedOf(round);
    const [body, mac] = token.split(".") as [string, string];
    const flipped = `${body}.${mac.startsWith("A") ? "B" : "A"}${mac.slice(1)}`;
    const notFound = { ok: false, error: { code: "not_found" } };
    for (const bad of [flipped, body, "", `${token}x`, "not-a-token"])
      expect(await getRoundCalendar(deps, { token: bad }), bad).toEqual(notFound);
    // A link signed for another purpose (an unsubscribe) opens no calendar.
    const other = deps.links.sign({ purpose: "unsubscribe", subject: round.id, expiresAt: null });
    expect(await getRoundCalendar(deps, { token: other })).toEqual(notFound);
    const gone = deps.links.sign({
      purpose: "round-calendar",
      subject: "no-such-round",
      expiresAt: null,
    });
    expect(await getRoundCalendar(deps, { token: gone })).toEqual(notFound);
  });
});

describe("participants", () => {
  it("see the sessions in their application's zone and answer; a new answer replaces the old", async () => {
    deps.clock.set(NOW);
    const { round, actors } = await publishedRound("rsvp", [{ timeZone: "Asia/Tokyo" }]);
    const session = await schedule(round, inHours(48));
    const ids = { roundId: round.id, sessionId: session.id };
    expect(await answerSessionRsvp(deps, actors[0]!, { ...ids, answer: "yes" })).toEqual({
      ok: true,
      value: { answer: "yes" },
    });
    expect(await answerSessionRsvp(deps, actors[0]!, { ...ids, answer: "no" })).toEqual({
      ok: true,
      value: { answer: "no" },
    });
    await answerSessionRsvp(deps, actors[1]!, { ...ids, answer: "maybe" });
    const mine = await listMyRoundSessions(deps, actors[0]!, {
      roundId: round.id,
      page: { offset: 0, limit: 10 },
    });
    expect(mine).toMatchObject({
      ok: true,
      value: { timeZone: "Asia/Tokyo", round: { id: round.id } },
    });
    if (!mine.ok) return;
    expect(mine.value.sessions.items[0]).toMatchObject({
      id: session.id,
      myAnswer: "no",
      counts: { yes: 0, maybe: 1, no: 1 },
    });
    expect(mine.value.feedUrl).toMatch(/^http:\/\/test\.localhost\/calendar\/.+\.ics$/);
    const facilitatorView = await listRoundSessions(deps, fay, {
      roundId: round.id,
      page: { offset: 0, limit: 10 },
    });
    expect(facilitatorView.ok && facilitatorView.value.sessions.items[0]).toMatchObject({
      counts: { yes: 0, maybe: 1, no: 1 },
      myAnswer: null,
    });
    expect(await answerSessionRsvp(deps, actors[0]!, { ...ids, answer: "perhaps" })).toMatchObject({
      ok: false,
      error: { code: "invalid" },
    });
  });

  it("is nobody else: unverified, outsiders, other rounds' participants, members who left", async () => {
    deps.clock.set(NOW);
    const { round, actors, specs } = await publishedRound("who");
    const { actors: others } = await publishedRound("who-else");
    const session = await schedule(round, inHours(48));
    const ids = { roundId: round.id, sessionId: session.id };
    await database.db
      .update(user)
      .set({ emailVerified: false })
      .where(eq(user.id, actors[1]!.userId));
    const left = await database.uow.read.applications.findByRoundAndEmail(
      round.id,
      specs[2]!.email,
    );
    await database.db
      .update(partnershipMember)
      .set({ leftAt: deps.clock.now() })
      .where(eq(partnershipMember.applicationId, left!.id));
    const notFound = { ok: false, error: { code: "not_found" } };
    for (const actor of [actors[1]!, actors[2]!, others[0]!, otto, fay, null]) {
      expect(
        await listMyRoundSessions(deps, actor, {
          roundId: round.id,
          page: { offset: 0, limit: 10 },
        }),
      ).toEqual(notFound);
      expect(await answerSessionRsvp(deps, actor, { ...ids, answer: "yes" })).toEqual(notFound);
    }
    // A participant, but the session belongs to another round.
    const { round: elsewhere } = await publishedRound("who-other");
    const foreign = await schedule(elsewhere, inHours(48));
    expect(
      await answerSessionRsvp(deps, actors[0]!, {
        roundId: round.id,
        sessionId: foreign.id,
        answer: "yes",
      }),
    ).toEqual(notFound);
    expect(
      await listMyRoundSessions(deps, actors[0]!, {
        roundId: round.id,
        page: { offset: 0, limit: 10 },
      }),
    ).toMatchObject({ ok: true });
  });

  it("cannot answer a cancelled or ended session", async () => {
    deps.clock.set(NOW);
    const { round, actors } = await publishedRound("closed");
    const cancelled = await schedule(round, inHours(48));
    const ending = await schedule(round, inHours(1));
    await cancelGroupSession(deps, fay, { roundId: round.id, sessionId: cancelled.id });
    expect(
      await answerSessionRsvp(deps, actors[0]!, {
        roundId: round.id,
        sessionId: cancelled.id,
        answer: "yes",
      }),
    ).toEqual({ ok: false, error: { code: "conflict", reason: "cancelled" } });
    deps.clock.set(new Date(Date.parse(NOW) + 2 * HOUR));
    expect(
      await answerSessionRsvp(deps, actors[0]!, {
        roundId: round.id,
        sessionId: ending.id,
        answer: "yes",
      }),
    ).toEqual({ ok: false, error: { code: "conflict", reason: "ended" } });
  });
});

describe("the reminder a day before", () => {
  // Each test starts a month after the last, so the sessions of earlier tests are long past.
  it("goes out once, within 24 hours of the start, to everyone but those who said no", async () => {
    deps.clock.set("2027-04-01T12:00:00Z");
    const { round, actors, specs } = await publishedRound("remind", [
      { locale: "es", timeZone: "America/Mexico_City" },
      { locale: "fr", timeZone: "Europe/Paris" },
    ]);
    const session = await schedule(round, inHours(30), { title: "Kick-off" });
    await answerSessionRsvp(deps, actors[3]!, {
      roundId: round.id,
      sessionId: session.id,
      answer: "no",
    });
    await answerSessionRsvp(deps, actors[2]!, {
      roundId: round.id,
      sessionId: session.id,
      answer: "maybe",
    });

    // 30 hours before: not yet. 24 hours and a minute before: not yet.
    expect(await remindGroupSessions(deps)).toEqual({ sessions: 0, emails: 0 });
    deps.clock.set(new Date(session.startsAt.getTime() - 24 * HOUR - 60_000));
    expect(await remindGroupSessions(deps)).toEqual({ sessions: 0, emails: 0 });
    deps.clock.set(new Date(session.startsAt.getTime() - 24 * HOUR));
    expect(await remindGroupSessions(deps)).toEqual({ sessions: 1, emails: 3 });
    deps.clock.set(new Date(session.startsAt.getTime() - 20 * HOUR));
    expect(await remindGroupSessions(deps)).toEqual({ sessions: 0, emails: 0 });

    const [es] = await remindersTo(specs[0]!.email);
    const [fr] = await remindersTo(specs[1]!.email);
    expect(await remindersTo(specs[2]!.email)).toHaveLength(1);
    expect(await remindersTo(specs[3]!.email)).toHaveLength(0);
    expect(es?.subject).toBe(`Recordatorio: Kick-off (${round.name})`);
    // 30 h after 2027-04-01 12:00 UTC is 2027-04-02 18:00 UTC: 12:00 in Mexico City (UTC−6, no
    // summer time since 2022), 20:00 in Paris (summer time).
    expect(es?.bodyText).toContain("12:00");
    expect(es?.bodyText).toContain("America/Mexico_City");
    expect(es?.bodyText).toContain("https://meet.example.org/advocacy");
    expect(es?.bodyText).toContain(`http://test.localhost/rounds/${round.id}/sessions`);
    expect(fr?.subject).toBe(`Rappel : Kick-off (${round.name})`);
    expect(fr?.bodyText).toContain("20:00");
    expect(es?.dedupeKey).toMatch(new RegExp(`^session-reminder:${session.id}:[^:]+:0$`));
    // A reminder is a bulk kind: it carries its one-click unsubscribe link.
    expect(es?.unsubscribeUrl).toMatch(/^http:\/\/test\.localhost\/unsubscribe\//);
    expect((await database.uow.read.sessions.findById(session.id))?.reminderSentAt).toEqual(
      new Date(session.startsAt.getTime() - 24 * HOUR),
    );
    expect(await auditActions(session.id)).toContain("group_session.reminded by system");
  });

  it("is sent once by two instances running at the same moment", async () => {
    deps.clock.set("2027-05-01T12:00:00Z");
    const { round, specs } = await publishedRound("race");
    for (let hour = 1; hour <= 8; hour++) await schedule(round, inHours(hour));
    // On a server the second instance is a second pool, as another process would have;
    // PGlite has one connection, so there both runs share it.
    const second: DatabaseConnection | undefined = database.databaseUrl
      ? await connectDatabase({ databaseUrl: database.databaseUrl })
      : undefined;
    try {
      const other = {
        ...deps,
        uow: second ? createUnitOfWork(second.db, second.boss) : database.uow,
      };
      const [a, b] = await Promise.all([remindGroupSessions(deps), remindGroupSessions(other)]);
      expect(a.sessions + b.sessions).toBe(8);
      expect(a.emails + b.emails).toBe(8 * 4);
    } finally {
      await second?.close();
    }
    for (const spec of specs) {
      const received = await remindersTo(spec.email);
      expect(received).toHaveLength(8);
      expect(new Set(received.map((m) => m.dedupeKey)).size).toBe(8);
    }
    expect(await remindGroupSessions(deps)).toEqual({ sessions: 0, emails: 0 });
  });

  it("skips cancelled sessions, and comes again for a new start time", async () => {
    const start = Date.parse("2027-06-01T12:00:00Z");
    deps.clock.set(new Date(start));
    const { round, specs } = await publishedRound("again");
    const cancelled = await schedule(round, inHours(3));
    await cancelGroupSession(deps, fay, { roundId: round.id, sessionId: cancelled.id });
    const moved = await schedule(round, inHours(4));
    expect(await remindGroupSessions(deps)).toEqual({ sessions: 1, emails: 4 });
    // Moved to the next day: the new time gets its own reminder, a day before it.
    await editGroupSession(deps, fay, {
      roundId: round.id,
      sessionId: moved.id,
      values: form(inHours(40)),
    });
    expect(await remindGroupSessions(deps)).toEqual({ sessions: 0, emails: 0 });
    deps.clock.set(new Date(start + 17 * HOUR));
    expect(await remindGroupSessions(deps)).toEqual({ sessions: 1, emails: 4 });
    const received = await remindersTo(specs[0]!.email);
    expect(received.map((m) => m.dedupeKey.split(":").at(-1)).sort()).toEqual(["0", "1"]);
    const row = await database.db
      .select()
      .from(groupSession)
      .where(eq(groupSession.id, cancelled.id));
    expect(row[0]?.reminderSentAt).toBeNull();
  });
});
