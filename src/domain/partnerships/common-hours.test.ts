import { describe, expect, it } from "vitest";
import { commonWeeklyHours } from "./common-hours.ts";

const july = new Date("2027-07-01T12:00:00Z");

describe("commonWeeklyHours", () => {
  it("shows the hours both are free on the reader's own clock", () => {
    // Athens (UTC+3 in July) Tuesday 14–18 is 11–15 UTC; Madrid (UTC+2) Tuesday 10–14 is 8–12 UTC.
    const athens = { availability: ["tue-14"], timeZone: "Europe/Athens" };
    const madrid = { availability: ["tue-10"], timeZone: "Europe/Madrid" };
    const forAthens = commonWeeklyHours(athens, madrid, july, "Europe/Athens");
    expect(forAthens.hoursPerWeek).toBe(1);
    expect(forAthens.intervals).toEqual([{ day: 1, startMinute: 14 * 60, endMinute: 15 * 60 }]);
    const forMadrid = commonWeeklyHours(madrid, athens, july, "Europe/Madrid");
    expect(forMadrid.intervals).toEqual([{ day: 1, startMinute: 13 * 60, endMinute: 14 * 60 }]);
  });

  it("splits an interval at the reader's midnight and handles half-hour zones", () => {
    // Kolkata (UTC+5:30) Monday 18–22 = 12:30–16:30 UTC; a UTC reader free Monday 10–18 shares 12:30–16:30.
    const kolkata = { availability: ["mon-18"], timeZone: "Asia/Kolkata" };
    const london = { availability: ["mon-10", "mon-14"], timeZone: "UTC" };
    expect(commonWeeklyHours(kolkata, london, july, "UTC").intervals).toEqual([
      { day: 0, startMinute: 12 * 60 + 30, endMinute: 16 * 60 + 30 },
    ]);
    // Read from Auckland (UTC+12 in July): 00:30–04:30 on Tuesday.
    expect(commonWeeklyHours(kolkata, london, july, "Pacific/Auckland").intervals).toEqual([
      { day: 1, startMinute: 30, endMinute: 4 * 60 + 30 },
    ]);
  });

  it("gives nothing when there is no overlap or no availability", () => {
    const a = { availability: [], timeZone: "UTC" };
    const b = { availability: ["sun-18"], timeZone: "UTC" };
    expect(commonWeeklyHours(a, b, july, "UTC")).toEqual({ hoursPerWeek: 0, intervals: [] });
  });
});
