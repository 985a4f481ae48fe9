/**
 * A partnership's last contact (what silence counts from) is kept on the partnership by the
 * repositories that write meetings and check-in answers. Through the use cases people use, each
 * kind of write must leave it true: what the facilitator sees (the dashboard's silent pairs)
 * and what the pair gets (a nudge or not) follow every meeting logged, changed, deleted or
 * held as planned, and every "in touch" answer given or taken back.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { user } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { defaultCriteria } from "../../domain/matching/matching-criteria.ts";
import type { MeetingForm } from "../../domain/partnerships/meeting-input.ts";
import { computeMatchingRun } from "../matching/compute-matching-run.ts";
import { publishRun } from "../matching/publish-run.ts";
import { startMatchingRun } from "../matching/start-matching-run.ts";
import type { Actor } from "../result.ts";
import { getRoundDashboard } from "../rounds/get-round-dashboard.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { addApplicants, createClosedRound } from "../testing/matching-fixtures.ts";
import { answerCheckIn } from "./answer-check-in.ts";
import { changeMeeting } from "./change-meeting.ts";
import { deleteMeeting } from "./delete-meeting.ts";
import { followUpPartnerships } from "./follow-up-partnerships.ts";
import { logMeeting } from "./log-meeting.ts";
import { sendDueCheckIns } from "./send-due-check-ins.ts";

const admin: Actor = { userId: "lc-admin", role: "admin" };
const ana: Actor = { userId: "lc-ana", role: "user" };

let database: TestDatabase;
let deps: TestUseCaseDeps;
let round: RoundRecord;
let partnershipId: string;

const form = (startsAt: string): MeetingForm => ({
  startsAt,
  durationMinutes: "45",
  place: "online",
  format: "one_to_one",
  sharedNote: "",
  privateNote: "",
});

/** Ana (Madrid, UTC+1 until late March) and Ben, paired; the round starts on 10 February. */
beforeAll(async () => {
  database = await openTestDatabase();
  deps = testUseCaseDeps(database, "2027-02-01T12:00:00Z");
  await database.db.insert(user).values([
    { id: admin.userId, name: "Ada", email: "lc-admin@example.org", role: "admin" },
    {
      id: ana.userId,
      name: "Ana",
      email: "lc-ana@example.org",
      emailVerified: true,
      role: "user",
    },
  ]);
  round = await createClosedRound(deps, admin, { startsAt: new Date("2027-02-10T00:00:00Z") });
  await addApplicants(deps, round, [
    { email: "lc-ana@example.org", name: "Ana", country: "ES", timeZone: "Europe/Madrid" },
    { email: "lc-ben@example.org", name: "Ben", country: "KE" },
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
  const [found] = await database.uow.read.partnerships.listForEmail("lc-ana@example.org");
  partnershipId = found!.partnership.id;
});
afterAll(async () => database.close());

/** The dashboard's silent pairs (nudgeAfterDays is 14), and the column against its rows. */
async function silentOnDashboard(): Promise<number> {
  // The kept column against what the pair's meetings and answers say now.
  const result: unknown = await database.db.execute(sql`
    select p.last_contact_at::text as kept, greatest(
      (select max(m.starts_at) from meeting m where m.partnership_id = p.id and m.status = 'held'),
      (select max(c.answered_at) from check_in c
       where c.partnership_id = p.id and c.answer = 'in_touch'))::text as recomputed
    from partnership p where p.id = ${partnershipId}`);
  const [row] = (result as { rows: { kept: string | null; recomputed: string | null }[] }).rows;
  expect(row!.kept).toBe(row!.recomputed);
  const dashboard = await getRoundDashboard(deps, admin, { roundId: round.id, timeZone: "UTC" });
  if (!dashboard.ok) throw new Error(JSON.stringify(dashboard.error));
  return dashboard.value.partnerships.silent;
}

/** The last contact the follow-up job reads for the pair. */
async function lastContact(): Promise<Date | null> {
  const rows = await database.uow.read.checkIns.listSilenceRows(round.id);
  return rows.find((r) => r.partnershipId === partnershipId)!.lastContactAt;
}

describe("a pair's last contact", () => {
  it("follows every meeting logged, changed, deleted or held as planned, and every 'in touch' given or taken back", async () => {
    deps.clock.set("2027-03-01T12:00:00Z");
    // Nineteen days since the start without contact: silent.
    expect(await silentOnDashboard()).toBe(1);

    // Met on 20 February (15:00 in Madrid): nine days ago, not silent.
    const logged = await logMeeting(deps, ana, {
      partnershipId,
      form: form("2027-02-20T15:00"),
    });
    if (!logged.ok) throw new Error(JSON.stringify(logged.error));
    expect(await lastContact()).toEqual(new Date("2027-02-20T14:00:00Z"));
    expect(await silentOnDashboard()).toBe(0);

    // Corrected to 12 February: seventeen days ago, silent again.
    expect(
      (
        await changeMeeting(deps, ana, {
          partnershipId,
          meetingId: logged.value.id,
          form: form("2027-02-12T15:00"),
        })
      ).ok,
    ).toBe(true);
    expect(await lastContact()).toEqual(new Date("2027-02-12T14:00:00Z"));
    expect(await silentOnDashboard()).toBe(1);

    // Deleted: no contact at all.
    expect((await deleteMeeting(deps, ana, { partnershipId, meetingId: logged.value.id })).ok).toBe(
      true,
    );
    expect(await lastContact()).toBeNull();
    expect(await silentOnDashboard()).toBe(1);

    // Planned for 3 March: not contact yet; once its time has passed, the follow-up job marks
    // it held, and does not nudge a pair that has just met.
    const planned = await logMeeting(deps, ana, {
      partnershipId,
      form: form("2027-03-03T15:00"),
    });
    expect(planned.ok && planned.value.status).toBe("planned");
    expect(await lastContact()).toBeNull();
    deps.clock.set("2027-03-04T12:00:00Z");
    expect(await followUpPartnerships(deps)).toEqual({ nudged: 0, listed: 0 });
    expect(await lastContact()).toEqual(new Date("2027-03-03T14:00:00Z"));
    expect(await silentOnDashboard()).toBe(0);

    // Ben answers the check-in "in touch" on 20 March (seventeen days after the meeting) …
    await sendDueCheckIns(deps);
    const outbox = await database.uow.read.outbox.list(
      { offset: 0, limit: 10 },
      "lc-ben@example.org",
    );
    const checkInMail = outbox.items.find((m) => m.kind === "check-in")!;
    const token = /We've been in touch:\n\S*\/check-in\/(\S+)/.exec(checkInMail.bodyText)![1]!;
    deps.clock.set("2027-03-20T12:00:00Z");
    expect(await silentOnDashboard()).toBe(1);
    expect(
      (await answerCheckIn(deps, token, { answer: "in_touch", goodMatch: "", note: "" })).ok,
    ).toBe(true);
    expect(await lastContact()).toEqual(new Date("2027-03-20T12:00:00Z"));
    expect(await silentOnDashboard()).toBe(0);

    // … and takes it back the next day: the meeting of 3 March is the last contact again.
    deps.clock.set("2027-03-21T12:00:00Z");
    expect(
      (await answerCheckIn(deps, token, { answer: "not_yet", goodMatch: "", note: "" })).ok,
    ).toBe(true);
    expect(await lastContact()).toEqual(new Date("2027-03-03T14:00:00Z"));
    expect(await silentOnDashboard()).toBe(1);
    // Silent again for the job too: the pair gets its nudge.
    expect(await followUpPartnerships(deps)).toEqual({ nudged: 1, listed: 0 });
  });
});
