import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantToLocalDateTime } from "../vocabulary/time-zones.ts";
import { expandOccurrences, OCCURRENCES_MAX } from "./event-occurrences.ts";

describe("a weekly event across the October clock change", () => {
  // Britain's clocks go back on Sunday 31 October 2027 (BST → GMT).
  const weekly = {
    startsAtLocal: "2027-10-20T18:00",
    timeZone: "Europe/London",
    durationMinutes: 90,
    repeat: "weekly" as const,
    occurrences: 3,
  };

  it("stays at 18:00 on the London clock while its UTC instant moves by an hour", () => {
    const occurrences = expandOccurrences(weekly);
    expect(occurrences.map((o) => o.startsAt.toISOString())).toEqual([
      "2027-10-20T17:00:00.000Z",
      "2027-10-27T17:00:00.000Z",
      "2027-11-03T18:00:00.000Z",
    ]);
    for (const o of occurrences)
      expect(instantToLocalDateTime(o.startsAt, "Europe/London").slice(11)).toBe("18:00");
    expect(occurrences.map((o) => o.endsAt.getTime() - o.startsAt.getTime())).toEqual([
      90 * 60_000,
      90 * 60_000,
      90 * 60_000,
    ]);
  });
});

describe("a monthly event on the 31st", () => {
  it("meets on the last day of a shorter month and goes back to the 31st after", () => {
    const occurrences = expandOccurrences({
      startsAtLocal: "2027-01-31T09:30",
      timeZone: "Europe/Madrid",
      durationMinutes: 60,
      repeat: "monthly",
      occurrences: 4,
    });
    expect(occurrences.map((o) => instantToLocalDateTime(o.startsAt, "Europe/Madrid"))).toEqual([
      "2027-01-31T09:30",
      "2027-02-28T09:30",
      "2027-03-31T09:30",
      "2027-04-30T09:30",
    ]);
  });
});

describe("any schedule", () => {
  const zones = ["Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"];
  const schedule = fc.record({
    startsAtLocal: fc
      .date({
        min: new Date("2026-01-01T00:00Z"),
        max: new Date("2030-12-31T00:00Z"),
        noInvalidDate: true,
      })
      // 06:00–21:59 local: clock changes happen in the night, so every time exists.
      .chain((d) =>
        fc
          .tuple(fc.integer({ min: 6, max: 21 }), fc.integer({ min: 0, max: 59 }))
          .map(
            ([h, m]) =>
              `${d.toISOString().slice(0, 10)}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`,
          ),
      ),
    timeZone: fc.constantFrom(...zones),
    durationMinutes: fc.integer({ min: 15, max: 720 }),
    repeat: fc.constantFrom("none" as const, "weekly" as const, "monthly" as const),
    occurrences: fc.integer({ min: 1, max: OCCURRENCES_MAX }),
  });

  it("keeps the local time of day, in order, as many as asked, each as long as planned", () => {
    fc.assert(
      fc.property(schedule, (s) => {
        const occurrences = expandOccurrences(s);
        expect(occurrences).toHaveLength(s.repeat === "none" ? 1 : s.occurrences);
        occurrences.forEach((o, i) => {
          expect(o.position).toBe(i);
          expect(instantToLocalDateTime(o.startsAt, s.timeZone).slice(11)).toBe(
            s.startsAtLocal.slice(11),
          );
          expect(o.endsAt.getTime() - o.startsAt.getTime()).toBe(s.durationMinutes * 60_000);
          if (i > 0) expect(o.startsAt > occurrences[i - 1]!.startsAt).toBe(true);
        });
      }),
    );
  });
});
