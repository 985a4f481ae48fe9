import { describe, expect, it } from "vitest";
import {
  anonymisationDueAt,
  isAnonymisationDue,
  parseRetentionInput,
} from "./application-retention.ts";
import { confirmsErasure, erasedAddress, isErasedAddress } from "./erasure.ts";

const ended = new Date("2027-01-31T18:00:00Z");
const round = { status: "finished", endsAt: ended, applicationsAnonymisedAt: null };

describe("the retention of a finished round's applications", () => {
  it("is due the set number of days after the round ends, never when kept", () => {
    expect(anonymisationDueAt(ended, 30)).toEqual(new Date("2027-03-02T18:00:00Z"));
    expect(anonymisationDueAt(ended, null)).toBeNull();
    expect(isAnonymisationDue(round, 30, new Date("2027-03-02T17:59:59Z"))).toBe(false);
    expect(isAnonymisationDue(round, 30, new Date("2027-03-02T18:00:00Z"))).toBe(true);
    expect(isAnonymisationDue(round, null, new Date("2099-01-01T00:00:00Z"))).toBe(false);
  });

  it("leaves rounds under way and rounds already anonymised alone", () => {
    const later = new Date("2030-01-01T00:00:00Z");
    expect(isAnonymisationDue({ ...round, status: "active" }, 30, later)).toBe(false);
    expect(isAnonymisationDue({ ...round, applicationsAnonymisedAt: ended }, 30, later)).toBe(
      false,
    );
  });

  it("takes a whole number of days within the limits, or keeping them", () => {
    expect(parseRetentionInput({ keep: "days", days: " 365 " })).toEqual({ ok: true, value: 365 });
    expect(parseRetentionInput({ keep: "forever" })).toEqual({ ok: true, value: null });
    for (const days of ["", "29", "3651", "1.5", "-40", "abc"])
      expect(parseRetentionInput({ keep: "days", days })).toEqual({
        ok: false,
        fieldErrors: {
          days: { key: "privacy:retention.errors.days", values: { min: 30, max: 3650 } },
        },
      });
  });
});

describe("erasure", () => {
  it("gives each anonymised row an address no email can reach", () => {
    expect(erasedAddress("app-1")).toBe("erased-app-1@erased.invalid");
    expect(isErasedAddress(erasedAddress("app-1"))).toBe(true);
    expect(isErasedAddress("ana@example.org")).toBe(false);
  });

  it("is confirmed by typing one's own address", () => {
    expect(confirmsErasure(" Ana@Example.org ", "ana@example.org")).toBe(true);
    expect(confirmsErasure("ana@example.com", "ana@example.org")).toBe(false);
    expect(confirmsErasure("", "")).toBe(false);
  });
});
