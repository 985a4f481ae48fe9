/**
 * The limits hold where the issue found them missing: through the auth API as through the
 * pages (which call the same endpoints server-side), keyed by the address the server set
 * (a client's X-Forwarded-For changes nothing), and answered with 429 and Retry-After.
 */
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../db/test-database.ts";
import { testUseCaseDeps } from "../db/test-use-case-deps.ts";
import { systemIds } from "../ids.ts";
import { createUseCases } from "../use-cases/use-cases.ts";
import { CLIENT_ADDRESS_HEADER } from "./client-address.ts";
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
    secret: "throttle-test-secret-0123456789-abcdefghij",
    rateLimit: true,
    onEmailQueued: () => undefined,
  });
  await auth.api.signUpEmail({
    body: { name: "Ada", email: "ada@example.org", password: "the-right-password" },
  });
});
afterAll(async () => database.close());

const fromClient = (address: string, more: Record<string, string> = {}) =>
  new Headers({ [CLIENT_ADDRESS_HEADER]: address, ...more });

/** A server-side call's answer: its status, and Retry-After when it was refused. */
async function answerOf(call: Promise<Response>) {
  try {
    const response = await call;
    return { status: response.status, retryAfter: response.headers.get("Retry-After") };
  } catch (error) {
    const refused = error as { statusCode?: number; headers?: HeadersInit };
    return {
      status: refused.statusCode ?? 500,
      retryAfter: new Headers(refused.headers).get("Retry-After"),
    };
  }
}

describe("sign-in throttling", () => {
  it("refuses the 11th password attempt for one address, even the right password", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const answer = await answerOf(
        auth.api.signInEmail({
          body: { email: "ada@example.org", password: `wrong-password-${i}` },
          // Each guess from another client, as a botnet would send them.
          headers: fromClient(`198.51.100.${i}`),
          asResponse: true,
        }),
      );
      statuses.push(answer.status);
    }
    expect(statuses.every((s) => s === 401)).toBe(true);
    const right = await answerOf(
      auth.api.signInEmail({
        body: { email: "ada@example.org", password: "the-right-password" },
        headers: fromClient("198.51.100.77"),
        asResponse: true,
      }),
    );
    expect(right.status).toBe(429);
    expect(Number(right.retryAfter)).toBeGreaterThan(0);
  });

  it("keys the API's own limiter by the address the server saw, not X-Forwarded-For", async () => {
    const post = (client: string, forwardedFor: string, n: number) =>
      auth.handler(
        new Request(`${BASE}/api/auth/sign-in/email`, {
          method: "POST",
          headers: fromClient(client, {
            "content-type": "application/json",
            origin: BASE,
            "x-forwarded-for": forwardedFor,
          }),
          body: JSON.stringify({ email: `someone${n}@example.org`, password: "whatever-123" }),
        }),
      );
    // One client changing its X-Forwarded-For each time is still one client: better-auth
    // lets 3 sign-in requests through in 10 seconds.
    const one: number[] = [];
    for (let i = 0; i < 6; i++) one.push((await post("203.0.113.5", `192.0.2.${i}`, i)).status);
    expect(one.filter((s) => s === 429)).toHaveLength(3);
    // Different clients behind the same claimed address are different clients.
    const many: number[] = [];
    for (let i = 0; i < 6; i++)
      many.push((await post(`203.0.113.${20 + i}`, "192.0.2.1", i)).status);
    expect(many.filter((s) => s === 429)).toHaveLength(0);
  });
});

describe("email throttling", () => {
  it("sends at most 3 sign-in links to one address a quarter-hour, then says 429", async () => {
    const outcomes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await answerOf(
        auth.api.signInMagicLink({
          body: { email: "flooded@example.org" },
          headers: fromClient(`192.0.2.${100 + i}`),
          asResponse: true,
        }),
      );
      outcomes.push(answer.status);
    }
    expect(outcomes).toEqual([200, 200, 200, 429, 429]);
    const toFlooded = (await database.db.select().from(schema.emailOutbox)).filter(
      (row) => row.toAddress === "flooded@example.org",
    );
    expect(toFlooded).toHaveLength(3);
  });
});
