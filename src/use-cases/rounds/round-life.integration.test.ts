/**
 * The facilitator's day, a round's dashboard and the end of a round, on a real database with
 * a controllable clock. The life of the round (confirmations, meetings, check-ins, follow-ups,
 * sessions, failed emails) is written straight into its tables, as the other parts of issue
 * 12 would.
 */
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import {
  auditLog,
  emailOutbox,
  followUp,
  groupSession,
  partnership,
  partnershipMember,
  programmeFacilitator,
  round as roundTable,
  sessionRsvp,
  user,
} from "../../db/schema/index.ts";
import { isSilentFor } from "../../domain/partnerships/silence.ts";
import type { ApplicationRecord } from "../applications/application-ports.ts";
import type { Actor } from "../result.ts";
import { addApplicants, createClosedRound } from "../testing/matching-fixtures.ts";
import type { RoundRecord } from "./round-ports.ts";
import { finishEndedRounds } from "./finish-ended-rounds.ts";
import { getFacilitatorDay } from "./get-facilitator-day.ts";
import { getRoundDashboard } from "./get-round-dashboard.ts";
import { listFacilitatorDaySection } from "./list-facilitator-day-section.ts";
import type { DaySection, DaySectionItems, DaySectionPage } from "./facilitator-day-sections.ts";
import type { Page } from "../page.ts";

const DAY = 86_400_000;
const NOW = new Date("2027-03-02T12:00:00Z");
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const ahead = (days: number) => new Date(NOW.getTime() + days * DAY);

const admin: Actor = { userId: "rl-admin", role: "admin" };
const facilitatorA: Actor = { userId: "rl-fac-a", role: "user" };
const facilitatorB: Actor = { userId: "rl-fac-b", role: "user" };
const outsider: Actor = { userId: "rl-outsider", role: "user" };

let database: TestDatabase;
let deps: TestUseCaseDeps;
let nextId = 0;
const id = (prefix: string) => `${prefix}-${++nextId}`;

async function underWayRound(
  programmeId: string | undefined,
  startsAt: Date,
  people: number,
  prefix: string,
  locales: string[] = [],
): Promise<{ round: RoundRecord; apps: ApplicationRecord[] }> {
  const round = await createClosedRound(deps, admin, { programmeId, startsAt });
  await database.db
    .update(roundTable)
    .set({ status: "matched" })
    .where(eq(roundTable.id, round.id));
  const apps = await addApplicants(
    deps,
    round,
    Array.from({ length: people }, (_, i) => ({
      email: `${prefix}${i}@example.org`,
      name: `${prefix.toUpperCase()} ${String(i).padStart(2, "0")}`,
      country: "FI",
      locale: locales[i] ?? "en",
    })),
  );
  return { round: { ...round, status: "matched" }, apps };
}

async function pair(
  roundId: string,
  members: ApplicationRecord[],
  options: { status?: "active" | "dissolved" | "ended"; createdAt?: Date; left?: string[] } = {},
): Promise<string> {
  const partnershipId = id("p");
  await database.db.insert(partnership).values({
    id: partnershipId,
    roundId,
    kind: "pair",
    score: 50,
    links: [],
    status: options.status ?? "active",
    createdAt: options.createdAt ?? ago(30),
  });
  await database.db.insert(partnershipMember).values(
    members.map((m) => ({
      partnershipId,
      applicationId: m.id,
      role: "peer",
      leftAt: options.left?.includes(m.id) ? ago(1) : null,
    })),
  );
  return partnershipId;
}

// Through the repository that writes confirmations: it also marks a partnership confirmed.
const confirm = (partnershipId: string, ...apps: ApplicationRecord[]) =>
  database.uow.transaction(async (r) => {
    for (const a of apps)
      await r.partnershipPages.insertAgreementConfirmation({
        partnershipId,
        applicationId: a.id,
        confirmedAt: ago(20),
      });
  });

const openFollowUp = (
  partnershipId: string,
  reason: "problem" | "silent",
  openedAt: Date,
  closedAt: Date | null = null,
) =>
  database.db.insert(followUp).values({
    id: id("f"),
    partnershipId,
    reason,
    openedAt,
    closedAt,
    outcome: closedAt ? "resolved" : null,
  });

async function failedEmail(
  to: ApplicationRecord,
  dedupeKey: string,
  status: "failed" | "uncertain" | "sent",
  createdAt: Date,
): Promise<string> {
  const emailId = id("e");
  await database.db.insert(emailOutbox).values({
    id: emailId,
    dedupeKey,
    toAddress: to.email,
    kind: "partner-introduction",
    subject: `Subject ${dedupeKey}`,
    bodyText: "",
    bodyHtml: "",
    status,
    createdAt,
  });
  return emailId;
}

function sectionOf<S extends DaySection>(
  sections: DaySectionPage[],
  name: S,
): Page<DaySectionItems[S]> {
  return sections.find((s) => s.section === name)!.page as Page<DaySectionItems[S]>;
}

async function day(actor: Actor) {
  const result = await getFacilitatorDay(deps, actor);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.sections;
}

beforeAll(async () => {
  database = await openTestDatabase();
  deps = testUseCaseDeps(database, NOW);
  await database.db.insert(user).values([
    { id: admin.userId, name: "Ada", email: "rl-admin@example.org", role: "admin" },
    { id: facilitatorA.userId, name: "Fay", email: "rl-fac-a@example.org", role: "user" },
    { id: facilitatorB.userId, name: "Bea", email: "rl-fac-b@example.org", role: "user" },
    { id: outsider.userId, name: "Otto", email: "rl-out@example.org", role: "user" },
  ]);
});
afterAll(async () => database.close());

describe("the facilitator's day", () => {
  let roundA: RoundRecord;
  let roundB: RoundRecord;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const a = await underWayRound(undefined, ago(40), 16, "day-a");
    const b = await underWayRound(undefined, ago(40), 6, "day-b");
    roundA = a.round;
    roundB = b.round;
    await database.db.insert(programmeFacilitator).values([
      { programmeId: roundA.programmeId, userId: facilitatorA.userId },
      { programmeId: roundB.programmeId, userId: facilitatorB.userId },
    ]);
    const [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15] = a.apps;
    // Problems: an older and a newer one, a closed one, and one on a dissolved pair.
    ids.olderProblem = await pair(roundA.id, [a0!, a1!]);
    await openFollowUp(ids.olderProblem, "problem", ago(3));
    ids.newerProblem = await pair(roundA.id, [a2!, a3!]);
    await openFollowUp(ids.newerProblem, "problem", ago(1));
    ids.resolved = await pair(roundA.id, [a4!, a5!]);
    await openFollowUp(ids.resolved, "problem", ago(9), ago(2));
    ids.dissolved = await pair(roundA.id, [a6!, a7!], { status: "dissolved" });
    await openFollowUp(ids.dissolved, "problem", ago(2));
    // Silent follow-up.
    ids.silent = await pair(roundA.id, [a8!, a9!]);
    await openFollowUp(ids.silent, "silent", ago(4));
    // Agreements: everyone confirmed; made 3 days ago; one of two confirmed; a confirmation
    // by a member who has left (a12 left, a13 and a14 current, a14 has not confirmed).
    ids.confirmed = await pair(roundA.id, [a10!, a11!]);
    await confirm(ids.confirmed, a10!, a11!);
    ids.recent = await pair(roundA.id, [a15!], { createdAt: ago(3) });
    await confirm(ids.olderProblem, a0!);
    await confirm(ids.newerProblem, a2!);
    await confirm(ids.resolved, a4!, a5!);
    await confirm(ids.silent, a8!, a9!);
    ids.leftConfirmed = await pair(roundA.id, [a12!, a13!, a14!], { left: [a12!.id] });
    await confirm(ids.leftConfirmed, a12!, a13!);

    // Sessions: in two days (one yes), in eight days, cancelled tomorrow, yesterday.
    const sessions = [
      { title: "Soon", startsAt: ahead(2), status: "scheduled" },
      { title: "Later", startsAt: ahead(8), status: "scheduled" },
      { title: "Cancelled", startsAt: ahead(1), status: "cancelled" },
      { title: "Past", startsAt: ago(1), status: "scheduled" },
    ];
    for (const s of sessions) {
      const sessionId = id("s");
      ids[`session${s.title}`] = sessionId;
      await database.db
        .insert(groupSession)
        .values({ id: sessionId, roundId: roundA.id, durationMinutes: 60, ...s });
    }
    await database.db.insert(sessionRsvp).values([
      { sessionId: ids.sessionSoon!, applicationId: a0!.id, answer: "yes", answeredAt: ago(1) },
      { sessionId: ids.sessionSoon!, applicationId: a1!.id, answer: "no", answeredAt: ago(1) },
    ]);

    // Emails: failed and uncertain about a0; a sent one; an account email to a0's address.
    ids.failed = await failedEmail(
      a0!,
      `partner-introduction:${ids.olderProblem}:${a0!.id}`,
      "failed",
      ago(2),
    );
    ids.uncertain = await failedEmail(a1!, `application-received:${a1!.id}`, "uncertain", ago(1));
    await failedEmail(a2!, `application-received:${a2!.id}`, "sent", ago(1));
    await failedEmail(a0!, `verify-email:${a0!.email}:x`, "failed", ago(1));

    // Programme B: one of everything, and a person who applied to both programmes.
    const [b0, b1, b2, b3] = b.apps;
    ids.bProblem = await pair(roundB.id, [b0!, b1!]);
    await openFollowUp(ids.bProblem, "problem", ago(1));
    await database.db.insert(groupSession).values({
      id: id("s"),
      roundId: roundB.id,
      title: "B session",
      startsAt: ahead(1),
      durationMinutes: 30,
    });
    ids.bFailed = await failedEmail(b2!, `application-received:${b2!.id}`, "failed", ago(1));
    const [both] = await addApplicants(deps, roundB, [
      { email: a3!.email, name: "In both", country: "FI" },
    ]);
    await pair(roundB.id, [b3!, both!]);
    ids.bothFailed = await failedEmail(
      both!,
      `application-decision:${both!.id}:1`,
      "failed",
      ago(1),
    );
  });

  it("lists each section's items, counted, each in its order", async () => {
    const sections = await day(facilitatorA);
    const problems = sectionOf(sections, "problems");
    expect(problems.total).toBe(2);
    expect(problems.items.map((i) => i.partnershipId)).toEqual([
      ids.newerProblem,
      ids.olderProblem,
    ]);
    expect(problems.items[0]).toMatchObject({
      roundId: roundA.id,
      roundName: roundA.name,
      members: ["DAY-A 02", "DAY-A 03"],
    });
    const followUps = sectionOf(sections, "followUps");
    expect(followUps.items.map((i) => i.partnershipId)).toEqual([ids.silent]);

    const agreements = sectionOf(sections, "agreements");
    // Not: everyone confirmed, made three days ago; yes: one member missing, or only the
    // member who left confirmed alongside one current member.
    expect(agreements.items.map((i) => i.partnershipId).sort()).toEqual(
      [ids.olderProblem, ids.newerProblem, ids.leftConfirmed].sort(),
    );
    const left = agreements.items.find((i) => i.partnershipId === ids.leftConfirmed)!;
    expect(left.members).toEqual([
      { name: "DAY-A 13", confirmed: true },
      { name: "DAY-A 14", confirmed: false },
    ]);

    const sessions = sectionOf(sections, "sessions");
    expect(sessions.items).toEqual([
      expect.objectContaining({ sessionId: ids.sessionSoon, title: "Soon", attending: 1 }),
    ]);

    const emails = sectionOf(sections, "emails");
    expect(emails.items.map((e) => [e.emailId, e.status])).toEqual([
      [ids.uncertain, "uncertain"],
      [ids.failed, "failed"],
    ]);
    expect(emails.items[1]).toMatchObject({ roundId: roundA.id, applicantName: "DAY-A 00" });
  });

  it("never shows another programme's items or emails, even to a person in both", async () => {
    const forA = await day(facilitatorA);
    const everything = JSON.stringify(forA);
    expect(everything).not.toContain(roundB.id);
    expect(everything).not.toContain(ids.bothFailed);
    const forB = await day(facilitatorB);
    expect(sectionOf(forB, "problems").items.map((i) => i.partnershipId)).toEqual([ids.bProblem]);
    expect(sectionOf(forB, "sessions").items.map((i) => i.title)).toEqual(["B session"]);
    expect(
      sectionOf(forB, "emails")
        .items.map((e) => e.emailId)
        .sort(),
    ).toEqual([ids.bFailed, ids.bothFailed].sort());
    expect(JSON.stringify(forB)).not.toContain(roundA.id);
  });

  it("shows an administrator every programme, and nobody else anything", async () => {
    const forAdmin = await day(admin);
    expect(sectionOf(forAdmin, "problems").total).toBeGreaterThanOrEqual(3);
    expect(sectionOf(forAdmin, "emails").items.map((e) => e.emailId)).toEqual(
      expect.arrayContaining([ids.failed, ids.bFailed, ids.bothFailed]),
    );
    expect(await getFacilitatorDay(deps, outsider)).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await getFacilitatorDay(deps, null)).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
  });

  it("pages through one section, and answers unknown sections and outsiders with not_found", async () => {
    const second = await listFacilitatorDaySection(deps, facilitatorA, {
      section: "problems",
      page: { offset: 1, limit: 1 },
    });
    expect(second).toMatchObject({
      ok: true,
      value: {
        section: "problems",
        page: { total: 2, items: [{ partnershipId: ids.olderProblem }] },
      },
    });
    const past = await listFacilitatorDaySection(deps, facilitatorA, {
      section: "agreements",
      page: { offset: 50, limit: 25 },
    });
    expect(past).toMatchObject({ ok: true, value: { page: { total: 3, items: [] } } });
    for (const [actor, section] of [
      [facilitatorA, "nonsense"],
      [outsider, "problems"],
    ] as const) {
      expect(
        await listFacilitatorDaySection(deps, actor, { section, page: { offset: 0, limit: 5 } }),
      ).toEqual({ ok: false, error: { code: "not_found" } });
    }
  });

  it("moves with the clock: a session enters the week, a recent pair's agreement falls due", async () => {
    deps.clock.set(ahead(5));
    try {
      const sections = await day(facilitatorA);
      expect(sectionOf(sections, "sessions").items.map((s) => s.title)).toEqual(["Later"]);
      expect(sectionOf(sections, "agreements").items.map((i) => i.partnershipId)).toContain(
        ids.recent,
      );
    } finally {
      deps.clock.set(NOW);
    }
  });
});

describe("a round's dashboard", () => {
  it("counts partnerships, silent pairs, meetings per week, check-in answers and agreements", async () => {
    // The round started 20 days ago; nudgeAfterDays is 14 by default.
    const { round, apps } = await underWayRound(undefined, ago(20), 14, "dash");
    const [d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13] = apps;
    const met = await pair(round.id, [d0!, d1!]);
    const inTouch = await pair(round.id, [d2!, d3!]);
    const silent = await pair(round.id, [d4!, d5!]);
    // Never in touch, but the facilitator resolved its follow-up three days ago: silence
    // counts again from then, for the follow-up job and the dashboard alike.
    const resolved = await pair(round.id, [d12!, d13!]);
    await openFollowUp(resolved, "silent", ago(6), ago(3));
    // Made by a re-match five days ago: too new to be silent.
    await pair(round.id, [d6!, d7!], { createdAt: ago(5) });
    await pair(round.id, [d8!, d9!], { status: "dissolved" });
    await pair(round.id, [d10!, d11!], { status: "ended" });
    await confirm(met, d0!, d1!);
    await confirm(silent, d4!);
    // Through the repositories that write meetings and answers: they keep each partnership's
    // last contact, which silence is read from.
    const held = (
      partnershipId: string,
      by: ApplicationRecord,
      startsAt: Date,
      status: "held" | "planned" = "held",
    ) =>
      database.uow.transaction((r) =>
        r.partnershipPages.insertMeeting({
          id: id("m"),
          partnershipId,
          loggedBy: by.id,
          status,
          startsAt,
          durationMinutes: 45,
          place: "online",
          format: "one_to_one",
          sharedNote: "",
          privateNote: "",
          sequence: 0,
          createdAt: startsAt,
          updatedAt: startsAt,
        }),
      );
    await held(met, d0!, ago(3));
    await held(met, d0!, ago(19));
    await held(silent, d4!, ago(17)); // too long ago to count
    await held(silent, d4!, ahead(2), "planned"); // planned, not held
    const answer = (
      partnershipId: string,
      who: ApplicationRecord,
      sequence: number,
      value: "in_touch" | "not_yet" | "problem" | null,
    ) =>
      database.uow.transaction(async (r) => {
        const [sent] = await r.checkIns.insertCheckIns([
          {
            id: id("c"),
            partnershipId,
            applicationId: who.id,
            sequence,
            sentAt: ago(6),
            answer: null,
            goodMatch: null,
            note: "",
            answeredAt: null,
          },
        ]);
        if (value)
          await r.checkIns.saveAnswer(sent!.id, {
            answer: value,
            goodMatch: null,
            note: "",
            answeredAt: ago(5),
          });
      });
    await answer(inTouch, d2!, 1, "in_touch");
    await answer(inTouch, d3!, 1, "not_yet");
    await answer(silent, d4!, 1, "problem");
    await answer(silent, d5!, 1, null);
    await answer(met, d0!, 1, "in_touch");

    const result = await getRoundDashboard(deps, facilitatorA, {
      roundId: round.id,
      timeZone: "UTC",
    });
    expect(result).toEqual({ ok: false, error: { code: "not_found" } });
    const dashboard = await getRoundDashboard(deps, admin, {
      roundId: round.id,
      timeZone: "Europe/Madrid",
    });
    if (!dashboard.ok) throw new Error(JSON.stringify(dashboard.error));
    const value = dashboard.value;
    expect(value.partnerships).toEqual({ active: 5, silent: 1, dissolved: 1, ended: 1 });
    // The very pairs the follow-up job calls silent (one rule: src/domain/partnerships/silence.ts).
    const judged = await database.uow.read.checkIns.listSilenceRows(round.id);
    const silentByJob = judged.filter((row) =>
      isSilentFor(
        { ...row, roundStartsAt: round.startsAt, partnershipCreatedAt: row.createdAt },
        14,
        NOW,
      ),
    );
    expect(silentByJob.map((row) => row.partnershipId)).toEqual([silent]);
    expect(value.timeZone).toBe("Europe/Madrid");
    // 20 days since the start: weeks 1, 2 and 3; meetings 19 and 17 days ago in week 1.
    expect(value.meetingsPerWeek.map((w) => w.count)).toEqual([2, 0, 1]);
    expect(value.checkIns).toEqual([
      { sequence: 1, inTouch: 2, notYet: 1, problem: 1, unanswered: 1 },
    ]);
    expect(value.agreements).toEqual({
      partnerships: 5,
      confirmedPartnerships: 1,
      members: 10,
      confirmedMembers: 3,
    });

    // A time zone that is not one falls back to UTC rather than reaching the database.
    const odd = await getRoundDashboard(deps, admin, {
      roundId: round.id,
      timeZone: "Mars/Olympus'; drop table round; --",
    });
    expect(odd).toMatchObject({ ok: true, value: { timeZone: "UTC" } });
    expect(
      await getRoundDashboard(deps, admin, { roundId: "no-such-round", timeZone: "UTC" }),
    ).toEqual({ ok: false, error: { code: "not_found" } });
  });
});

describe("the end of a round", () => {
  it("starts a matched round at its start, then at its end closes the pairs, thanks everyone once and finishes it", async () => {
    deps.clock.set(NOW);
    // The other tests' rounds under way become active first, so the counts below are this round's.
    await finishEndedRounds(deps);
    const { round, apps } = await underWayRound(undefined, ahead(1), 7, "end", ["es", "fr"]);
    await database.db
      .update(roundTable)
      .set({ endsAt: ahead(30) })
      .where(eq(roundTable.id, round.id));
    const [e0, e1, e2, e3, e4, e5, e6] = apps;
    const active = await pair(round.id, [e0!, e1!]);
    const triad = await pair(round.id, [e2!, e3!, e4!], { left: [e4!.id] });
    const dissolved = await pair(round.id, [e5!, e6!], { status: "dissolved" });
    const statusOf = async () => (await database.uow.read.rounds.findById(round.id))!.status;
    const thankYous = () =>
      database.db
        .select()
        .from(emailOutbox)
        .where(like(emailOutbox.dedupeKey, `round-thank-you:${round.id}:%`));

    expect(await finishEndedRounds(deps)).toMatchObject({ started: 0, finished: 0 });
    deps.clock.set(ahead(1));
    expect(await finishEndedRounds(deps)).toMatchObject({ started: 1, finished: 0 });
    expect(await statusOf()).toBe("active");
    expect(await thankYous()).toEqual([]);

    deps.clock.set(ahead(30));
    // Two runs at once (two instances): one does the work, the other finds nothing left.
    const [first, second] = await Promise.all([finishEndedRounds(deps), finishEndedRounds(deps)]);
    expect(first.finished + second.finished).toBe(1);
    expect(first.thankYous + second.thankYous).toBe(4);
    expect(await statusOf()).toBe("finished");
    const partnerships = await database.db
      .select()
      .from(partnership)
      .where(eq(partnership.roundId, round.id));
    const byId = new Map(partnerships.map((p) => [p.id, p]));
    expect(byId.get(active)).toMatchObject({ status: "ended", closedAt: ahead(30) });
    expect(byId.get(triad)).toMatchObject({ status: "ended" });
    expect(byId.get(dissolved)).toMatchObject({ status: "dissolved", closedAt: null });

    const mail = await thankYous();
    expect(mail.map((m) => m.toAddress).sort()).toEqual(
      [e0!, e1!, e2!, e3!].map((e) => e.email).sort(),
    );
    expect(mail.every((m) => m.kind === "round-thank-you")).toBe(true);
    expect(mail.every((m) => m.unsubscribeUrl === null)).toBe(true);
    const spanish = mail.find((m) => m.toAddress === e0!.email)!;
    expect(spanish.locale).toBe("es");
    expect(spanish.subject).toContain(round.name);
    expect(spanish.bodyText).toContain("END 01");
    expect(spanish.bodyText).toContain("Gracias");
    const french = mail.find((m) => m.toAddress === e1!.email)!;
    expect(french.bodyText).toContain("Merci");
    expect(french.bodyText).toContain("END 00");
    const english = mail.find((m) => m.toAddress === e2!.email)!;
    expect(english.bodyText).toContain("END 03");
    expect(english.bodyText).not.toContain("END 04");

    // Again, later: nothing changes, nothing is sent twice.
    deps.clock.set(ahead(40));
    expect(await finishEndedRounds(deps)).toEqual({
      started: 0,
      finished: 0,
      partnershipsEnded: 0,
      thankYous: 0,
    });
    expect(await thankYous()).toHaveLength(4);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, "round"), eq(auditLog.subjectId, round.id)));
    const automatic = audit.filter((a) => a.actorUserId === null);
    expect(automatic.map((a) => [a.action, a.data])).toEqual(
      expect.arrayContaining([
        ["round.status_changed", { from: "matched", to: "active", by: "schedule" }],
        ["round.status_changed", { from: "active", to: "finished", by: "schedule" }],
        ["round.finished", { partnershipsEnded: 2, thankYous: 4 }],
      ]),
    );
    expect(automatic).toHaveLength(3);
    deps.clock.set(NOW);
  });

  it("takes a matched round already past its end through active to finished in one run", async () => {
    deps.clock.set(NOW);
    const { round, apps } = await underWayRound(undefined, ago(200), 2, "late");
    await pair(round.id, apps);
    const done = await finishEndedRounds(deps);
    expect(done).toMatchObject({ started: 1, finished: 1, partnershipsEnded: 1, thankYous: 2 });
    expect((await database.uow.read.rounds.findById(round.id))!.status).toBe("finished");
    const steps = await database.db
      .select({ data: auditLog.data })
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, round.id), eq(auditLog.action, "round.status_changed")));
    expect(steps.map((s) => s.data)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: "matched", to: "active" }),
        expect.objectContaining({ from: "active", to: "finished" }),
      ]),
    );
  });
});
