import { describe, expect, it } from "vitest";
import { localDateTimeToInstant } from "./time-zones.ts";

const at = (local: string, zone: string) => localDateTimeToInstant(local, zone)?.toISOString();

describe("a typed wall-clock time", () => {
  it("is the instant the zone's clocks show it, on either side of UTC", () => {
    expect(at("2027-01-15T09:00", "UTC")).toBe("2027-01-15T09:00:00.000Z");
    expect(at("2027-01-15T09:00", "Asia/Kolkata")).toBe("2027-01-15T03:30:00.000Z");
    expect(at("2027-01-15T09:00", "America/Sao_Paulo")).toBe("2027-01-15T12:00:00.000Z");
    expect(at("2027-07-15T09:00", "America/Los_Angeles")).toBe("2027-07-15T16:00:00.000Z");
    expect(at("2027-01-15T09:00:00", "Asia/Kathmandu")).toBe("2027-01-15T03:15:00.000Z");
  });

  it("moves a time in the spring gap forward by the gap, east and west of UTC", () => {
    expect(at("2027-03-28T02:30", "Europe/Madrid")).toBe("2027-03-28T01:30:00.000Z"); // 03:30 CEST
    expect(at("2027-03-14T02:15", "America/New_York")).toBe("2027-03-14T07:15:00.000Z"); // 03:15 EDT
    expect(at("2027-09-26T02:30", "Pacific/Auckland")).toBe("2027-09-25T14:30:00.000Z"); // 03:30 NZDT
    // Lord Howe Island moves its clocks by half an hour.
    expect(at("2027-10-03T02:10", "Australia/Lord_Howe")).toBe("2027-10-02T15:40:00.000Z"); // 02:40 +11
  });

  it("takes the first of a time that happens twice", () => {
    expect(at("2027-10-31T02:30", "Europe/Madrid")).toBe("2027-10-31T00:30:00.000Z");
    expect(at("2027-11-07T01:30", "America/New_York")).toBe("2027-11-07T05:30:00.000Z");
  });

  it("is exact just around a change", () => {
    expect(at("2027-03-28T01:59", "Europe/Madrid")).toBe("2027-03-28T00:59:00.000Z");
    expect(at("2027-03-28T03:00", "Europe/Madrid")).toBe("2027-03-28T01:00:00.000Z");
    expect(at("2027-10-31T03:00", "Europe/Madrid")).toBe("2027-10-31T02:00:00.000Z");
  });

  it("has no instant for malformed or impossible input", () => {
    for (const bad of [
      "",
      "2027-03-10",
      "2027-13-01T10:00",
      "2027-02-29T10:00",
      "2027-04-31T10:00",
    ])
      expect(at(bad, "UTC"), bad).toBeUndefined();
    expect(at("2028-02-29T10:00", "UTC")).toBe("2028-02-29T10:00:00.000Z");
  });
});
