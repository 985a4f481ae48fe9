import { describe, expect, it } from "vitest";
import { isolate } from "./isolate.ts";

describe("isolate", () => {
  it("wraps text with right-to-left letters in Unicode isolates, and leaves the rest", () => {
    expect(isolate("مريم الحسن")).toBe("\u2068مريم الحسن\u2069");
    expect(isolate("אורי")).toBe("\u2068אורי\u2069");
    expect(isolate("Aiko Tanaka")).toBe("Aiko Tanaka");
    expect(isolate("")).toBe("");
  });
});
