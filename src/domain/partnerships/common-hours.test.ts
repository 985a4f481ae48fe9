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
    const none = { availability: [], timeZone: "UTC" };
    // Monday 06–10 in Tokyo (UTC+9) is Sunday 21:00 to Monday 01:00 UTC, across the week's
    // end; Sunday 10–14 in Los Angeles (UTC−7 in July) is Sunday 17–21 UTC: they only touch.
    const mondayTokyo = { availability: ["mon-06"], timeZone: "Asia/Tokyo" };
    const sundayLosAngeles = { availability: ["sun-10"], timeZone: "America/Los_Angeles" };
    const nothing = { hoursPerWeek: 0, intervals: [] };
    expect(commonWeeklyHours(none, sundayLosAngeles, july, "UTC")).toEqual(nothing);
    expect(commonWeeklyHours(mondayTokyo, sundayLosAngeles, july, "UTC")).toEqual(nothing);
    // One block later in Los Angeles (Sunday 21:00 to Monday 01:00 UTC) they share all four
    // hours, split at the reader's midnight: the zones and the week's end are applied.
    const laterLosAngeles = { availability: ["sun-14"], timeZone: "America/Los_Angeles" };
    expect(commonWeeklyHours(mondayTokyo, laterLosAngeles, july, "UTC")).toEqual({
      hoursPerWeek: 4,
      intervals: [
        { day: 0, startMinute: 0, endMinute: 60 },
        { day: 6, startMinute: 21 * 60, endMinute: 24 * 60 },
      ],
    });
  });
});
