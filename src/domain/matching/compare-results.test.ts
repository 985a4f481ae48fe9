import { describe, expect, it } from "vitest";
import { compareResults } from "./compare-results.ts";
import type { RunGroup, RunResult } from "./matching-run-types.ts";

function pair(key: string, memberIds: [string, string], score: number): RunGroup {
  return {
    key,
    kind: "pair",
    memberIds,
    score,
    links: [],
    locked: false,
    manual: false,
    hardRuleBreaks: [],
  };
}

function result(
  groups: RunGroup[],
  summary: { total: number; lowest: number; mean: number },
): RunResult {
  return {
    mode: "peer",
    groups,
    unmatched: [],
    certified: true,
    nextKey: groups.length + 1,
    summary: {
      people: groups.length * 2,
      matchedPeople: groups.length * 2,
      groups: groups.length,
      pairs: groups.length,
      triads: 0,
      unmatched: 0,
      meanScore: summary.mean,
      lowestScore: summary.lowest,
      totalScore: summary.total,
      crossCountryPercent: 0,
      crossSectorPercent: 0,
      countries: 0,
    },
  };
}

describe("compareResults", () => {
  it("lists the groups only one run has, whatever their keys and member order, and the score changes", () => {
    const first = result([pair("g1", ["a", "b"], 600), pair("g2", ["c", "d"], 500)], {
      total: 1100,
      lowest: 500,
      mean: 550,
    });
    const second = result([pair("g1", ["b", "a"], 600), pair("g2", ["c", "e"], 580)], {
      total: 1180,
      lowest: 580,
      mean: 590.04,
    });
    const comparison = compareResults(first, second);
    expect(comparison.onlyInFirst.map((g) => g.memberIds)).toEqual([["c", "d"]]);
    expect(comparison.onlyInSecond.map((g) => g.memberIds)).toEqual([["c", "e"]]);
    expect(comparison).toMatchObject({
      unchanged: 1,
      totalScoreChange: 80,
      lowestScoreChange: 80,
      meanScoreChange: 40,
    });
  });
});
