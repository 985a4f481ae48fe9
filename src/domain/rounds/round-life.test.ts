import { describe, expect, it } from "vitest";
import { dueRoundSteps, isAgreementOverdue, localDay, meetingsPerWeek } from "./round-life.ts";

const NOW = new Date("2027-03-20T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe("which agreement is overdue", () => {
  const pair = {
    status: "active",
    createdAt: daysAgo(8),
    currentMemberIds: ["a", "b"],
    confirmedMemberIds: ["a"],
  };

  it("is a week-old active partnership that a current member has not confirmed", () => {
    expect(isAgreementOverdue(pair, NOW)).toBe(true);
    expect(isAgreementOverdue({ ...pair, createdAt: daysAgo(7) }, NOW)).toBe(true);
  });

  it("is not one made less than a week ago, fully confirmed, or no longer active", () => {
    expect(isAgreementOverdue({ ...pair, createdAt: daysAgo(6.9) }, NOW)).toBe(false);
    expect(isAgreementOverdue({ ...pair, confirmedMemberIds: ["b", "a"] }, NOW)).toBe(false);
    expect(isAgreementOverdue({ ...pair, status: "dissolved" }, NOW)).toBe(false);
    expect(isAgreementOverdue({ ...pair, status: "ended" }, NOW)).toBe(false);
  });

  it("counts only current members: a confirmation by someone who left does not help", () => {
    expect(
      isAgreementOverdue(
        { ...pair, currentMemberIds: ["a", "c"], confirmedMemberIds: ["a", "b"] },
        NOW,
      ),
    ).toBe(true);
  });
});

describe("meetings per week, in the reader's time zone", () => {
  // The round starts at midnight UTC on Wednesday 10 February 2027.
  const round = { startsAt: new Date("2027-02-10T00:00:00Z") };

  it("counts week 1 from the round's first day and shows empty weeks", () => {
    const weeks = meetingsPerWeek(
      [
        { day: "2027-02-10", count: 2 },
        { day: "2027-02-16", count: 1 },
        { day: "2027-02-17", count: 4 },
        { day: "2027-03-03", count: 1 },
      ],
      round,
      new Date("2027-03-05T12:00:00Z"),
      "UTC",
    );
    expect(weeks).toEqual([
      { week: 1, firstDay: "2027-02-10", count: 3 },
      { week: 2, firstDay: "2027-02-17", count: 4 },
      { week: 3, firstDay: "2027-02-24", count: 0 },
      { week: 4, firstDay: "2027-03-03", count: 1 },
    ]);
  });

  it("puts the same instant in another day, and so another week, in another zone", () => {
    // 23:30 UTC on the 16th is already the 17th in Tokyo, and still the 16th in Mexico City.
    const instant = new Date("2027-02-16T23:30:00Z");
    expect(localDay(instant, "Asia/Tokyo")).toBe("2027-02-17");
    expect(localDay(instant, "America/Mexico_City")).toBe("2027-02-16");
    // In Mexico City the round itself starts on the 9th (18:00 local), so weeks begin on the 9th.
    const mexico = meetingsPerWeek(
      [{ day: "2027-02-16", count: 1 }],
      round,
      new Date("2027-02-20T00:00:00Z"),
      "America/Mexico_City",
    );
    expect(mexico.map((w) => [w.firstDay, w.count])).toEqual([
      ["2027-02-09", 0],
      ["2027-02-16", 1],
    ]);
    const tokyo = meetingsPerWeek(
      [{ day: "2027-02-17", count: 1 }],
      round,
      new Date("2027-02-20T00:00:00Z"),
      "Asia/Tokyo",
    );
    // In Tokyo the meeting falls in week 2; on UTC's clock, in week 1.
    expect(tokyo.map((w) => [w.firstDay, w.count])).toEqual([
      ["2027-02-10", 0],
      ["2027-02-17", 1],
    ]);
    const utc = meetingsPerWeek(
      [{ day: localDay(instant, "UTC"), count: 1 }],
      round,
      new Date("2027-02-20T00:00:00Z"),
      "UTC",
    );
    expect(utc.map((w) => [w.firstDay, w.count])).toEqual([
      ["2027-02-10", 1],
      ["2027-02-17", 0],
    ]);
  });

  it("is empty before the start, and keeps early and late meetings in the first and last weeks", () => {
    expect(meetingsPerWeek([], round, new Date("2027-02-09T00:00:00Z"), "UTC")).toEqual([]);
    const weeks = meetingsPerWeek(
      [
        { day: "2027-02-01", count: 1 },
        { day: "2027-04-01", count: 1 },
      ],
      round,
      new Date("2027-02-18T00:00:00Z"),
      "UTC",
    );
    expect(weeks.map((w) => w.count)).toEqual([1, 1]);
  });
});

describe("the status a round under way should have", () => {
  const round = {
    startsAt: new Date("2027-02-10T00:00:00Z"),
    endsAt: new Date("2027-06-10T00:00:00Z"),
  };

  it("moves a matched round to active at its start, and an active one to finished at its end", () => {
    expect(
      dueRoundSteps({ ...round, status: "matched" }, new Date("2027-02-09T23:59:59Z")),
    ).toEqual([]);
    expect(dueRoundSteps({ ...round, status: "matched" }, round.startsAt)).toEqual(["active"]);
    expect(dueRoundSteps({ ...round, status: "active" }, new Date("2027-03-01T00:00:00Z"))).toEqual(
      [],
    );
    expect(dueRoundSteps({ ...round, status: "active" }, round.endsAt)).toEqual(["finished"]);
  });

  it("takes a matched round past its end through both steps, and leaves other statuses alone", () => {
    const late = new Date("2027-07-01T00:00:00Z");
    expect(dueRoundSteps({ ...round, status: "matched" }, late)).toEqual(["active", "finished"]);
    expect(dueRoundSteps({ ...round, status: "finished" }, late)).toEqual([]);
    expect(dueRoundSteps({ ...round, status: "closed" }, late)).toEqual([]);
  });
});
