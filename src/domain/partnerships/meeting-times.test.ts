import { describe, expect, it } from "vitest";
import { suggestMeetingTimes } from "./meeting-times.ts";

const iso = (list: { startsAt: Date; durationMinutes: number }[]) =>
  list.map((s) => `${s.startsAt.toISOString()} ${s.durationMinutes}`);

describe("suggestMeetingTimes", () => {
  it("gives the next times both are free, on the day's own offsets", () => {
    // Madrid Tuesday 18–22 and New York Tuesday 10–18. Between 14 March (New York moves to
    // summer time) and 28 March (Madrid does), the gap is 5 hours instead of 6.
    const madrid = { availability: ["tue-18"], timeZone: "Europe/Madrid" };
    const newYork = { availability: ["tue-10", "tue-14"], timeZone: "America/New_York" };
    const now = new Date("2027-03-08T12:00:00Z");
    expect(iso(suggestMeetingTimes(madrid, newYork, "Europe/Madrid", now, { days: 28 }))).toEqual([
      // 9 March: both in winter time, New York 10:00 is 16:00 in Madrid: 18–22 overlaps.
      "2027-03-09T17:00:00.000Z 240",
      // 16 and 23 March: New York 10–18 is 15–23 Madrid: still 18–22.
      "2027-03-16T17:00:00.000Z 240",
      "2027-03-23T17:00:00.000Z 240",
      // 30 March: Madrid in summer time too: 18:00 Madrid is 16:00 UTC.
      "2027-03-30T16:00:00.000Z 240",
    ]);
    // Read from New York (12:00 or 13:00 there), the same moments.
    expect(
      iso(suggestMeetingTimes(madrid, newYork, "America/New_York", now, { days: 28 })),
    ).toEqual(iso(suggestMeetingTimes(madrid, newYork, "Europe/Madrid", now, { days: 28 })));
    // A reader in Tokyo (no daylight saving) sees the Tuesday evening in Europe as Wednesday.
    expect(
      iso(suggestMeetingTimes(madrid, newYork, "Asia/Tokyo", now, { days: 28 })).slice(0, 1),
    ).toEqual(["2027-03-09T17:00:00.000Z 240"]);
  });

  it("skips a time already passed and stops at the limit", () => {
    const a = { availability: ["mon-10", "wed-10", "fri-10"], timeZone: "UTC" };
    // Monday 1 February 2027, 11:00: the Monday block has begun.
    const now = new Date("2027-02-01T11:00:00Z");
    expect(iso(suggestMeetingTimes(a, a, "UTC", now, { limit: 2 }))).toEqual([
      "2027-02-03T10:00:00.000Z 240",
      "2027-02-05T10:00:00.000Z 240",
    ]);
  });

  it("gives nothing when their hours never meet", () => {
    const a = { availability: ["mon-06"], timeZone: "UTC" };
    const b = { availability: ["mon-18"], timeZone: "UTC" };
    expect(suggestMeetingTimes(a, b, "UTC", new Date("2027-02-01T00:00:00Z"))).toEqual([]);
  });
});
