import { describe, expect, it } from "vitest";
import {
  SPOTLIGHT_STATUSES,
  answersOpenTo,
  isSpotlightVisible,
  mayThank,
  nextSpotlightStatus,
} from "./spotlight-status.ts";

describe("who sees a spotlight", () => {
  it("shows an asked spotlight to its author and colleague only", () => {
    expect(isSpotlightVisible("asked", "author")).toBe(true);
    expect(isSpotlightVisible("asked", "subject")).toBe(true);
    expect(isSpotlightVisible("asked", "other")).toBe(false);
  });

  it("shows a published one to everyone", () => {
    for (const part of ["author", "subject", "other"] as const)
      expect(isSpotlightVisible("published", part)).toBe(true);
  });

  it("keeps declined and withdrawn ones for the author alone", () => {
    for (const status of ["declined", "withdrawn"] as const) {
      expect(isSpotlightVisible(status, "author")).toBe(true);
      expect(isSpotlightVisible(status, "subject")).toBe(false);
      expect(isSpotlightVisible(status, "other")).toBe(false);
    }
  });
});

describe("answers", () => {
  it("agrees or declines once, withdraws a published one, and nothing else", () => {
    expect(nextSpotlightStatus("asked", "agree")).toBe("published");
    expect(nextSpotlightStatus("asked", "decline")).toBe("declined");
    expect(nextSpotlightStatus("published", "withdraw")).toBe("withdrawn");
    expect(nextSpotlightStatus("published", "agree")).toBeUndefined();
    expect(nextSpotlightStatus("asked", "withdraw")).toBeUndefined();
    expect(nextSpotlightStatus("withdrawn", "agree")).toBeUndefined();
    expect(nextSpotlightStatus("declined", "agree")).toBeUndefined();
  });

  it("offers exactly the answers that are allowed", () => {
    for (const status of SPOTLIGHT_STATUSES)
      for (const answer of ["agree", "decline", "withdraw"] as const)
        expect(answersOpenTo(status).includes(answer)).toBe(
          nextSpotlightStatus(status, answer) !== undefined,
        );
  });

  it("lets members other than the two people thank a published spotlight", () => {
    expect(mayThank("published", "other")).toBe(true);
    expect(mayThank("published", "author")).toBe(false);
    expect(mayThank("published", "subject")).toBe(false);
    expect(mayThank("asked", "other")).toBe(false);
  });
});
