/** Two results of a round side by side: the groups that differ, and how the scores moved. */
import type { RunGroup, RunResult } from "./matching-run-types.ts";

export interface RunComparison {
  onlyInFirst: RunGroup[];
  onlyInSecond: RunGroup[];
  unchanged: number;
  totalScoreChange: number;
  lowestScoreChange: number;
  meanScoreChange: number;
}

const groupKey = (g: RunGroup) => [...g.memberIds].sort().join("|");

export function compareResults(first: RunResult, second: RunResult): RunComparison {
  const inFirst = new Set(first.groups.map(groupKey));
  const inSecond = new Set(second.groups.map(groupKey));
  return {
    onlyInFirst: first.groups.filter((g) => !inSecond.has(groupKey(g))),
    onlyInSecond: second.groups.filter((g) => !inFirst.has(groupKey(g))),
    unchanged: first.groups.filter((g) => inSecond.has(groupKey(g))).length,
    totalScoreChange: second.summary.totalScore - first.summary.totalScore,
    lowestScoreChange: second.summary.lowestScore - first.summary.lowestScore,
    meanScoreChange: Math.round((second.summary.meanScore - first.summary.meanScore) * 10) / 10,
  };
}
