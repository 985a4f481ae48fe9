/**
 * Group mode (3–5 people per group): a heuristic, reported against an upper bound.
 *
 * 1. Sizes: as many groups of the target size as fit, the remainder spread one extra
 *    person per group (or one group smaller), every group within 3–5.
 * 2. Greedy construction: people in seeded order, each to the open group where their links
 *    to the members already there add most (empty groups are opened first, one per group,
 *    so every group starts from a different person).
 * 3. Local improvement: swap two people of different groups whenever it raises the total,
 *    until no swap helps or 25 passes have run.
 *
 * A link's value is the pair score when the pair is allowed; a pair that breaks only the
 * country or library rule counts half its score (a group is international through its
 * other members); a pair without a shared usable language, or blocked, costs 1000.
 * Upper bound: each person's best (largest group − 1) link values, summed and halved — no
 * grouping can beat it. The result reports total and bound so the gap is visible.
 */
import { explainLink } from "./explain-link.ts";
import { lockedGroupOf, type PartialResult, type RoundContext } from "./round-context.ts";
import type { MatchedGroup } from "./round-result.ts";
import { findHardRuleViolation } from "./scoring/hard-rules.ts";
import type { RoundIndex } from "./scoring/round-index.ts";
import { scoreAllowedPair } from "./score-pair.ts";
import { describeUnmatched } from "./unmatched-reasons.ts";

const UNUSABLE = -1000;

function linkValue(index: RoundIndex, a: number, b: number): number {
  const violation = findHardRuleViolation(index, a, b);
  if (violation === null) return scoreAllowedPair(index, a, b);
  if (violation === "same_country" || violation === "same_library")
    return Math.round(scoreAllowedPair(index, a, b) / 2);
  return UNUSABLE;
}

export function groupSizes(count: number, target: number): number[] {
  if (count < 3) return [];
  let groups = Math.max(1, Math.round(count / target));
  while (Math.ceil(count / groups) > 5) groups++;
  while (groups > 1 && Math.floor(count / groups) < 3) groups--;
  const base = Math.floor(count / groups);
  return Array.from({ length: groups }, (_, g) => base + (g < count % groups ? 1 : 0));
}

export function matchGroups(context: RoundContext): PartialResult {
  const { index, config } = context;
  const lockedSet = new Set(context.lockedGroups.flat());
  const result: MatchedGroup[] = context.lockedGroups.map((members) =>
    lockedGroupOf(index, members),
  );
  const free = [...context.order].filter((p) => !lockedSet.has(p));
  const sizes = groupSizes(free.length, config.groupSize);
  const m = free.length;
  // Dense value matrix when it fits (≤ 3,000 people: 36 MB); values are computed once.
  const matrix = m <= 3000 ? new Float32Array(m * m).fill(NaN) : null;
  const value = (x: number, y: number): number => {
    if (!matrix) return linkValue(index, free[x]!, free[y]!);
    let v = matrix[x * m + y]!;
    if (Number.isNaN(v)) {
      v = linkValue(index, free[x]!, free[y]!);
      matrix[x * m + y] = matrix[y * m + x] = v;
    }
    return v;
  };
  const members: number[][] = sizes.map(() => []);
  const groupOf = new Int32Array(m).fill(-1);
  for (let x = 0; x < m && sizes.length > 0; x++) {
    context.options.onProgress?.({ stage: "scoring", done: x, total: m });
    let best = -1;
    let bestGain = -Infinity;
    for (let g = 0; g < sizes.length; g++) {
      if (members[g]!.length >= sizes[g]!) continue;
      if (members[g]!.length === 0) {
        if (x < sizes.length) {
          best = g;
          break;
        }
        continue;
      }
      const gain = members[g]!.reduce((s, y) => s + value(x, y), 0);
      if (gain > bestGain) [best, bestGain] = [g, gain];
    }
    members[best]!.push(x);
    groupOf[x] = best;
  }
  context.options.onProgress?.({ stage: "solving", done: 0, total: 1 });
  improveBySwaps(members, groupOf, value, m);

  let total = 0;
  for (const group of members) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) total += value(group[i]!, group[j]!);
  }
  const largest = Math.max(0, ...sizes);
  let bound = 0;
  for (let x = 0; x < m && sizes.length > 0; x++) {
    const best: number[] = [];
    for (let y = 0; y < m; y++) if (y !== x) best.push(value(x, y));
    best.sort((a, b) => b - a);
    bound += best.slice(0, largest - 1).reduce((s, v) => s + v, 0);
  }
  for (const group of members) {
    const people = group.map((x) => free[x]!);
    const links = [];
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++)
        links.push(explainLink(index, people[i]!, people[j]!));
    }
    const score = links.length
      ? Math.round(links.reduce((s, l) => s + l.score, 0) / links.length)
      : 0;
    result.push({
      kind: "group",
      memberIds: people.map((p) => index.participants[p]!.id),
      score,
      links,
      locked: false,
    });
  }
  const unmatched =
    sizes.length === 0
      ? free.map((p) => describeUnmatched(index.participants[p]!.id, "odd_one_out"))
      : [];
  return {
    groups: result,
    unmatched,
    certified: false,
    certificateReason: "group mode is a heuristic; see groupBound",
    proof: {
      scope: "heuristic",
      candidatesPerPerson: null,
      passes: 1,
      pairsAdded: 0,
      statement: `group mode is a heuristic: total ${total} of at most ${Math.round(bound / 2)}`,
    },
    candidates: { pairs: matrix ? (m * (m - 1)) / 2 : 0, topK: null },
    groupBound: { total, upperBound: Math.round(bound / 2) },
  };
}

function improveBySwaps(
  members: number[][],
  groupOf: Int32Array,
  value: (x: number, y: number) => number,
  m: number,
) {
  const gainWith = (x: number, g: number, except: number) =>
    members[g]!.reduce((s, y) => (y === x || y === except ? s : s + value(x, y)), 0);
  for (let pass = 0; pass < 25; pass++) {
    let improved = false;
    for (let x = 0; x < m; x++) {
      for (let y = x + 1; y < m; y++) {
        const gx = groupOf[x]!;
        const gy = groupOf[y]!;
        if (gx === gy) continue;
        const before = gainWith(x, gx, -1) + gainWith(y, gy, -1);
        const after = gainWith(x, gy, y) + gainWith(y, gx, x);
        if (after <= before) continue;
        members[gx]![members[gx]!.indexOf(x)] = y;
        members[gy]![members[gy]!.indexOf(y)] = x;
        groupOf[x] = gy;
        groupOf[y] = gx;
        improved = true;
      }
    }
    if (!improved) break;
  }
}
