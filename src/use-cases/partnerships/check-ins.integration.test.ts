import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, checkIn, meeting, round as roundTable, user } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { defaultCriteria } from "../../domain/matching/matching-criteria.ts";
import type { ApplicationRecord } from "../applications/application-ports.ts";
import { computeMatchingRun } from "../matching/compute-matching-run.ts";
import { publishRun } from "../matching/publish-run.ts";
import { startMatchingRun } from "../matching/start-matching-run.ts";
import type { Actor } from "../result.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { addApplicants, createClosedRound, type PersonSpec } from "../testing/matching-fixtures.ts";
import { answerCheckIn } from "./answer-check-in.ts";
import { dissolvePartnership } from "./dissolve-partnership.ts";
import { findCheckIn } from "./find-check-in.ts";
import { followUpPartnerships } from "./follow-up-partnerships.ts";
import { listFollowUps } from "./list-follow-ups.ts";
import { listWaitingForPartner } from "./list-waiting-for-partner.ts";
import { proposeNewPartners } from "./propose-new-partners.ts";
import { rematchPartner } from "./rematch-partner.ts";
import { resolveFollowUp } from "./resolve-follow-up.ts";
import { sendDueCheckIns } from "./send-due-check-ins.ts";
import { writeToPartnership } from "./write-to-partnership.ts";

const DAY = 86_400_000;
const STARTS_AT = new Date("2027-02-10T09:00:00Z");
const admin: Actor = { userId: "admin-user", role: "admin" };
const outsider: Actor = { userId: "outsider", role: "user" };
const page = { offset: 0, limit: 25 };

let database: TestDatabase;
let deps: TestUseCaseDeps;

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "admin-user", name: "Ada Admin", email: "ada@example.org", role: "admin" },
    { id: "outsider", name: "Otto", email: "otto@example.org", role: "user" },
  ]);
});
afterAll(async () => database.close());
beforeEach(() => {
  deps = testUseCaseDeps(database, "2027-02-01T12:00:00Z");
});
// Each test's round runs at the same dates: the jobs would count the earlier ones too.
afterEach(async () => {
  await database.db.update(roundTable).set({ status: "finished" });
});

const at = (days: number, ms = 0) => new Date(STARTS_AT.getTime() + days * DAY + ms);

/** A published round: the accepted people paired by the engine, the others as given. */
async function publishedRound(specs: PersonSpec[]) {
  const round = await createClosedRound(deps, admin, { startsAt: STARTS_AT });
  const people = await addApplicants(deps, round, specs);
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
  const byEmail = new Map(people.map((p) => [p.email, p]));
  return { round, person: (email: string) => byEmail.get(email)! };
}

function peers(prefix: string, countries: string[]): PersonSpec[] {
  return countries.map((country, i) => ({
    email: `${prefix}${i}@example.org`,
    name: `${prefix.toUpperCase()}${i} Person`,
    country,
  }));
}

async function mailTo(address: string, kind: string) {
  const all = await database.uow.read.outbox.list({ offset: 0, limit: 10_000 }, address);
  return all.items.filter((m) => m.kind === kind);
}

async function mailOfKind(emails: string[], kind: string) {
  return (await Promise.all(emails.map((e) => mailTo(e, kind)))).flat();
}

async function checkInRows(roundPeople: ApplicationRecord[] | string[]) {
  const ids = roundPeople.map((p) => (typeof p === "string" ? p : p.id));
  const rows = await database.db.select().from(checkIn);
  return rows.filter((r) => ids.includes(r.applicationId));
}

function tokenIn(text: string, answerLabel: string): string {
  const match = new RegExp(`${answerLabel}:\\n\\S*/check-in/(\\S+)`).exec(text);
  if (!match) throw new Error(`No ${answerLabel} link in: ${text}`);
  return match[1]!;
}

async function partnershipOf(roundId: string, applicationId: string) {
  const found = await database.uow.read.partnerships.listForEmail(
    (await database.uow.read.applications.findById(applicationId))!.email,
  );
  return found.find((f) => f.partnership.roundId === roundId)!.partnership;
}

async function setRules(round: RoundRecord, rules: Partial<typeof roundTable.$inferInsert>) {
  await database.db.update(roundTable).set(rules).where(eq(roundTable.id, round.id));
}

describe("sending check-ins", () => {
  it("sends check-in k on day k × 14 exactly, once, and only the latest after a gap", async () => {
    const specs = peers("due", ["FI", "KE", "BR", "JP"]);
    await publishedRound(specs);
    const emails = specs.map((s) => s.email);

    deps.clock.set(at(14, -1));
    expect(await sendDueCheckIns(deps)).toEqual({ sent: 0 });
    deps.clock.set(at(14));
    expect(await sendDueCheckIns(deps)).toEqual({ sent: 4 });
    expect(await sendDueCheckIns(deps)).toEqual({ sent: 0 });
    const first = await mailOfKind(emails, "check-in");
    expect(first).toHaveLength(4);
    expect(first[0]!.bodyText).toContain("We've been in touch:\nhttp://test.localhost/check-in/");
    expect(first[0]!.bodyText).toContain("Not yet:\n");
    expect(first[0]!.bodyText).toContain("There's a problem:\n");
    expect(first[0]!.bodyText).toContain("good match");
    expect(first[0]!.unsubscribeUrl).toContain("/unsubscribe/");

    // Two runs at once on day 28: each member still gets check-in 2 once.
    deps.clock.set(at(28, 5));
    const both = await Promise.all([sendDueCheckIns(deps), sendDueCheckIns(deps)]);
    expect(both[0].sent + both[1].sent).toBe(4);
    expect(await mailOfKind(emails, "check-in")).toHaveLength(8);

    // Down for weeks: on day 71 only check-in 5 goes out, not 3 and 4.
    deps.clock.set(at(71));
    expect(await sendDueCheckIns(deps)).toEqual({ sent: 4 });
    const people = await Promise.all(
      emails.map(async (e) => (await database.uow.read.applications.listForUserEmail(e))[0]!),
    );
    const sequences = (await checkInRows(people.map((p) => p.id))).map((r) => r.sequence);
    expect(sequences.sort()).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 5, 5, 5, 5]);
    const latest = (await mailOfKind(emails, "check-in")).filter((m) =>
      m.bodyText.includes("good match"),
    );
    expect(latest).toHaveLength(4); // only the first check-in asks it

    // After the round's end nothing is due.
    deps.clock.set(at(121));
    expect(await sendDueCheckIns(deps)).toEqual({ sent: 0 });
  });
});

describe("a round published late", () => {
  it("gets its latest check-in at once, and only that one", async () => {
    deps.clock.set(at(31));
    const specs = peers("late", ["FI", "KE"]);
    const { person } = await publishedRound(specs);
    expect(await sendDueCheckIns(deps)).toEqual({ sent: 2 });
    const rows = await checkInRows(specs.map((s) => person(s.email).id));
    expect(rows.map((r) => r.sequence)).toEqual([2, 2]);
    expect((await mailTo("late0@example.org", "check-in"))[0]!.bodyText).toContain("good match");
  });
});

describe("a round larger than one batch", () => {
  it("sends every member their check-in once, batch after batch", async () => {
    const countries = ["FI", "KE", "BR", "JP", "GR", "MX", "IN", "CA", "NG", "FR", "CL", "SE"];
    const specs = peers(
      "many",
      Array.from({ length: 450 }, (_, i) => countries[i % countries.length]!),
    );
    const { person } = await publishedRound(specs);
    deps.clock.set(at(14));
    expect(await sendDueCheckIns(deps)).toEqual({ sent: 450 });
    expect(await sendDueCheckIns(deps)).toEqual({ sent: 0 });
    const rows = await checkInRows(specs.map((s) => person(s.email).id));
    expect(rows).toHaveLength(450);
    expect(new Set(rows.map((r) => r.applicationId)).size).toBe(450);
  }, 120_000);
});

describe("answering a check-in from its link", () => {
  async function oneCheckIn(prefix: string) {
    const specs = peers(prefix, ["FI", "KE"]);
    const { round, person } = await publishedRound(specs);
    deps.clock.set(at(14));
    await sendDueCheckIns(deps);
    const [email] = await mailTo(specs[0]!.email, "check-in");
    return { round, person, email: email!, me: person(specs[0]!.email), specs };
  }

  it("opens with the link's answer chosen and changes nothing on GET", async () => {
    const { email, me } = await oneCheckIn("get");
    const token = tokenIn(email.bodyText, "There's a problem");
    const opened = await findCheckIn(deps, token);
    expect(opened).toMatchObject({
      ok: true,
      value: {
        chosen: "problem",
        asksGoodMatch: true,
        open: true,
        partnerNames: ["GET1"],
        checkIn: { sequence: 1, answer: null, answeredAt: null },
      },
    });
    await findCheckIn(deps, token);
    const [row] = await checkInRows([me]);
    expect(row).toMatchObject({ answer: null, answeredAt: null, note: "" });
    expect(
      await database.db.select().from(auditLog).where(eq(auditLog.subjectId, row!.partnershipId)),
    ).toEqual([]);
  });

  it("refuses a tampered link as not found, and an expired one as closed", async () => {
    const { email } = await oneCheckIn("bad");
    const token = tokenIn(email.bodyText, "Not yet");
    const flipped = token.slice(0, 5) + (token[5] === "A" ? "B" : "A") + token.slice(6);
    expect(await findCheckIn(deps, flipped)).toEqual({ ok: false, error: { code: "not_found" } });
    expect(await findCheckIn(deps, "")).toEqual({ ok: false, error: { code: "not_found" } });
    const otherPurpose = deps.links.sign({
      purpose: "unsubscribe",
      subject: "x:in_touch",
      expiresAt: null,
    });
    expect(await findCheckIn(deps, otherPurpose)).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    const unknown = deps.links.sign({
      purpose: "check-in",
      subject: "nope:in_touch",
      expiresAt: null,
    });
    expect(await findCheckIn(deps, unknown)).toEqual({ ok: false, error: { code: "not_found" } });
    expect(
      await answerCheckIn(deps, flipped, { answer: "in_touch", goodMatch: "", note: "" }),
    ).toEqual({ ok: false, error: { code: "not_found" } });

    deps.clock.set(at(14 + 30, -1));
    expect((await findCheckIn(deps, token)).ok).toBe(true);
    deps.clock.set(at(14 + 30));
    expect(await findCheckIn(deps, token)).toEqual({ ok: false, error: { code: "closed" } });
    expect(
      await answerCheckIn(deps, token, { answer: "in_touch", goodMatch: "", note: "" }),
    ).toEqual({ ok: false, error: { code: "closed" } });
  });

  it("answered twice keeps one row with the last answer", async () => {
    const { email, me } = await oneCheckIn("twice");
    const token = tokenIn(email.bodyText, "We've been in touch");
    expect(
      await answerCheckIn(deps, token, {
        answer: "in_touch",
        goodMatch: "yes",
        note: "Met on Zoom",
      }),
    ).toEqual({ ok: true, value: { followUpOpened: false } });
    deps.clock.advanceDays(1);
    // The form may send another answer than the link's.
    expect(
      (await answerCheckIn(deps, token, { answer: "not_yet", goodMatch: "no", note: "  " })).ok,
    ).toBe(true);
    const rows = await checkInRows([me]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      answer: "not_yet",
      goodMatch: "no",
      note: "",
      answeredAt: at(15),
    });
  });

  it("checks the answer and the note beside their fields", async () => {
    const { email } = await oneCheckIn("invalid");
    const token = tokenIn(email.bodyText, "Not yet");
    expect(
      await answerCheckIn(deps, token, {
        answer: "maybe",
        goodMatch: "perhaps",
        note: "x".repeat(2001),
      }),
    ).toEqual({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: {
          answer: { key: "checkins:page.errors.answer" },
          goodMatch: { key: "errors.invalidChoice" },
          note: { key: "errors.tooLong", values: { max: 2000 } },
        },
      },
    });
  });

  it("'There's a problem' puts the pair on the follow-up list at once", async () => {
    const { email, round } = await oneCheckIn("problem");
    const token = tokenIn(email.bodyText, "There's a problem");
    expect(
      await answerCheckIn(deps, token, { answer: "problem", goodMatch: "no", note: "No reply" }),
    ).toEqual({ ok: true, value: { followUpOpened: true } });
    // Again: still one open follow-up.
    expect(
      await answerCheckIn(deps, token, { answer: "problem", goodMatch: "no", note: "Still none" }),
    ).toEqual({ ok: true, value: { followUpOpened: false } });
    const listed = await listFollowUps(deps, admin, { roundId: round.id, page });
    if (!listed.ok) throw new Error("not listed");
    expect(listed.value.followUps.total).toBe(1);
    expect(listed.value.followUps.items[0]).toMatchObject({
      followUp: { reason: "problem", closedAt: null },
      meetingsHeld: 0,
      checkIns: [{ answer: "problem", note: "Still none", memberName: "PROBLEM0 Person" }],
    });
    expect(await listFollowUps(deps, outsider, { roundId: round.id, page })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
  });
});

describe("silent pairs", () => {
  it("are nudged once on day N and listed for follow-up on day M; a meeting or 'in touch' counts as contact", async () => {
    const specs = peers("quiet", ["FI", "KE", "BR", "JP", "IN", "CA"]);
    const { round, person } = await publishedRound(specs);
    await setRules(round, { nudgeAfterDays: 10, followUpAfterDays: 20, checkInEveryDays: 7 });
    const partnerships = new Map<string, Awaited<ReturnType<typeof partnershipOf>>>();
    for (const s of specs) {
      const p = await partnershipOf(round.id, person(s.email).id);
      partnerships.set(p.id, p);
    }
    const [met, touched, silent] = [...partnerships.values()];
    expect(silent).toBeDefined();
    const memberOf = async (partnershipId: string) =>
      (await database.uow.read.checkIns.findPartnership(partnershipId))!.members[0]!;
    // Logged ahead as planned: once its time has passed it counts as held.
    await database.db.insert(meeting).values({
      id: "held-meeting",
      partnershipId: met!.id,
      loggedBy: (await memberOf(met!.id)).applicationId,
      status: "planned",
      startsAt: at(3),
      durationMinutes: 45,
      place: "online",
      format: "one_to_one",
    });
    deps.clock.set(at(7));
    await sendDueCheckIns(deps);
    const [touchedMail] = await mailTo((await memberOf(touched!.id)).email, "check-in");
    await answerCheckIn(deps, tokenIn(touchedMail!.bodyText, "We've been in touch"), {
      answer: "in_touch",
      goodMatch: "",
      note: "",
    });

    deps.clock.set(at(10, -1));
    expect(await followUpPartnerships(deps)).toEqual({ nudged: 0, listed: 0 });
    deps.clock.set(at(10));
    expect(await followUpPartnerships(deps)).toEqual({ nudged: 1, listed: 0 });
    expect(await followUpPartnerships(deps)).toEqual({ nudged: 0, listed: 0 });
    const silentMembers = (await database.uow.read.checkIns.findPartnership(silent!.id))!.members;
    const nudges = await mailOfKind(
      silentMembers.map((m) => m.email),
      "partnership-nudge",
    );
    expect(nudges).toHaveLength(2);
    expect(nudges[0]!.unsubscribeUrl).toContain("/unsubscribe/");
    // Signed by the round's programme (read once for all its nudges).
    const programme = (await database.uow.read.programmes.findById(round.programmeId))!;
    for (const n of nudges) expect(n.bodyText).toContain(programme.name);
    expect(
      await mailOfKind(
        specs.map((s) => s.email),
        "partnership-nudge",
      ),
    ).toHaveLength(2);

    // Silence counts from the last contact: the meeting of day 3, the answer of day 7.
    deps.clock.set(at(13));
    expect(await followUpPartnerships(deps)).toEqual({ nudged: 1, listed: 0 });
    deps.clock.set(at(17));
    expect(await followUpPartnerships(deps)).toEqual({ nudged: 1, listed: 0 });

    deps.clock.set(at(20, -1));
    expect(await followUpPartnerships(deps)).toEqual({ nudged: 0, listed: 0 });
    deps.clock.set(at(20));
    const both = await Promise.all([followUpPartnerships(deps), followUpPartnerships(deps)]);
    expect(both[0].listed + both[1].listed).toBe(1);
    const listed = await listFollowUps(deps, admin, { roundId: round.id, page });
    if (!listed.ok) throw new Error("not listed");
    expect(listed.value.followUps.items).toHaveLength(1);
    const [item] = listed.value.followUps.items;
    expect(item).toMatchObject({
      followUp: { reason: "silent", openedAt: at(20) },
      partnership: { id: silent!.id, nudgedAt: at(10) },
      meetingsHeld: 0,
    });

    // Resolved: silence counts again from then; a pair is never nudged twice.
    const target = { roundId: round.id, partnershipId: silent!.id };
    expect(await resolveFollowUp(deps, outsider, target)).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect((await resolveFollowUp(deps, admin, target)).ok).toBe(true);
    expect(await resolveFollowUp(deps, admin, target)).toEqual({
      ok: false,
      error: { code: "conflict", reason: "not_open" },
    });
    deps.clock.set(at(23));
    expect(await followUpPartnerships(deps)).toEqual({ nudged: 0, listed: 1 });
    deps.clock.set(at(27));
    expect(await followUpPartnerships(deps)).toEqual({ nudged: 0, listed: 1 });
    deps.clock.set(at(40, -1));
    expect(await followUpPartnerships(deps)).toEqual({ nudged: 0, listed: 0 });
    deps.clock.set(at(40));
    expect(await followUpPartnerships(deps)).toEqual({ nudged: 0, listed: 1 });
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "follow_up.resolved"), eq(auditLog.subjectId, silent!.id)));
    expect(audit).toHaveLength(1);
  });
});

describe("the follow-up list", () => {
  it("shows problems first, then the longest silent, each with its members, answers (newest first) and meetings held, a page at a time", async () => {
    const specs = peers("list", ["FI", "KE", "BR", "JP", "IN", "CA"]);
    const { round, person } = await publishedRound(specs);
    await setRules(round, { nudgeAfterDays: 10, followUpAfterDays: 20 });
    const pairs = new Map<string, string[]>();
    for (const s of specs) {
      const p = await partnershipOf(round.id, person(s.email).id);
      pairs.set(p.id, [...(pairs.get(p.id) ?? []), s.email]);
    }
    const [troubled, met, quiet] = [...pairs.keys()] as [string, string, string];
    const troubledEmails = pairs.get(troubled)!;
    // One pair met on day 5 (listed for silence on day 25), another never (day 20); the
    // troubled pair met on day 10 (not silent long enough to be listed).
    const held = (partnershipId: string, day: number) =>
      database.uow.transaction(async (r) => {
        const facts = (await r.checkIns.findPartnership(partnershipId))!;
        await r.partnershipPages.insertMeeting({
          id: `list-meeting-${day}`,
          partnershipId,
          loggedBy: facts.members[0]!.applicationId,
          status: "held",
          startsAt: at(day),
          durationMinutes: 45,
          place: "online",
          format: "one_to_one",
          sharedNote: "",
          privateNote: "",
          sequence: 0,
          createdAt: at(day),
          updatedAt: at(day),
        });
      });
    await held(met, 5);
    await held(troubled, 10);
    // The troubled pair: "not yet" on day 14, then "there's a problem" on day 22 (listed
    // after the silent ones, shown before them).
    deps.clock.set(at(14));
    await sendDueCheckIns(deps);
    const answer = async (email: string, label: string, value: string) => {
      const [mail] = await mailTo(email, "check-in");
      await answerCheckIn(deps, tokenIn(mail!.bodyText, label), {
        answer: value,
        goodMatch: "yes",
        note: value,
      });
    };
    await answer(troubledEmails[0]!, "Not yet", "not_yet");
    for (const day of [20, 22, 25]) {
      deps.clock.set(at(day));
      if (day === 22) await answer(troubledEmails[1]!, "There's a problem", "problem");
      else await followUpPartnerships(deps);
    }

    const listed = await listFollowUps(deps, admin, { roundId: round.id, page });
    if (!listed.ok) throw new Error(JSON.stringify(listed.error));
    const { total, items } = listed.value.followUps;
    expect(total).toBe(3);
    expect(items.map((i) => [i.partnership.id, i.followUp.reason, i.followUp.openedAt])).toEqual([
      [troubled, "problem", at(22)],
      [quiet, "silent", at(20)],
      [met, "silent", at(25)],
    ]);
    const nameOf = (email: string) => person(email).name;
    expect(items[0]!.checkIns.map((c) => [c.memberName, c.answer, c.answeredAt])).toEqual([
      [nameOf(troubledEmails[1]!), "problem", at(22)],
      [nameOf(troubledEmails[0]!), "not_yet", at(14)],
    ]);
    expect(items[0]!.checkIns[0]).toMatchObject({ sequence: 1, goodMatch: "yes", note: "problem" });
    expect(items[0]!.partnership.members.map((m) => [m.name, m.email, m.leftAt])).toEqual(
      troubledEmails.map((e) => [nameOf(e), e, null]).sort(),
    );
    expect(items.map((i) => i.meetingsHeld)).toEqual([1, 0, 1]);
    expect(items[1]!.partnership).toMatchObject({ roundId: round.id, status: "active" });
    expect(items[1]!.checkIns).toEqual([]);

    const second = await listFollowUps(deps, admin, {
      roundId: round.id,
      page: { offset: 1, limit: 1 },
    });
    expect(second.ok && second.value.followUps.items.map((i) => i.partnership.id)).toEqual([quiet]);
    const past = await listFollowUps(deps, admin, {
      roundId: round.id,
      page: { offset: 5, limit: 25 },
    });
    expect(past.ok && past.value.followUps).toEqual({ items: [], total: 3 });
  });
});

describe("dissolving and re-matching", () => {
  it("frees both, proposes only allowed new partners, and introduces the new pair", async () => {
    const specs: PersonSpec[] = [
      { email: "ana@example.org", name: "Ana Suomi", country: "FI" },
      { email: "ben@example.org", name: "Ben Otieno", country: "KE" },
      // Waitlisted: one from Ana's country (a hard rule keeps them apart), two others.
      { email: "cai@example.org", name: "Cai Virtanen", country: "FI", status: "waitlisted" },
      { email: "dee@example.org", name: "Dee Sato", country: "JP", status: "waitlisted" },
      { email: "eve@example.org", name: "Eve Silva", country: "BR", status: "waitlisted" },
      { email: "wil@example.org", name: "Wil Drawn", country: "MX", status: "withdrawn" },
    ];
    const { round, person } = await publishedRound(specs);
    const [ana, ben, cai, dee, eve, wil] = specs.map((s) => person(s.email));
    const pair = await partnershipOf(round.id, ana!.id);
    const target = { roundId: round.id, partnershipId: pair.id };
    deps.clock.set(at(20));

    // Nobody else's facilitator can see or touch it.
    expect(await dissolvePartnership(deps, outsider, target)).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await writeToPartnership(deps, outsider, { ...target, message: "Hello" })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(
      await proposeNewPartners(deps, outsider, { roundId: round.id, applicationId: ana!.id }),
    ).toEqual({ ok: false, error: { code: "not_found" } });
    expect(
      await rematchPartner(deps, outsider, {
        roundId: round.id,
        applicationId: ana!.id,
        partnerId: dee!.id,
      }),
    ).toEqual({ ok: false, error: { code: "not_found" } });
    // Someone with a partner is not re-matched.
    expect(
      await proposeNewPartners(deps, admin, { roundId: round.id, applicationId: ana!.id }),
    ).toEqual({ ok: false, error: { code: "conflict", reason: "has_partner" } });

    // Writing to the pair: one email each, audited; an empty message is refused.
    expect(await writeToPartnership(deps, admin, { ...target, message: "  " })).toEqual({
      ok: false,
      error: { code: "invalid", fieldErrors: { message: { key: "errors.required" } } },
    });
    expect(
      await writeToPartnership(deps, admin, { ...target, message: "How are you two doing?" }),
    ).toEqual({ ok: true, value: { recipients: 2 } });
    const [message] = await mailTo("ana@example.org", "facilitator-message");
    expect(message!.bodyText).toContain("Ada Admin");
    expect(message!.bodyText).toContain("> How are you two doing?");
    expect(await mailTo("ben@example.org", "facilitator-message")).toHaveLength(1);

    // A problem reported, then dissolved: the follow-up ends "dissolved".
    deps.clock.set(at(14));
    await sendDueCheckIns(deps);
    const [checkInMail] = await mailTo("ben@example.org", "check-in");
    const problemToken = tokenIn(checkInMail!.bodyText, "There's a problem");
    await answerCheckIn(deps, problemToken, { answer: "problem", goodMatch: "no", note: "" });
    deps.clock.set(at(20));
    expect(await dissolvePartnership(deps, admin, target)).toEqual({
      ok: true,
      value: { freed: expect.arrayContaining([ana!.id, ben!.id]) as string[] },
    });
    expect(await dissolvePartnership(deps, admin, target)).toEqual({
      ok: false,
      error: { code: "conflict", reason: "not_active" },
    });
    const partnershipNow = await database.uow.read.checkIns.findPartnership(pair.id);
    expect(partnershipNow).toMatchObject({ status: "dissolved", closedAt: at(20) });
    expect(partnershipNow!.members.map((m) => m.leftAt)).toEqual([at(20), at(20)]);
    const list = await listFollowUps(deps, admin, { roundId: round.id, page });
    expect(list.ok && list.value.followUps.total).toBe(0);
    expect(list.ok && list.value.waiting).toBe(2);
    const closed = await database.db.select().from(auditLog).where(eq(auditLog.subjectId, pair.id));
    expect(closed.map((a) => a.action).sort()).toEqual([
      "partnership.dissolved",
      "partnership.messaged",
    ]);
    // The old check-in link now says the partnership ended.
    expect(
      await answerCheckIn(deps, problemToken, { answer: "in_touch", goodMatch: "", note: "" }),
    ).toEqual({ ok: false, error: { code: "conflict", reason: "ended" } });
    const waiting = await listWaitingForPartner(deps, admin, { roundId: round.id, page });
    expect(waiting.ok && waiting.value.people.items.map((p) => p.person.name).sort()).toEqual([
      "Ana Suomi",
      "Ben Otieno",
    ]);

    // Ana: never Ben (her earlier partner), never Cai (same country), never Wil (withdrawn).
    const forAna = await proposeNewPartners(deps, admin, {
      roundId: round.id,
      applicationId: ana!.id,
    });
    if (!forAna.ok) throw new Error(JSON.stringify(forAna.error));
    const anaOptions = forAna.value.candidates.map((c) => c.person.id);
    expect(anaOptions.sort()).toEqual([dee!.id, eve!.id].sort());
    expect(forAna.value.candidates[0]!.explanation.contributions.length).toBeGreaterThan(0);
    expect(forAna.value.candidates.every((c) => c.score >= 0)).toBe(true);
    const forBen = await proposeNewPartners(deps, admin, {
      roundId: round.id,
      applicationId: ben!.id,
    });
    expect(forBen.ok && forBen.value.candidates.map((c) => c.person.id).sort()).toEqual(
      [cai!.id, dee!.id, eve!.id].sort(),
    );
    expect(wil).toBeDefined();

    // Confirming someone a rule excludes, or an earlier partner, is refused.
    for (const partnerId of [cai!.id, ben!.id, wil!.id])
      expect(
        await rematchPartner(deps, admin, { roundId: round.id, applicationId: ana!.id, partnerId }),
      ).toEqual({ ok: false, error: { code: "conflict", reason: "not_available" } });

    const made = await rematchPartner(deps, admin, {
      roundId: round.id,
      applicationId: ana!.id,
      partnerId: dee!.id,
    });
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    const fresh = await database.uow.read.checkIns.findPartnership(made.value.partnershipId);
    expect(fresh).toMatchObject({ status: "active", kind: "pair", createdAt: at(20) });
    expect(fresh!.members.map((m) => m.applicationId).sort()).toEqual([ana!.id, dee!.id].sort());
    expect((await database.uow.read.applications.findById(dee!.id))!.status).toBe("accepted");
    const [toAna] = await mailTo("ana@example.org", "partner-introduction").then((m) =>
      m.filter((e) => e.bodyText.includes("Dee Sato")),
    );
    const [toDee] = await mailTo("dee@example.org", "partner-introduction");
    expect(toAna).toBeDefined();
    expect(toDee!.bodyText).toContain("Ana Suomi");
    expect(toDee!.bodyText).toContain("ana@example.org");
    const rematchAudit = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectId, made.value.partnershipId));
    expect(rematchAudit.map((a) => a.action)).toEqual(["partnership.rematched"]);
    // Only Ben waits now.
    const afterRematch = await listFollowUps(deps, admin, { roundId: round.id, page });
    expect(afterRematch.ok && afterRematch.value.waiting).toBe(1);
    const stillWaiting = await listWaitingForPartner(deps, admin, { roundId: round.id, page });
    expect(stillWaiting.ok && stillWaiting.value.people).toMatchObject({
      total: 1,
      items: [{ person: { id: ben!.id }, leftAt: at(20) }],
    });

    // Taken now: Dee is no longer proposed to Ben, and nobody can take Ana or Dee again.
    const forBenNow = await proposeNewPartners(deps, admin, {
      roundId: round.id,
      applicationId: ben!.id,
    });
    expect(forBenNow.ok && forBenNow.value.candidates.map((c) => c.person.id).sort()).toEqual(
      [cai!.id, eve!.id].sort(),
    );
    expect(
      await rematchPartner(deps, admin, {
        roundId: round.id,
        applicationId: ben!.id,
        partnerId: dee!.id,
      }),
    ).toEqual({ ok: false, error: { code: "conflict", reason: "not_available" } });
    expect(
      await rematchPartner(deps, admin, {
        roundId: round.id,
        applicationId: ana!.id,
        partnerId: eve!.id,
      }),
    ).toEqual({ ok: false, error: { code: "conflict", reason: "has_partner" } });

    // The re-matched pair's first check-in is the next one due after it was made (day 28).
    deps.clock.set(at(28));
    await sendDueCheckIns(deps);
    const deeCheckIns = await mailTo("dee@example.org", "check-in");
    expect(deeCheckIns).toHaveLength(1);
    expect(deeCheckIns[0]!.bodyText).toContain("good match");
    expect(deeCheckIns[0]!.subject).toContain("Ana");
  });

  it("answers not_found for a partnership of another round", async () => {
    const first = await publishedRound(peers("rounda", ["FI", "KE"]));
    const second = await publishedRound(peers("roundb", ["FI", "KE"]));
    const other = await partnershipOf(second.round.id, second.person("roundb0@example.org").id);
    deps.clock.set(at(20));
    const target = { roundId: first.round.id, partnershipId: other.id };
    expect(await dissolvePartnership(deps, admin, target)).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await resolveFollowUp(deps, admin, target)).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(
      await proposeNewPartners(deps, admin, {
        roundId: first.round.id,
        applicationId: second.person("roundb0@example.org").id,
      }),
    ).toEqual({ ok: false, error: { code: "not_found" } });
  });
});
