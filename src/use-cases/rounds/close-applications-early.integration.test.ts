import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { user } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import type { Actor } from "../result.ts";
import { addApplicants } from "../testing/matching-fixtures.ts";
import { createProgramme } from "../programmes/create-programme.ts";
import { changeRoundStatus } from "./change-round-status.ts";
import { saveRound } from "./save-round.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
const admin: Actor = { userId: "admin-user", role: "admin" };
const DAY = 86_400_000;

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values({
    id: "admin-user",
    name: "Ada",
    email: "ada@example.org",
    role: "admin",
  });
  deps = testUseCaseDeps(database, "2027-01-10T09:00:00Z");
});
afterAll(async () => database.close());

async function openRound(closesInDays: number) {
  const programme = await createProgramme(deps, admin, {
    name: `Programme ${deps.ids.newId().slice(0, 6)}`,
    defaultLanguage: "en",
  });
  if (!programme.ok) throw new Error("programme");
  const now = deps.clock.now().getTime();
  const saved = await saveRound(deps, admin, {
    programmeId: programme.value.id,
    round: {
      name: "Spring round",
      theme: "",
      mode: "peer",
      applicationsOpenAt: new Date(now - 5 * DAY),
      applicationsCloseAt: new Date(now + closesInDays * DAY),
      matchingAt: new Date(now + 20 * DAY),
      startsAt: new Date(now + 30 * DAY),
      endsAt: new Date(now + 150 * DAY),
      rulesMarkdown: "",
      countryCapPercent: null,
      allowTriads: false,
      groupSize: null,
    },
    questions: [],
  });
  if (!saved.ok) throw new Error("round");
  await changeRoundStatus(deps, admin, { roundId: saved.value.id, status: "open" });
  return (await deps.uow.read.rounds.findById(saved.value.id))!;
}

const outboxFor = async (emails: string[]) =>
  (await database.uow.read.outbox.list({ offset: 0, limit: 100 })).items.filter((m) =>
    emails.includes(m.toAddress),
  );

describe("closing applications before the promised date", () => {
  it("asks first, naming the date and how many would be told; then tells each applicant once", async () => {
    const round = await openRound(10);
    const people = await addApplicants(deps, round, [
      { email: "ana@example.org", country: "PE", status: "submitted", locale: "es" },
      { email: "ben@example.org", country: "KE", status: "accepted" },
      { email: "wes@example.org", country: "FI", status: "withdrawn" },
    ]);
    const emails = people.map((p) => p.email);
    const asked = await changeRoundStatus(deps, admin, { roundId: round.id, status: "closed" });
    expect(asked).toEqual({
      ok: false,
      error: {
        code: "conflict",
        reason: "close_early_unconfirmed",
        data: { promisedUntil: round.applicationsCloseAt.toISOString(), applicants: "2" },
      },
    });
    expect((await deps.uow.read.rounds.findById(round.id))!.status).toBe("open");
    expect(await outboxFor(emails)).toEqual([]);

    const closed = await changeRoundStatus(deps, admin, {
      roundId: round.id,
      status: "closed",
      closeEarlyConfirmed: true,
    });
    expect(closed.ok).toBe(true);
    const sent = await outboxFor(emails);
    expect(sent.map((m) => m.toAddress).sort()).toEqual(["ana@example.org", "ben@example.org"]);
    const ana = sent.find((m) => m.toAddress === "ana@example.org")!;
    expect(ana.subject).toBe("Las solicitudes para Spring round se cerraron antes");
    expect(ana.bodyText).toContain("20 de enero de 2027");
    expect(ana.bodyText).toContain("10 de enero de 2027");
  });

  it("closes without asking or emailing once the promised date has passed, or when nobody applied", async () => {
    const empty = await openRound(3);
    expect((await changeRoundStatus(deps, admin, { roundId: empty.id, status: "closed" })).ok).toBe(
      true,
    );
    const late = await openRound(1);
    const people = await addApplicants(deps, late, [{ email: "cy@example.org", country: "JP" }]);
    deps.clock.advanceDays(2);
    expect((await changeRoundStatus(deps, admin, { roundId: late.id, status: "closed" })).ok).toBe(
      true,
    );
    expect(await outboxFor(people.map((p) => p.email))).toEqual([]);
  });
});
