import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { user } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { findMyEmailChoices, setMyEmailChoices } from "./my-email-choices.ts";
import { unsubscribeUrl } from "./enqueue-email.ts";
import { readUnsubscribeLink } from "./unsubscribe-link.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
const verified = { userId: "verified", role: "user" as const };
const unverified = { userId: "unverified", role: "user" as const };

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "verified", name: "Vera", email: "Vera@Example.org", emailVerified: true },
    { id: "unverified", name: "Ulla", email: "vera@example.org", emailVerified: false },
  ]);
  deps = testUseCaseDeps(database, "2027-03-01T10:00:00Z");
});
afterAll(async () => database.close());

describe("a participant's email choices", () => {
  it("are the one-click links' choices, seen and changed only by an account that proved its address", async () => {
    expect(await findMyEmailChoices(deps, verified)).toEqual({
      ok: true,
      value: {
        email: "vera@example.org",
        choices: [
          { kind: "topics", receive: true },
          { kind: "check-ins", receive: true },
          { kind: "nudges", receive: true },
          { kind: "reminders", receive: true },
          { kind: "surveys", receive: true },
          { kind: "digests", receive: true },
          { kind: "events", receive: true },
        ],
      },
    });
    // Someone who signed up with her address but never proved it sees and changes nothing.
    expect((await findMyEmailChoices(deps, unverified)).ok).toBe(false);
    expect((await setMyEmailChoices(deps, unverified, [])).ok).toBe(false);

    await setMyEmailChoices(deps, verified, ["check-ins", "reminders"]);
    const after = await findMyEmailChoices(deps, verified);
    expect(after.ok && after.value.choices.filter((c) => c.receive).map((c) => c.kind)).toEqual([
      "check-ins",
      "reminders",
    ]);
    // The topics email's one-click link agrees: she no longer receives topics.
    const token = unsubscribeUrl(deps, "topics", "vera@example.org").split("/").at(-1)!;
    const link = await readUnsubscribeLink(deps, token);
    expect(link.ok && link.value.receiving).toBe(false);
  });
});
