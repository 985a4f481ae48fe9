import { describe, expect, it } from "vitest";
import type { RunGroup } from "./matching-run-types.ts";
import { summariseRun } from "./run-result.ts";

const people = new Map(
  ["mentor-fi", "mentor-gh", "mentee-br", "mentee-in", "mentee-jp"].map((id) => [
    id,
    { country: id.slice(-2).toUpperCase(), sector: "public" },
  ]),
);

function mentorship(key: string, mentor: string, mentees: string[]): RunGroup {
  return {
    key,
    kind: "mentorship",
    memberIds: [mentor, ...mentees],
    score: 700,
    links: mentees.map((mentee) => ({
      ids: [mentor, mentee],
      score: 700,
      explanation: { score: 700, contributions: [] },
    })),
    locked: false,
    manual: false,
    hardRuleBreaks: [],
  };
}

describe("summariseRun", () => {
  it("counts each mentor–mentee pair of a mentorship as a pair, as the engine does", () => {
    const summary = summariseRun(
      [
        mentorship("g1", "mentor-fi", ["mentee-br", "mentee-in"]),
        mentorship("g2", "mentor-gh", ["mentee-jp"]),
      ],
      [],
      people,
    );
    expect(summary).toMatchObject({ people: 5, groups: 2, pairs: 3, triads: 0, unmatched: 0 });
  });
});
