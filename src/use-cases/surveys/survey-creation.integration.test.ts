/**
 * When a round gets its surveys (decision 0009): never by reading a page; when a facilitator
 * asks (a POST), when its matching is published, and, while nobody set their dates, they move
 * with the round's dates when the round is saved.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, survey as surveyTable, user } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { defaultCriteria } from "../../domain/matching/matching-criteria.ts";
import { computeMatchingRun } from "../matching/compute-matching-run.ts";
import { publishRun } from "../matching/publish-run.ts";
import { startMatchingRun } from "../matching/start-matching-run.ts";
import type { Actor } from "../result.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { saveRound } from "../rounds/save-round.ts";
import { addApplicants, createClosedRound } from "../testing/matching-fixtures.ts";
import { createRoundSurveys } from "./create-round-surveys.ts";
import { getRoundSurveys } from "./get-round-surveys.ts";
import { updateSurveyDates } from "./update-survey-dates.ts";

const DAY = 86_400_000;
const admin: Actor = { userId: "admin-user", role: "admin" };
const outsider: Actor = { userId: "outsider", role: "user" };
const notFound = { ok: false, error: { code: "not_found" } };

let database: TestDatabase;
let deps: TestUseCaseDeps;

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "admin-user", name: "Ada Admin", email: "ada@example.org", role: "admin" },
    { id: "outsider", name: "Otto", email: "otto@example.org", role: "user" },
  ]);
  deps = testUseCaseDeps(database, "2027-01-01T00:00:00Z");
});
afterAll(async () => database.close());

const surveysOf = (roundId: string) => database.uow.read.surveys.listForRound(roundId);
const auditOf = (subjectId: string) =>
  database.db.select().from(auditLog).where(eq(auditLog.subjectId, subjectId));

/** The round as the round form sends it, with other dates. */
async function moveRound(round: RoundRecord, startsAt: Date, endsAt: Date) {
  const saved = await saveRound(deps, admin, {
    programmeId: round.programmeId,
    roundId: round.id,
    round: {
      name: round.name,
      theme: round.theme,
      mode: round.mode,
      applicationsOpenAt: round.applicationsOpenAt,
      applicationsCloseAt: round.applicationsCloseAt,
      matchingAt: round.matchingAt,
      startsAt,
      endsAt,
      rulesMarkdown: round.rulesMarkdown,
      countryCapPercent: round.countryCapPercent,
      allowTriads: round.allowTriads,
      groupSize: round.groupSize,
    },
    questions: [],
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  return saved.value;
}

describe("a round's surveys", () => {
  it("are not created by reading the survey page: a round not yet published shows none", async () => {
    const round = await createClosedRound(deps, admin);
    const first = await getRoundSurveys(deps, admin, round.id);
    const second = await getRoundSurveys(deps, admin, round.id);
    expect(first.ok && [first.value.surveys, first.value.missing]).toEqual([[], ["mid", "end"]]);
    expect(second).toEqual(first);
    expect(await surveysOf(round.id)).toEqual([]);
  });

  it("are created once by a facilitator who asks for them, and not for another programme's", async () => {
    const round = await createClosedRound(deps, admin);
    expect(await createRoundSurveys(deps, outsider, round.id)).toEqual(notFound);
    expect(await createRoundSurveys(deps, null, round.id)).toEqual(notFound);
    expect(await surveysOf(round.id)).toEqual([]);

    const both = await Promise.all([
      createRoundSurveys(deps, admin, round.id),
      createRoundSurveys(deps, admin, round.id),
    ]);
    expect(both.map((r) => r.ok && r.value.created).sort()).toEqual([0, 2]);
    expect(await createRoundSurveys(deps, admin, round.id)).toEqual({
      ok: true,
      value: { created: 0 },
    });
    const listed = await getRoundSurveys(deps, admin, round.id);
    expect(listed.ok && listed.value.missing).toEqual([]);
    expect(
      listed.ok && listed.value.surveys.map((s) => [s.kind, s.state, s.questionCount]),
    ).toEqual([
      ["mid", "scheduled", 5],
      ["end", "scheduled", 9],
    ]);
    // Halfway through the round, and on its end date.
    expect(listed.ok && listed.value.surveys.map((s) => s.sendAt)).toEqual([
      new Date((round.startsAt.getTime() + round.endsAt.getTime()) / 2),
      round.endsAt,
    ]);
    expect((await auditOf(round.id)).filter((a) => a.action === "survey.created")).toHaveLength(1);
  });

  it("are created when the round's matching is published", async () => {
    const round = await createClosedRound(deps, admin);
    await addApplicants(deps, round, [
      { email: "pub0@example.org", name: "Pub Zero", country: "FI" },
      { email: "pub1@example.org", name: "Pub One", country: "KE" },
    ]);
    const started = await startMatchingRun(deps, admin, {
      roundId: round.id,
      criteria: defaultCriteria({ allowTriads: false }),
      seed: 1,
      basedOnRunId: null,
    });
    if (!started.ok) throw new Error(JSON.stringify(started.error));
    await computeMatchingRun(deps, { runId: started.value.runId });
    expect(await surveysOf(round.id)).toEqual([]);
    const published = await publishRun(deps, admin, {
      roundId: round.id,
      runId: started.value.runId,
    });
    expect(published.ok).toBe(true);
    expect((await surveysOf(round.id)).map((s) => [s.kind, s.sendAt])).toEqual([
      ["mid", new Date((round.startsAt.getTime() + round.endsAt.getTime()) / 2)],
      ["end", round.endsAt],
    ]);
  });

  it("move with the round's dates until a facilitator sets their own, and not once due", async () => {
    const round = await createClosedRound(deps, admin, {
      startsAt: new Date("2028-03-01T09:00:00Z"),
    });
    await createRoundSurveys(deps, admin, round.id);
    const [mid, end] = await surveysOf(round.id);
    await updateSurveyDates(deps, admin, {
      roundId: round.id,
      surveyId: end!.id,
      values: {
        sendAtLocal: "2028-07-01T09:00",
        remindAtLocal: "",
        closesAtLocal: "2028-07-20T09:00",
        timeZone: "UTC",
      },
    });
    const later = await moveRound(
      round,
      new Date(round.startsAt.getTime() + 10 * DAY),
      new Date(round.endsAt.getTime() + 20 * DAY),
    );
    const [movedMid, keptEnd] = await surveysOf(round.id);
    // Halfway through the new dates: 15 days later than before.
    expect(movedMid!.sendAt).toEqual(new Date(mid!.sendAt.getTime() + 15 * DAY));
    expect(movedMid!.closesAt).toEqual(new Date(mid!.closesAt.getTime() + 15 * DAY));
    expect(keptEnd!.sendAt).toEqual(new Date("2028-07-01T09:00:00Z"));

    // Once due, a survey's dates are its own.
    deps.clock.set(movedMid!.sendAt);
    await moveRound(later, later.startsAt, new Date(later.endsAt.getTime() + 30 * DAY));
    expect((await database.uow.read.surveys.findSurvey(mid!.id))!.sendAt).toEqual(movedMid!.sendAt);
    deps.clock.set("2027-01-01T00:00:00Z");
  });

  it("are not created by saving a round that has none", async () => {
    const round = await createClosedRound(deps, admin, {
      startsAt: new Date("2029-03-01T09:00:00Z"),
    });
    await moveRound(round, round.startsAt, new Date(round.endsAt.getTime() + DAY));
    expect(
      await database.db.select().from(surveyTable).where(eq(surveyTable.roundId, round.id)),
    ).toEqual([]);
  });
});
