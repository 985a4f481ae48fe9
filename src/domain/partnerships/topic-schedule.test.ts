import { describe, expect, it } from "vitest";
import {
  defaultTopicSchedule,
  roundWeekCount,
  topicCurrentUntil,
  weekAt,
  weekStartsAt,
} from "./topic-schedule.ts";

const DAY = 86_400_000;
const start = new Date("2027-03-01T09:00:00Z");
const after = (ms: number) => new Date(start.getTime() + ms);
const topics = ["t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8"];

describe("a round's weeks", () => {
  it("counts the weeks that start before the round ends", () => {
    expect(roundWeekCount(start, start)).toBe(0);
    expect(roundWeekCount(start, after(-DAY))).toBe(0);
    expect(roundWeekCount(start, after(1))).toBe(1);
    expect(roundWeekCount(start, after(7 * DAY))).toBe(1);
    expect(roundWeekCount(start, after(7 * DAY + 1))).toBe(2);
    expect(roundWeekCount(start, after(120 * DAY))).toBe(18);
  });

  it("starts week n exactly (n − 1) × 7 days after the round, across a clock change", () => {
    expect(weekStartsAt(start, 1)).toEqual(start);
    expect(weekStartsAt(start, 3).toISOString()).toBe("2027-03-15T09:00:00.000Z");
    // Europe moves its clocks on 28 March 2027: the instant stays 7 × 24 h on, the same for
    // every reader, who sees it on their own clock.
    expect(weekStartsAt(start, 5).toISOString()).toBe("2027-03-29T09:00:00.000Z");
    const helsinki = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Helsinki",
      dateStyle: "medium",
      timeStyle: "short",
    });
    expect(helsinki.format(weekStartsAt(start, 1))).toBe("1 Mar 2027, 11:00");
    expect(helsinki.format(weekStartsAt(start, 5))).toBe("29 Mar 2027, 12:00");
  });

  it("knows which week an instant falls in", () => {
    expect(weekAt(start, after(-1))).toBe(0);
    expect(weekAt(start, start)).toBe(1);
    expect(weekAt(start, after(7 * DAY - 1))).toBe(1);
    expect(weekAt(start, after(7 * DAY))).toBe(2);
    expect(weekAt(start, after(15 * DAY))).toBe(3);
  });
});

describe("the default schedule", () => {
  it("sends a topic every fortnight from week 1, in library order", () => {
    expect(defaultTopicSchedule(topics, start, after(120 * DAY))).toEqual(
      [1, 3, 5, 7, 9, 11, 13, 15].map((week, i) => ({ week, topicId: topics[i] })),
    );
  });

  it("stops when the round ends before the topics do", () => {
    // 14 days: weeks 1 and 2 only.
    expect(defaultTopicSchedule(topics, start, after(14 * DAY))).toEqual([
      { week: 1, topicId: "t1" },
    ]);
    // One millisecond more opens week 3.
    expect(defaultTopicSchedule(topics, start, after(14 * DAY + 1))).toEqual([
      { week: 1, topicId: "t1" },
      { week: 3, topicId: "t2" },
    ]);
    // A one-day round still has its first topic.
    expect(defaultTopicSchedule(topics, start, after(DAY))).toEqual([{ week: 1, topicId: "t1" }]);
  });

  it("stops when the topics run out, without repeating one", () => {
    expect(defaultTopicSchedule(["a", "b"], start, after(365 * DAY))).toEqual([
      { week: 1, topicId: "a" },
      { week: 3, topicId: "b" },
    ]);
  });

  it("is empty for a round that never runs or a library without topics", () => {
    expect(defaultTopicSchedule(topics, start, start)).toEqual([]);
    expect(defaultTopicSchedule(topics, start, after(-7 * DAY))).toEqual([]);
    expect(defaultTopicSchedule([], start, after(120 * DAY))).toEqual([]);
  });
});

describe("how long a topic stays current", () => {
  it("is until the next scheduled week starts, or for good after the last", () => {
    expect(topicCurrentUntil(start, 1, [1, 3, 5])).toEqual(weekStartsAt(start, 3));
    expect(topicCurrentUntil(start, 3, [5, 1, 3])).toEqual(weekStartsAt(start, 5));
    expect(topicCurrentUntil(start, 5, [1, 3, 5])).toBeNull();
  });
});
