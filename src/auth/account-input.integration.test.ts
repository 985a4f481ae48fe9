/**
 * What the auth API accepts from anyone: a name short enough for the session cookie, and a
 * sign-up that answers the same whether or not the address has an account (its owner is
 * told by email instead). And what it writes beside a name: the name as searched.
 */
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../db/test-database.ts";
import { testUseCaseDeps } from "../db/test-use-case-deps.ts";
import { systemIds } from "../ids.ts";
import { createUseCases } from "../use-cases/use-cases.ts";
import { createAuth, type Auth } from "./create-auth.ts";

let database: TestDatabase;
let auth: Auth;
const BASE = "http://auth.test.localhost";

beforeAll(async () => {
  database = await openTestDatabase();
  const useCases = createUseCases(testUseCaseDeps(database, new Date()));
  auth = createAuth({
    database: drizzleAdapter(database.db, { provider: "pg", schema }),
    useCases,
    ids: systemIds,
    baseUrl: BASE,
    secret: "account-input-test-secret-0123456789-abcdef",
    rateLimit: false,
    onEmailQueued: () => undefined,
  });
});
afterAll(async () => database.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  auth.handler(
    new Request(`${BASE}/api/auth${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: BASE, ...headers },
      body: JSON.stringify(body),
    }),
  );

const signUp = (name: string, email: string) =>
  post("/sign-up/email", { name, email, password: "a-long-enough-password" });

async function emailsTo(address: string) {
  const { items } = await database.uow.read.outbox.list({ offset: 0, limit: 20 }, address);
  return items;
}

/** Follows the address's verification link: the session it starts, as a Cookie header. */
async function verifiedSession(address: string): Promise<string> {
  const [verification] = await emailsTo(address);
  const url = /https?:\/\/\S+verify-email\S+/.exec(verification?.bodyText ?? "")?.[0];
  if (!url) throw new Error("no verification link");
  const verified = await auth.handler(new Request(url.replace(/[).,]+$/, "")));
  const cookie = (verified.headers.getSetCookie() ?? []).map((c) => c.split(";")[0]).join("; ");
  expect(cookie).toContain("session_token");
  return cookie;
}

describe("account names", () => {
  it("refuses a 100,000-character name at sign-up, saying how long a name may be", async () => {
    const response = await signUp("x".repeat(100_000), "long-name@example.org");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/200 characters/);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await emailsTo("long-name@example.org")).toEqual([]);
  });

  it("refuses it when a signed-in account changes its name", async () => {
    await signUp("Short", "renamed@example.org");
    const cookie = await verifiedSession("renamed@example.org");
    const response = await post("/update-user", { name: "x".repeat(100_000) }, { Cookie: cookie });
    expect(response.status).toBe(400);
    const session = await auth.api.getSession({ headers: new Headers({ Cookie: cookie }) });
    expect(session?.user.name).toBe("Short");
  });
});

describe("sign-up", () => {
  it("answers a known address as it answers a new one, and tells the owner by email", async () => {
    const first = await signUp("Ada", "known@example.org");
    const again = await signUp("Mallory", "known@example.org");
    const fresh = await signUp("Grace", "fresh@example.org");
    for (const response of [first, again, fresh]) {
      expect(response.status).toBe(200);
      // Nobody is signed in before proving the address, so a session says nothing either.
      expect(response.headers.get("set-cookie") ?? "").not.toContain("session_token");
    }
    const kinds = (await emailsTo("known@example.org")).map((email) => email.kind).sort();
    expect(kinds).toEqual(["account-exists", "verify-email"]);
    const notice = (await emailsTo("known@example.org")).find((e) => e.kind === "account-exists");
    expect(notice?.bodyText).toContain(`${BASE}/sign-in`);
    expect(notice?.bodyText).toContain(`${BASE}/forgot-password`);
  });
});

describe("finding a person by name", () => {
  it("finds an account by its name under the one search rule, as signed up and as renamed", async () => {
    const people = async (search: string) =>
      (
        await database.uow.read.privacy.listPeople(search, { offset: 0, limit: 10 }, new Date())
      ).items.map((p) => p.name);
    await signUp("José Núñez", "jn@example.org");
    expect(await people("jose nunez")).toEqual(["José Núñez"]);
    expect(await people("NÚÑEZ")).toEqual(["José Núñez"]);
    const cookie = await verifiedSession("jn@example.org");
    const renamed = await post("/update-user", { name: "Zoë Brontë" }, { Cookie: cookie });
    expect(renamed.status).toBe(200);
    expect(await people("bronte")).toEqual(["Zoë Brontë"]);
    expect(await people("nunez")).toEqual([]);
    // What the session says of the account carries no search text.
    const session = await auth.api.getSession({ headers: new Headers({ Cookie: cookie }) });
    expect(session?.user.name).toBe("Zoë Brontë");
    expect(Object.keys(session?.user ?? {})).not.toContain("searchText");
  });
});
