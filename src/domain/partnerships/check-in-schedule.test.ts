import { describe, expect, it } from "vitest";
import { checkInDueAt, latestDueCheckIn } from "./check-in-schedule.ts";

const startsAt = new Date("2027-03-01T09:00:00Z");
const round = { startsAt, endsAt: new Date("2027-07-01T09:00:00Z"), checkInEveryDays: 14 };
const published = null;
const at = (days: number, ms = 0) => new Date(startsAt.getTime() + days * 86_400_000 + ms);

describe("latestDueCheckIn", () => {
  it("has nothing due before the round starts or before its first fortnight", () => {
    expect(latestDueCheckIn(round, published, at(-1))).toBeNull();
    expect(latestDueCheckIn(round, published, at(0))).toBeNull();
    expect(latestDueCheckIn(round, published, at(14, -1))).toBeNull();
  });

  it("makes check-in k due at the start plus k fortnights, to the millisecond", () => {
    expect(latestDueCheckIn(round, published, at(14))).toBe(1);
    expect(latestDueCheckIn(round, published, at(27))).toBe(1);
    expect(latestDueCheckIn(round, published, at(28))).toBe(2);
    expect(checkInDueAt(startsAt, 14, 3)).toEqual(at(42));
  });

  it("gives only the latest due after a long gap (no burst of old check-ins)", () => {
    expect(latestDueCheckIn(round, published, at(71))).toBe(5);
  });

  it("has nothing due once the round has ended", () => {
    expect(latestDueCheckIn(round, published, round.endsAt)).toBeNull();
  });

  it("gives a round published late its latest check-in at once", () => {
    expect(latestDueCheckIn(round, null, at(20))).toBe(1);
  });

  it("lets a pair re-matched after a check-in fell due wait for the next one", () => {
    const rematched = at(30);
    expect(latestDueCheckIn(round, rematched, at(31))).toBeNull();
    expect(latestDueCheckIn(round, rematched, at(42))).toBe(3);
  });

  it("follows the round's own rhythm and refuses a rhythm of zero days", () => {
    expect(latestDueCheckIn({ ...round, checkInEveryDays: 7 }, published, at(21))).toBe(3);
    expect(latestDueCheckIn({ ...round, checkInEveryDays: 0 }, published, at(21))).toBeNull();
  });
});
