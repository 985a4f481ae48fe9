import { describe, expect, it } from "vitest";
import {
  EMAIL_PER_ADDRESS,
  rateLimitKey,
  secondsToWindowEnd,
  SIGN_IN_PER_CLIENT,
  windowStart,
} from "./rate-limits.ts";

describe("rate limit windows", () => {
  it("puts every moment of a window in the same window and the next moment in the next", () => {
    const start = windowStart(new Date("2026-12-02T10:07:30Z"), EMAIL_PER_ADDRESS);
    expect(start.toISOString()).toBe("2026-12-02T10:00:00.000Z");
    expect(windowStart(new Date("2026-12-02T10:14:59.999Z"), EMAIL_PER_ADDRESS)).toEqual(start);
    expect(windowStart(new Date("2026-12-02T10:15:00Z"), EMAIL_PER_ADDRESS).toISOString()).toBe(
      "2026-12-02T10:15:00.000Z",
    );
  });

  it("tells how long to wait, rounded up, never zero", () => {
    expect(secondsToWindowEnd(new Date("2026-12-02T10:00:59.200Z"), SIGN_IN_PER_CLIENT)).toBe(1);
    expect(secondsToWindowEnd(new Date("2026-12-02T10:00:00Z"), SIGN_IN_PER_CLIENT)).toBe(60);
    expect(secondsToWindowEnd(new Date("2026-12-02T10:07:30Z"), EMAIL_PER_ADDRESS)).toBe(450);
  });

  it("counts an address the same however it is typed", () => {
    expect(rateLimitKey(EMAIL_PER_ADDRESS, " Ada@Example.ORG ")).toBe(
      rateLimitKey(EMAIL_PER_ADDRESS, "ada@example.org"),
    );
    expect(rateLimitKey(EMAIL_PER_ADDRESS, "a@b.c")).not.toBe(
      rateLimitKey(SIGN_IN_PER_CLIENT, "a@b.c"),
    );
  });
});
