/**
 * Rate limits hold as the issue found them missing: 30 wrong passwords in a second are no
 * longer all tried, one client cannot ask for an unbounded number of emails to one address,
 * and several instances (here: concurrent transactions) count against the same allowance.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APPLY_PER_CLIENT,
  EMAIL_PER_ADDRESS,
  EMAIL_PER_CLIENT,
  SIGN_IN_PER_ADDRESS,
  SIGN_IN_PER_CLIENT,
} from "../../domain/trust/rate-limits.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { pruneRateLimits } from "./prune-rate-limits.ts";
import { throttleRequest } from "./throttle-request.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;

beforeAll(async () => {
  database = await openTestDatabase();
  deps = testUseCaseDeps(database, "2027-03-01T09:00:00Z");
});
afterAll(async () => database.close());

const allowedCount = (results: { allowed: boolean }[]) => results.filter((r) => r.allowed).length;

describe("throttling sign-in attempts and emails", () => {
  it("lets an address try its password 10 times a quarter-hour, then asks it to wait", async () => {
    const results = [];
    for (let i = 0; i < 30; i++)
      results.push(
        await throttleRequest(deps, {
          kind: "password-sign-in",
          email: "Guessed@Example.org",
          // a different client each time: the address's own limit still holds
          client: `198.51.100.${i}`,
        }),
      );
    expect(allowedCount(results)).toBe(SIGN_IN_PER_ADDRESS.limit);
    expect(results[SIGN_IN_PER_ADDRESS.limit]).toEqual({
      allowed: false,
      retryAfterSeconds: 15 * 60,
    });
    // Typed differently, it is the same address.
    const again = await throttleRequest(deps, {
      kind: "password-sign-in",
      email: "guessed@example.org",
      client: "198.51.100.200",
    });
    expect(again.allowed).toBe(false);
  });

  it("limits one client spraying many addresses, and frees it in the next window", async () => {
    deps.clock.set("2027-03-01T10:00:00Z");
    const results = [];
    for (let i = 0; i < 40; i++)
      results.push(
        await throttleRequest(deps, {
          kind: "password-sign-in",
          email: `person${i}@example.org`,
          client: "203.0.113.7",
        }),
      );
    expect(allowedCount(results)).toBe(SIGN_IN_PER_CLIENT.limit);
    // Another client is not locked out by this one.
    const other = await throttleRequest(deps, {
      kind: "password-sign-in",
      email: "someone@example.org",
      client: "203.0.113.8",
    });
    expect(other.allowed).toBe(true);
    deps.clock.set("2027-03-01T10:01:00Z");
    const later = await throttleRequest(deps, {
      kind: "password-sign-in",
      email: "person99@example.org",
      client: "203.0.113.7",
    });
    expect(later.allowed).toBe(true);
  });

  it("counts concurrent requests exactly, as several instances would send them", async () => {
    deps.clock.set("2027-03-01T11:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        throttleRequest(deps, {
          kind: "email",
          email: "flooded@example.org",
          client: `192.0.2.${i}`,
        }),
      ),
    );
    expect(allowedCount(results)).toBe(EMAIL_PER_ADDRESS.limit);
  });

  it("bounds the emails one client asks for to any addresses", async () => {
    deps.clock.set("2027-03-01T12:00:00Z");
    const results = [];
    for (let i = 0; i < 25; i++)
      results.push(
        await throttleRequest(deps, {
          kind: "email",
          email: `victim${i}@example.org`,
          client: "192.0.2.99",
        }),
      );
    expect(allowedCount(results)).toBe(EMAIL_PER_CLIENT.limit);
  });

  it("bounds the applications one client sends, each of which emails the address it gives", async () => {
    deps.clock.set("2027-03-01T13:00:00Z");
    const results = [];
    for (let i = 0; i < 15; i++)
      results.push(
        await throttleRequest(deps, {
          kind: "application",
          email: `applicant${i}@example.org`,
          client: "192.0.2.150",
        }),
      );
    expect(allowedCount(results)).toBe(APPLY_PER_CLIENT.limit);
  });

  it("forgets windows a day after they began", async () => {
    deps.clock.set("2027-03-03T12:00:00Z");
    expect(await pruneRateLimits(deps)).toBeGreaterThan(0);
    expect(await pruneRateLimits(deps)).toBe(0);
  });
});
