import { describe, expect, it } from "vitest";
import { isOverCountryCap } from "../applications/country-cap.ts";
import { validateCustomAnswers } from "../applications/custom-answers.ts";
import { roundInputSchema } from "./round-input.ts";
import { acceptsApplications, allowedNextStatuses, checkRoundTransition } from "./round-status.ts";

describe("round status", () => {
  it("allows only the documented transitions", () => {
    expect(allowedNextStatuses("draft")).toEqual(["open"]);
    expect(checkRoundTransition("open", "closed")).toBeUndefined();
    expect(checkRoundTransition("closed", "open")).toBeUndefined();
    expect(checkRoundTransition("draft", "matched")).toEqual({
      code: "transition_not_allowed",
      from: "draft",
      to: "matched",
    });
    expect(checkRoundTransition("finished", "open")).toBeDefined();
  });

  it("takes applications only while open and between the dates", () => {
    const round = {
      status: "open",
      applicationsOpenAt: new Date("2027-01-01"),
      applicationsCloseAt: new Date("2027-02-01"),
    };
    expect(acceptsApplications(round, new Date("2027-01-15"))).toBe(true);
    expect(acceptsApplications(round, new Date("2026-12-31"))).toBe(false);
    expect(acceptsApplications(round, new Date("2027-02-01"))).toBe(false);
    expect(acceptsApplications({ ...round, status: "closed" }, new Date("2027-01-15"))).toBe(false);
  });
});

describe("country cap", () => {
  it("waitlists only past the cap, and only once the round is big enough", () => {
    expect(
      isOverCountryCap({
        capPercent: 20,
        minApplications: 20,
        activeTotal: 3,
        activeFromCountry: 3,
      }),
    ).toBe(false);
    expect(
      isOverCountryCap({
        capPercent: 20,
        minApplications: 20,
        activeTotal: 99,
        activeFromCountry: 19,
      }),
    ).toBe(false);
    expect(
      isOverCountryCap({
        capPercent: 20,
        minApplications: 20,
        activeTotal: 99,
        activeFromCountry: 20,
      }),
    ).toBe(true);
    expect(
      isOverCountryCap({
        capPercent: null,
        minApplications: 0,
        activeTotal: 99,
        activeFromCountry: 99,
      }),
    ).toBe(false);
  });
});

describe("round input", () => {
  const valid = {
    name: "Round 1",
    mode: "peer",
    applicationsOpenAt: new Date("2027-01-01"),
    applicationsCloseAt: new Date("2027-02-01"),
    matchingAt: new Date("2027-02-01"),
    startsAt: new Date("2027-02-10"),
    endsAt: new Date("2027-06-10"),
  };

  it("accepts dates in order (matching may be the day applications close)", () => {
    expect(roundInputSchema.safeParse(valid).success).toBe(true);
  });

  it("names the date that is out of order", () => {
    const result = roundInputSchema.safeParse({ ...valid, endsAt: new Date("2027-02-09") });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["endsAt"]);
  });

  it("requires a group size in group mode and a cap between 1 and 100", () => {
    const refusedPaths = (input: Record<string, unknown>) =>
      roundInputSchema.safeParse({ ...valid, ...input }).error?.issues.map((i) => i.path) ?? [];
    expect(refusedPaths({ mode: "group" })).toEqual([["groupSize"]]);
    expect(refusedPaths({ mode: "group", groupSize: 4 })).toEqual([]);
    expect(refusedPaths({ countryCapPercent: 0 })).toEqual([["countryCapPercent"]]);
    expect(refusedPaths({ countryCapPercent: 101 })).toEqual([["countryCapPercent"]]);
    expect(refusedPaths({ countryCapPercent: 1 })).toEqual([]);
    expect(refusedPaths({ countryCapPercent: 100 })).toEqual([]);
  });
});

describe("custom answers", () => {
  const questions = [
    { id: "a", kind: "short_text" as const, label: "A", required: true, options: [] },
    { id: "b", kind: "single_choice" as const, label: "B", required: false, options: ["x", "y"] },
    { id: "c", kind: "yes_no" as const, label: "C", required: true, options: [] },
    { id: "d", kind: "multiple_choice" as const, label: "D", required: false, options: ["p", "q"] },
  ];

  it("keeps valid answers and names each bad one", () => {
    const ok = validateCustomAnswers(questions, {
      q_a: " hi ",
      q_b: "y",
      q_c: "no",
      q_d: ["p", "q", "p"],
    });
    expect(ok.errors).toEqual({});
    expect(ok.answers).toEqual({ a: "hi", b: "y", c: false, d: ["p", "q"] });
    const bad = validateCustomAnswers(questions, { q_a: "", q_b: "z", q_c: "maybe", q_d: ["r"] });
    expect(Object.keys(bad.errors).sort()).toEqual(["q_a", "q_b", "q_c", "q_d"]);
    expect(bad.errors.q_a?.key).toBe("errors.required");
  });

  it("refuses oversized text", () => {
    const long = "x".repeat(301);
    expect(validateCustomAnswers(questions, { q_a: long, q_c: "yes" }).errors.q_a).toEqual({
      key: "errors.tooLong",
      values: { max: 300 },
    });
  });
});
