import { describe, expect, it } from "vitest";
import {
  TIME_ZONES,
  instantToLocalDateTime,
  isTimeZone,
  localDateTimeToInstant,
  utcOffsetMinutes,
} from "./time-zones.ts";

describe("time zones", () => {
  it("accepts IANA names and aliases, rejects others", () => {
    expect(isTimeZone("Europe/Athens")).toBe(true);
    expect(isTimeZone("Asia/Kolkata")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("<script>")).toBe(false);
  });

  it("offers zones by their current names", () => {
    expect(TIME_ZONES).toContain("Asia/Kolkata");
    expect(TIME_ZONES).toContain("Europe/Kyiv");
    expect(TIME_ZONES).not.toContain("Asia/Calcutta");
    expect(TIME_ZONES.every(isTimeZone)).toBe(true);
  });

  it("knows offsets, including half hours and DST", () => {
    expect(utcOffsetMinutes("Asia/Kolkata", new Date("2026-06-01T00:00:00Z"))).toBe(330);
    expect(utcOffsetMinutes("Europe/Athens", new Date("2026-07-01T00:00:00Z"))).toBe(180);
    expect(utcOffsetMinutes("Europe/Athens", new Date("2026-01-01T00:00:00Z"))).toBe(120);
  });

  it("turns a wall-clock time typed in a zone into the right instant and back", () => {
    expect(localDateTimeToInstant("2026-12-01T09:00", "Europe/Athens")?.toISOString()).toBe(
      "2026-12-01T07:00:00.000Z",
    );
    expect(localDateTimeToInstant("2026-07-01T09:00", "America/New_York")?.toISOString()).toBe(
      "2026-07-01T13:00:00.000Z",
    );
    expect(instantToLocalDateTime(new Date("2026-12-01T07:00:00Z"), "Europe/Athens")).toBe(
      "2026-12-01T09:00",
    );
    expect(localDateTimeToInstant("2026-02-30T09:00", "UTC")).toBeUndefined();
    expect(localDateTimeToInstant("tomorrow", "UTC")).toBeUndefined();
  });
});
