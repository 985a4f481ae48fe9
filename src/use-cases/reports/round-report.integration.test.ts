/**
 * The round report on a seeded programme with known answers (issue 13): every figure is
 * checked against a number computed by hand from the seed below and written here, not
 * recomputed by the report's code.
 *
 * Round B (finished, 16 applications, 6 partnerships) and the earlier Round A (finished, 4
 * applications, 2 pairs) of one programme; rows are written straight into the tables so that
 * every score, date and answer is known.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  application,
  checkIn,
  followUp,
  matchingRun,
  meeting,
  partnership,
  partnershipMember,
  programmeFacilitator,
  round as roundTable,
  roundPublication,
  survey,
  surveyAnswer,
  surveyInvitation,
  surveyQuestion,
  surveyResponse,
  user,
} from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { findReportTable } from "../../domain/reports/report-tables.ts";
import { reportTableCsv } from "../../domain/reports/report-table-csv.ts";
import type { RoundReport } from "../../domain/reports/round-report.ts";
import type { ApplicationRecord } from "../applications/application-ports.ts";
import { createProgramme } from "../programmes/create-programme.ts";
import type { Actor } from "../result.ts";
import { cloneRound } from "../rounds/clone-round.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { addApplicants, createClosedRound } from "../testing/matching-fixtures.ts";
import { findPublicRoundSummary } from "./find-public-round-summary.ts";
import { getNextRoundPlan } from "./get-next-round-plan.ts";
import { getRoundReport } from "./get-round-report.ts";
import { previewRoundSummary } from "./preview-round-summary.ts";
import { publishRoundSummary } from "./publish-round-summary.ts";
import { unpublishRoundSummary } from "./unpublish-round-summary.ts";

const admin: Actor = { userId: "admin-user", role: "admin" };
const facilitator: Actor = { userId: "fac-user", role: "user" };
const otherFacilitator: Actor = { userId: "other-fac", role: "user" };
const NOW = new Date("2027-07-01T12:00:00Z");
const B_STARTS = new Date("2027-02-10T00:00:00Z");
const A_STARTS = new Date("2026-09-01T00:00:00Z");

let database: TestDatabase;
let deps: TestUseCaseDeps;
let roundA: RoundRecord;
let roundB: RoundRecord;
let programmeSlug: string;

/** Person: email local part → [country, sector, career stage, status, day of January applied]. */
const B_PEOPLE = {
  fi1: ["FI", "public", "mid", "accepted", 1],
  fi2: ["FI", "academic", "early", "accepted", 2],
  fi3: ["FI", "public", "senior", "accepted", 9],
  ke1: ["KE", "public", "mid", "accepted", 9],
  ke2: ["KE", "school", "early", "accepted", 10],
  br1: ["BR", "academic", "mid", "accepted", 16],
  br2: ["BR", "public", "mid", "accepted", 20],
  jp1: ["JP", "archive", "senior", "accepted", 22],
  in1: ["IN", "public", "mid", "waitlisted", 23],
  es1: ["ES", "museum", "mid", "accepted", 25],
  mx1: ["MX", "public", "mid", "accepted", 26],
  mx2: ["MX", "public", "early", "accepted", 27],
  gh1: ["GH", "special-law", "mid", "accepted", 28],
  in2: ["IN", "public", "student", "waitlisted", 30],
  ca1: ["CA", "public", "mid", "rejected", 30],
  ca2: ["CA", "academic", "mid", "withdrawn", 30],
} as const;
type Who = keyof typeof B_PEOPLE;

async function addPeople(
  round: RoundRecord,
  people: Record<string, readonly [string, string, string, string, number]>,
  month: string,
): Promise<Map<string, ApplicationRecord>> {
  const records = await addApplicants(
    deps,
    round,
    Object.entries(people).map(([local, [country, sector, , status]]) => ({
      email: `${local}-${round.id}@example.org`,
      name: `${local.toUpperCase()} Person`,
      country,
      sector: sector as never,
      status: status as never,
    })),
  );
  const byLocal = new Map<string, ApplicationRecord>();
  for (const [i, [local, [, , stage, , day]]] of Object.entries(people).entries()) {
    const record = records[i]!;
    byLocal.set(local, record);
    await database.db
      .update(application)
      .set({
        careerStage: stage,
        createdAt: new Date(`${month}-${String(day).padStart(2, "0")}T10:00:00Z`),
      })
      .where(eq(application.id, record.id));
  }
  return byLocal;
}

const link = (a: string, b: string, score: number) => ({
  ids: [a, b] as [string, string],
  score,
  explanation: { contributions: [] } as never,
});

async function publish(round: RoundRecord, at: Date) {
  const runId = `run-${round.id}`;
  await database.db.insert(matchingRun).values({
    id: runId,
    roundId: round.id,
    status: "done",
    progress: {} as never,
    criteria: {} as never,
    seed: 1,
  });
  await database.db
    .insert(roundPublication)
    .values({ roundId: round.id, runId, publishedAt: at, publishedBy: null });
  return runId;
}

async function seedRoundB() {
  const p = await addPeople(roundB, B_PEOPLE, "2027-01");
  const id = (who: Who) => p.get(who)!.id;
  const runId = await publish(roundB, new Date("2027-02-03T09:00:00Z"));
  const ended = new Date("2027-06-10T00:00:00Z");
  const partnerships = [
    {
      key: "P1",
      members: ["fi1", "ke1"],
      links: [link(id("fi1"), id("ke1"), 80)],
      status: "ended",
    },
    {
      key: "P2",
      members: ["fi2", "br1"],
      links: [link(id("fi2"), id("br1"), 60)],
      status: "ended",
    },
    {
      key: "P3",
      members: ["fi3", "jp1"],
      links: [link(id("fi3"), id("jp1"), 50)],
      status: "dissolved",
    },
    {
      key: "P4",
      members: ["ke2", "br2"],
      links: [link(id("ke2"), id("br2"), 70)],
      status: "ended",
    },
    {
      key: "P5",
      members: ["jp1", "es1"],
      links: [link(id("jp1"), id("es1"), 40)],
      status: "ended",
      rematch: true,
    },
    {
      key: "P6",
      members: ["mx1", "mx2", "gh1"],
      links: [
        link(id("mx1"), id("mx2"), 30),
        link(id("mx1"), id("gh1"), 55),
        link(id("mx2"), id("gh1"), 65),
      ],
      status: "ended",
      kind: "triad",
    },
  ] as const;
  const pid = (key: string) => `${roundB.id}-${key}`;
  for (const q of partnerships) {
    const dissolved = q.status === "dissolved";
    await database.db.insert(partnership).values({
      id: pid(q.key),
      roundId: roundB.id,
      runId: "rematch" in q ? null : runId,
      kind: "kind" in q ? q.kind : "pair",
      score: 50,
      links: [...q.links],
      status: q.status,
      // P3 and P4 went silent and were nudged.
      nudgedAt: q.key === "P3" || q.key === "P4" ? new Date("2027-03-01T00:00:00Z") : null,
      closedAt: dissolved ? new Date("2027-03-20T00:00:00Z") : ended,
      createdAt: "rematch" in q ? new Date("2027-03-25T00:00:00Z") : B_STARTS,
    });
    await database.db.insert(partnershipMember).values(
      q.members.map((who) => ({
        partnershipId: pid(q.key),
        applicationId: id(who),
        role: "peer",
        leftAt: dissolved ? new Date("2027-03-20T00:00:00Z") : null,
      })),
    );
  }
  // Held meetings: P1 three (plus one planned, not counted), P2 two, P4 one, P5 one, P6 two.
  const meetings: [string, string, string, string][] = [
    ["P1", "fi1", "2027-02-12T15:00:00Z", "held"],
    ["P1", "fi1", "2027-02-26T15:00:00Z", "held"],
    ["P1", "ke1", "2027-03-20T15:00:00Z", "held"],
    ["P1", "ke1", "2027-06-20T15:00:00Z", "planned"],
    ["P2", "fi2", "2027-02-12T08:00:00Z", "held"],
    ["P2", "br1", "2027-03-01T08:00:00Z", "held"],
    ["P4", "ke2", "2027-02-18T08:00:00Z", "held"],
    ["P5", "es1", "2027-05-01T08:00:00Z", "held"],
    ["P6", "mx1", "2027-02-11T08:00:00Z", "held"],
    ["P6", "gh1", "2027-03-18T08:00:00Z", "held"],
  ];
  await database.db.insert(meeting).values(
    meetings.map(([key, who, at, status], i) => ({
      id: `${roundB.id}-m${i}`,
      partnershipId: pid(key),
      loggedBy: id(who as Who),
      status,
      startsAt: new Date(at),
      durationMinutes: 45,
      place: "online",
      format: "one_to_one",
    })),
  );
  // Check-ins: [partnership, member, sequence, answer, good match].
  const checkIns: [string, Who, number, string | null, string | null][] = [
    ["P1", "fi1", 1, "in_touch", "yes"],
    ["P1", "ke1", 1, "in_touch", "yes"],
    ["P1", "fi1", 2, "in_touch", null],
    ["P1", "ke1", 2, null, null],
    ["P2", "fi2", 1, "not_yet", "yes"],
    ["P2", "br1", 1, "in_touch", "no"],
    ["P3", "fi3", 1, "problem", "no"],
    ["P3", "jp1", 1, null, null],
    ["P4", "ke2", 1, "in_touch", "yes"],
    ["P4", "br2", 1, null, null],
    ["P6", "mx1", 1, "in_touch", "yes"],
    ["P6", "mx2", 1, "not_yet", "yes"],
    ["P6", "gh1", 1, "in_touch", "yes"],
  ];
  await database.db.insert(checkIn).values(
    checkIns.map(([key, who, sequence, answer, goodMatch], i) => ({
      id: `${roundB.id}-c${i}`,
      partnershipId: pid(key),
      applicationId: id(who),
      sequence,
      sentAt: new Date(B_STARTS.getTime() + sequence * 14 * 86_400_000),
      answer,
      goodMatch,
      answeredAt: answer ? new Date(B_STARTS.getTime() + sequence * 15 * 86_400_000) : null,
    })),
  );
  await database.db.insert(followUp).values([
    {
      id: `${roundB.id}-f1`,
      partnershipId: pid("P3"),
      reason: "problem",
      openedAt: new Date("2027-02-25T00:00:00Z"),
      outcome: "dissolved",
      closedAt: new Date("2027-03-20T00:00:00Z"),
    },
    {
      id: `${roundB.id}-f2`,
      partnershipId: pid("P4"),
      reason: "silent",
      openedAt: new Date("2027-03-15T00:00:00Z"),
      outcome: "resolved",
      closedAt: new Date("2027-03-18T00:00:00Z"),
    },
  ]);
  await seedSurvey(id);
}

/**
 * The end-of-round survey: sent to 10, answered by 4. Satisfaction 5, 4, 4, 2; formats chosen
 * [email, video], [video], [], [email, face]; suggestions in three of the four responses.
 */
async function seedSurvey(id: (who: Who) => string) {
  const surveyId = `${roundB.id}-end`;
  await database.db.insert(survey).values({
    id: surveyId,
    roundId: roundB.id,
    kind: "end",
    sendAt: new Date("2027-06-10T00:00:00Z"),
    closesAt: new Date("2027-07-01T00:00:00Z"),
  });
  await database.db.insert(surveyQuestion).values([
    {
      id: `${surveyId}-q1`,
      surveyId,
      position: 1,
      type: "scale",
      key: "satisfaction",
      prompts: { en: "How satisfied are you?", es: "¿Qué tan satisfecho está?" },
    },
    {
      id: `${surveyId}-q2`,
      surveyId,
      position: 2,
      type: "multiple",
      key: "formats",
      prompts: { en: "Which formats did you use?" },
      options: [
        { id: "email", labels: { en: "Email" } },
        { id: "video", labels: { en: "Video" } },
        { id: "face", labels: { en: "Face to face" } },
      ],
    },
    {
      id: `${surveyId}-q3`,
      surveyId,
      position: 3,
      type: "text",
      key: "suggestions",
      prompts: { en: "Suggestions for the next round" },
    },
  ]);
  const invited: Who[] = ["fi1", "fi2", "fi3", "ke1", "ke2", "br1", "br2", "jp1", "es1", "mx1"];
  await database.db.insert(surveyInvitation).values(
    invited.map((who) => ({
      surveyId,
      applicationId: id(who),
      sentAt: new Date("2027-06-10T00:00:00Z"),
    })),
  );
  const responses: [Who, number, string[], string | null][] = [
    ["fi1", 5, ["email", "video"], "More group sessions, please"],
    ["ke1", 4, ["video"], '=HYPERLINK("http://evil.example","click")'],
    ["br1", 4, [], "Más tiempo para hablar; menos correos"],
    ["es1", 2, ["email", "face"], null],
  ];
  for (const [i, [who, scale, options, text]] of responses.entries()) {
    const responseId = `${surveyId}-r${i}`;
    await database.db.insert(surveyResponse).values({
      id: responseId,
      surveyId,
      applicationId: id(who),
      submittedAt: new Date("2027-06-12T00:00:00Z"),
      updatedAt: new Date("2027-06-12T00:00:00Z"),
    });
    await database.db
      .insert(surveyAnswer)
      .values([
        { responseId, questionId: `${surveyId}-q1`, scale },
        { responseId, questionId: `${surveyId}-q2`, optionIds: options },
        ...(text ? [{ responseId, questionId: `${surveyId}-q3`, text }] : []),
      ]);
  }
}

/** Round A: FI–KE (70) and FI–SE (50), both ended; six meetings held; no survey. */
async function seedRoundA() {
  const p = await addPeople(
    roundA,
    {
      a1: ["FI", "public", "mid", "accepted", 3],
      a2: ["FI", "public", "mid", "accepted", 4],
      a3: ["KE", "public", "mid", "accepted", 5],
      a4: ["SE", "public", "mid", "accepted", 6],
    },
    "2026-07",
  );
  const id = (who: string) => p.get(who)!.id;
  const runId = await publish(roundA, new Date("2026-08-20T00:00:00Z"));
  for (const [key, a, b, score] of [
    ["A1", "a1", "a3", 70],
    ["A2", "a2", "a4", 50],
  ] as const) {
    await database.db.insert(partnership).values({
      id: `${roundA.id}-${key}`,
      roundId: roundA.id,
      runId,
      kind: "pair",
      score,
      links: [link(id(a), id(b), score)],
      status: "ended",
      createdAt: A_STARTS,
    });
    await database.db.insert(partnershipMember).values([
      { partnershipId: `${roundA.id}-${key}`, applicationId: id(a), role: "peer" },
      { partnershipId: `${roundA.id}-${key}`, applicationId: id(b), role: "peer" },
    ]);
  }
  await database.db.insert(meeting).values(
    [0, 1, 2, 3, 4, 5].map((i) => ({
      id: `${roundA.id}-m${i}`,
      partnershipId: `${roundA.id}-${i < 3 ? "A1" : "A2"}`,
      loggedBy: id(i < 3 ? "a1" : "a2"),
      status: "held",
      startsAt: new Date(A_STARTS.getTime() + (i + 1) * 7 * 86_400_000),
      durationMinutes: 30,
      place: "online",
      format: "one_to_one",
    })),
  );
}

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "admin-user", name: "Ada Admin", email: "ada@example.org", role: "admin" },
    { id: "fac-user", name: "Fay", email: "fay@example.org", role: "user" },
    { id: "other-fac", name: "Otto", email: "otto@example.org", role: "user" },
  ]);
  deps = testUseCaseDeps(database, "2026-05-01T00:00:00Z");
  roundA = await createClosedRound(deps, admin, { startsAt: A_STARTS });
  roundB = await createClosedRound(deps, admin, {
    startsAt: B_STARTS,
    programmeId: roundA.programmeId,
  });
  const other = await createProgramme(deps, admin, {
    name: "Another programme",
    defaultLanguage: "en",
  });
  if (!other.ok) throw new Error("programme");
  await database.db.insert(programmeFacilitator).values([
    { programmeId: roundA.programmeId, userId: "fac-user" },
    { programmeId: other.value.id, userId: "other-fac" },
  ]);
  programmeSlug = (await database.uow.read.programmes.findById(roundA.programmeId))!.slug;
  await seedRoundA();
  await seedRoundB();
  await database.db.update(roundTable).set({ status: "finished" });
  deps.clock.set(NOW);
});
afterAll(async () => database.close());

async function report(actor: Actor = facilitator, timeZone = "UTC"): Promise<RoundReport> {
  const result = await getRoundReport(deps, actor, {
    roundId: roundB.id,
    timeZone,
    locale: "en",
    textAnswers: "all",
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe("the round report's demand", () => {
  it("counts every application by week, status, country, sector and career stage", async () => {
    const { demand } = await report();
    expect(demand.total).toBe(16);
    // Weeks from 1 January (applications open) to 31 January (they close), in UTC.
    expect(demand.byWeek.map((w) => [w.week, w.firstDay, w.count])).toEqual([
      [1, "2027-01-01", 2],
      [2, "2027-01-08", 3],
      [3, "2027-01-15", 2],
      [4, "2027-01-22", 6],
      [5, "2027-01-29", 3],
    ]);
    expect(demand.byStatus).toEqual([
      { value: "submitted", count: 0 },
      { value: "accepted", count: 12 },
      { value: "waitlisted", count: 2 },
      { value: "rejected", count: 1 },
      { value: "withdrawn", count: 1 },
    ]);
    expect(demand.byCountry).toEqual([
      { country: "FI", applications: 3, participants: 3 },
      { country: "BR", applications: 2, participants: 2 },
      { country: "KE", applications: 2, participants: 2 },
      { country: "MX", applications: 2, participants: 2 },
      { country: "CA", applications: 2, participants: 0 },
      { country: "IN", applications: 2, participants: 0 },
      { country: "ES", applications: 1, participants: 1 },
      { country: "GH", applications: 1, participants: 1 },
      { country: "JP", applications: 1, participants: 1 },
    ]);
    expect(demand.bySector).toEqual([
      { value: "public", count: 9 },
      { value: "academic", count: 3 },
      { value: "school", count: 1 },
      { value: "special-law", count: 1 },
      { value: "archive", count: 1 },
      { value: "museum", count: 1 },
    ]);
    expect(demand.byCareerStage).toEqual([
      { value: "student", count: 1 },
      { value: "early", count: 3 },
      { value: "mid", count: 10 },
      { value: "senior", count: 2 },
    ]);
  });

  it("counts a day in the reader's time zone", async () => {
    // In Honolulu (UTC−10) applications opened on 31 December at 14:00, and gh1's 28 January
    // 10:00 UTC is 28 January 00:00: the first day of week 5 there, the last of week 4 in UTC.
    const { demand } = await report(facilitator, "Pacific/Honolulu");
    expect(demand.byWeek.map((w) => [w.week, w.firstDay, w.count])).toEqual([
      [1, "2026-12-31", 2],
      [2, "2027-01-07", 3],
      [3, "2027-01-14", 2],
      [4, "2027-01-21", 5],
      [5, "2027-01-28", 4],
    ]);
  });
});

describe("the round report's matching and map", () => {
  it("gives partnerships by kind, scores and cross-country and cross-sector shares", async () => {
    const { matching } = await report();
    expect(matching).not.toBeNull();
    expect(matching!.partnerships.byKind).toEqual([
      { kind: "pair", count: 5 },
      { kind: "triad", count: 1 },
    ]);
    expect(matching!.partnerships.total).toBe(6);
    expect(matching!.partnerships.rematched).toBe(1);
    expect(matching!.participants).toBe(12);
    expect(matching!.countries).toBe(7);
    // 8 scored pairs: 80 60 50 70 40 30 55 65 → 450 / 8 = 56.25.
    expect(matching!.scoredPairs).toBe(8);
    expect(matching!.meanScore).toBe(56.3);
    expect(matching!.lowestScore).toBe(30);
    // All but MX–MX cross a border; P3, P4, P5 and the triad's two GH links cross sectors.
    expect(matching!.crossCountry).toBe(7);
    expect(matching!.crossCountryPercent).toBe(87.5);
    expect(matching!.crossSector).toBe(5);
    expect(matching!.crossSectorPercent).toBe(62.5);
    expect(matching!.countryPairs).toEqual([
      { countryA: "GH", countryB: "MX", pairs: 2 },
      { countryA: "BR", countryB: "FI", pairs: 1 },
      { countryA: "BR", countryB: "KE", pairs: 1 },
      { countryA: "ES", countryB: "JP", pairs: 1 },
      { countryA: "FI", countryB: "JP", pairs: 1 },
      { countryA: "FI", countryB: "KE", pairs: 1 },
      { countryA: "MX", countryB: "MX", pairs: 1 },
    ]);
  });

  it("shades countries by participants (a re-matched person once) and links partners' countries", async () => {
    const { map } = await report();
    expect(map!.countries).toEqual([
      { country: "FI", participants: 3 },
      { country: "BR", participants: 2 },
      { country: "KE", participants: 2 },
      { country: "MX", participants: 2 },
      { country: "ES", participants: 1 },
      { country: "GH", participants: 1 },
      { country: "JP", participants: 1 },
    ]);
    expect(map!.links.map((l) => `${l.countryA}-${l.countryB}:${l.pairs}`)).toEqual([
      "GH-MX:2",
      "BR-FI:1",
      "BR-KE:1",
      "ES-JP:1",
      "FI-JP:1",
      "FI-KE:1",
    ]);
  });
});

describe("the round report's activity", () => {
  it("counts meetings held per week and per partnership", async () => {
    const { activity } = await report();
    expect(activity!.started).toBe(true);
    expect(activity!.meetingsHeld).toBe(9);
    expect(activity!.meetingsPerPartnership).toBe(1.5);
    // 120 days from 10 February to 10 June: 18 weeks.
    expect(activity!.meetingsByWeek).toHaveLength(18);
    const nonEmpty = activity!.meetingsByWeek.filter((w) => w.count > 0);
    expect(nonEmpty.map((w) => [w.week, w.count])).toEqual([
      [1, 3],
      [2, 1],
      [3, 2],
      [6, 2],
      [12, 1],
    ]);
  });

  it("tallies check-in answers, good-match answers, silence, problems and dissolving", async () => {
    const { activity } = await report();
    expect(activity!.checkIns).toEqual([
      { sequence: 1, inTouch: 6, notYet: 2, problem: 1, unanswered: 2 },
      { sequence: 2, inTouch: 1, notYet: 0, problem: 0, unanswered: 1 },
    ]);
    expect(activity!.checkInTotals).toEqual({ inTouch: 7, notYet: 2, problem: 1, unanswered: 3 });
    expect(activity!.goodMatch).toEqual({ yes: 7, no: 2, noAnswer: 2 });
    expect(activity!.partnerships).toMatchObject({
      total: 6,
      active: 0,
      ended: 5,
      dissolved: 1,
      rematched: 1,
      nudged: 2,
      listedSilent: 1,
      problems: 1,
    });
    // Finished: 5 of 6 partnerships were not dissolved.
    expect(activity!.completion).toEqual({ completed: 5, dissolved: 1, total: 6, percent: 83.3 });
  });
});

describe("the round report's surveys", () => {
  it("gives each question's counts, anonymously, with responded and invited", async () => {
    const { surveys } = await report();
    expect(surveys).toHaveLength(1);
    const end = surveys[0]!;
    expect([end.kind, end.invited, end.responded]).toEqual(["end", 10, 4]);
    const [satisfaction, formats, suggestions] = end.questions;
    expect(satisfaction).toMatchObject({ type: "scale", counts: [0, 1, 0, 2, 1], mean: 3.75 });
    expect(formats).toMatchObject({
      type: "multiple",
      options: [
        { label: "Email", count: 2 },
        { label: "Video", count: 2 },
        { label: "Face to face", count: 1 },
      ],
    });
    expect(suggestions!.type === "text" && [...suggestions!.answers].sort()).toEqual([
      '=HYPERLINK("http://evil.example","click")',
      "More group sessions, please",
      "Más tiempo para hablar; menos correos",
    ]);
    expect(JSON.stringify(end)).not.toMatch(/@example\.org|Person/);
  });

  it("caps free-text answers for the page", async () => {
    const result = await getRoundReport(deps, facilitator, {
      roundId: roundB.id,
      timeZone: "UTC",
      locale: "en",
      textAnswers: 2,
    });
    const text = result.ok && result.value.surveys[0]!.questions[2]!;
    expect(text && text.type === "text" && [text.answers.length, text.answered]).toEqual([2, 3]);
  });
});

describe("the comparison with earlier rounds", () => {
  it("puts the key figures side by side with trends against the round before", async () => {
    const { comparison } = await report();
    expect(comparison.rounds.map((r) => r.round.id)).toEqual([roundA.id, roundB.id]);
    expect(comparison.rounds[0]!.figures).toEqual({
      applications: 4,
      participants: 4,
      countries: 3,
      partnerships: 2,
      meanScore: 60,
      crossCountryPercent: 100,
      meetingsPerPartnership: 3,
      completionPercent: 100,
      satisfactionMean: null,
      responseRatePercent: null,
    });
    expect(comparison.rounds[1]!.figures).toEqual({
      applications: 16,
      participants: 12,
      countries: 7,
      partnerships: 6,
      meanScore: 56.3,
      crossCountryPercent: 87.5,
      meetingsPerPartnership: 1.5,
      completionPercent: 83.3,
      satisfactionMean: 3.8,
      responseRatePercent: 40,
    });
    expect(comparison.trends.map((t) => [t.figure, t.direction, t.change])).toEqual([
      ["applications", "up", 12],
      ["participants", "up", 8],
      ["countries", "up", 4],
      ["partnerships", "up", 4],
      ["meanScore", "down", -3.7],
      ["crossCountryPercent", "down", -12.5],
      ["meetingsPerPartnership", "down", -1.5],
      ["completionPercent", "down", -16.7],
    ]);
  });
});

describe("who may read the report", () => {
  it("is the round's programme's facilitators (and administrators); anyone else: not found", async () => {
    const input = { roundId: roundB.id, timeZone: "UTC", locale: "en", textAnswers: 5 };
    expect((await getRoundReport(deps, otherFacilitator, input)).ok).toBe(false);
    expect(await getRoundReport(deps, otherFacilitator, input)).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await getRoundReport(deps, null, input)).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect((await getRoundReport(deps, admin, input)).ok).toBe(true);
  });
});

describe("the report's tables as CSV", () => {
  it("escapes quotes, keeps accents with a byte-order mark and defuses formulas", async () => {
    const table = findReportTable(await report(), "survey-end-3")!;
    const csv = reportTableCsv(table, { header: (c) => c.key, word: (_k, v) => v });
    expect(csv.startsWith("\uFEFFanswer\r\n")).toBe(true);
    // The formula is quoted (it holds quotes and a comma) and starts with an apostrophe.
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"\r\n`);
    expect(csv).toContain("Más tiempo para hablar; menos correos\r\n");
    expect(csv).toContain('"More group sessions, please"\r\n');
  });

  it("writes counts as plain numbers and words in the reader's language", async () => {
    const table = findReportTable(await report(), "applications-by-country")!;
    const csv = reportTableCsv(table, {
      header: (c) => `[${c.key}]`,
      word: (kind, v) => `${kind}:${v}`,
    });
    expect(csv.split("\r\n").slice(0, 3)).toEqual([
      "\uFEFF[country],[applications],[participants]",
      "country:FI,3,3",
      "country:BR,2,2",
    ]);
  });
});

describe("the public summary", () => {
  it("is published only for a finished round, after confirming, and hides small counts", async () => {
    const slugs = { programmeSlug, roundSlug: roundB.slug };
    expect((await findPublicRoundSummary(deps, slugs)).ok).toBe(false);
    // Its facilitators preview it first; nobody else can.
    const preview = await previewRoundSummary(deps, facilitator, { roundId: roundB.id });
    expect(preview.ok && preview.value.participants).toEqual({ count: 12 });
    expect(await previewRoundSummary(deps, otherFacilitator, { roundId: roundB.id })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(
      await publishRoundSummary(deps, facilitator, { roundId: roundB.id, confirmed: false }),
    ).toMatchObject({
      ok: false,
      error: { code: "invalid" },
    });
    expect(
      await publishRoundSummary(deps, otherFacilitator, { roundId: roundB.id, confirmed: true }),
    ).toEqual({ ok: false, error: { code: "not_found" } });
    expect(
      (await publishRoundSummary(deps, facilitator, { roundId: roundB.id, confirmed: true })).ok,
    ).toBe(true);

    const found = await findPublicRoundSummary(deps, slugs);
    if (!found.ok) throw new Error("not published");
    const summary = found.value;
    expect(summary.participants).toEqual({ count: 12 });
    expect(summary.countries).toEqual({ count: 7 });
    expect(summary.partnerships).toEqual({ count: 6 });
    expect(summary.meetingsHeld).toEqual({ count: 9 });
    // No country has 5 participants: none is listed, the 12 are "other countries".
    expect(summary.byCountry).toEqual([]);
    expect(summary.otherParticipants).toBe(12);
    expect(summary.links).toEqual([]);
    // 7 of 8 pairs cross a border: 87.5% would give back the 1 that does not.
    expect(summary.crossCountryPercent).toBeNull();
    // 5 of 6 completed: the 1 dissolved would be given back.
    expect(summary.completionPercent).toBeNull();
    // 4 of 10 answered; 4 satisfaction answers: both under 5.
    expect(summary.responseRatePercent).toBeNull();
    expect(summary.satisfactionMean).toBeNull();
    expect(JSON.stringify(summary)).not.toMatch(/@|Person|HYPERLINK/);

    expect((await report()).publicSummary.publishedAt).toEqual(NOW);
    expect((await unpublishRoundSummary(deps, facilitator, { roundId: roundB.id })).ok).toBe(true);
    expect((await findPublicRoundSummary(deps, slugs)).ok).toBe(false);
  });

  it("is refused for a round not yet finished", async () => {
    await database.db
      .update(roundTable)
      .set({ status: "active" })
      .where(eq(roundTable.id, roundA.id));
    expect(
      await publishRoundSummary(deps, facilitator, { roundId: roundA.id, confirmed: true }),
    ).toEqual({
      ok: false,
      error: { code: "conflict", reason: "round_not_finished" },
    });
    await database.db
      .update(roundTable)
      .set({ status: "finished" })
      .where(eq(roundTable.id, roundA.id));
  });
});

describe("planning the next round", () => {
  it("clones the round and shows its figures and the suggestions they lead to", async () => {
    const cloned = await cloneRound(deps, facilitator, { roundId: roundB.id, name: "Round C" });
    if (!cloned.ok) throw new Error("clone");
    expect(
      await getNextRoundPlan(deps, otherFacilitator, {
        roundId: cloned.value.id,
        timeZone: "UTC",
        locale: "en",
      }),
    ).toEqual({ ok: false, error: { code: "not_found" } });
    const plan = await getNextRoundPlan(deps, facilitator, {
      roundId: cloned.value.id,
      timeZone: "UTC",
      locale: "en",
    });
    if (!plan.ok) throw new Error("plan");
    expect(plan.value.round.name).toBe("Round C");
    expect(plan.value.previous.round.id).toBe(roundB.id);
    expect(plan.value.previous.figures.figures.partnerships).toBe(6);
    expect(plan.value.previous.suggestions).toEqual([
      // 2 of 16 waitlisted: 12.5%.
      { kind: "waitlisted", waitlisted: 2, applications: 16, percent: 12.5 },
      // 2 of 6 nudged for silence: 33.3%.
      {
        kind: "silentPairs",
        nudged: 2,
        partnerships: 6,
        percent: 33.3,
        nudgeAfterDays: 14,
        checkInEveryDays: 14,
      },
      // 1 of 6 dissolved: 16.7%.
      { kind: "dissolved", dissolved: 1, partnerships: 6, percent: 16.7 },
      // 9 meetings for 6 partnerships.
      { kind: "fewMeetings", meetingsPerPartnership: 1.5, partnerships: 6 },
      // 4 of 10 answered the end-of-round survey.
      { kind: "lowResponse", responded: 4, invited: 10, percent: 40 },
    ]);
    expect(plan.value.previous.participantSuggestionCount).toBe(3);
    expect(plan.value.previous.participantSuggestions.map((s) => s.count)).toEqual([1, 1, 1]);
  });
});
