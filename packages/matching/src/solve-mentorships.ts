/**
 * Mentor mode: mentees (left) to mentors (right) up to each mentor's remaining capacity,
 * by the exact bipartite b-matching solver, matching as many mentees as possible first.
 * "Fairness first" uses the same bottleneck search as peer mode.
 */
import { maxWeightBipartiteBMatching } from "./bipartite-b-matching.ts";
import type { CandidatePairs } from "./candidate-pairs.ts";
import { tieBreakWeights } from "./previous-pairs.ts";

export interface MentorSolution {
  /** [mentee, mentor] participant indexes. */
  pairs: [number, number][];
  certified: boolean;
  reason?: string;
  fairnessThreshold?: number;
}

export function solveMentorships(
  mentees: Int32Array,
  mentors: Int32Array,
  capacity: Int32Array,
  candidates: CandidatePairs,
  options: { fairnessFirst: boolean; isPrevious: (e: number) => boolean },
): MentorSolution {
  const leftOf = new Map<number, number>();
  mentees.forEach((p, i) => leftOf.set(p, i));
  const rightOf = new Map<number, number>();
  mentors.forEach((p, j) => rightOf.set(p, j));
  const left = Int32Array.from(candidates.a, (p) => leftOf.get(p)!);
  const right = Int32Array.from(candidates.b, (p) => rightOf.get(p)!);
  const solve = (edges: Int32Array, weights: Float64Array) =>
    maxWeightBipartiteBMatching(
      {
        leftCount: mentees.length,
        rightCount: mentors.length,
        rightCapacity: capacity,
        edgeLeft: Int32Array.from(edges, (e) => left[e]!),
        edgeRight: Int32Array.from(edges, (e) => right[e]!),
        edgeWeight: weights,
      },
      { maxCardinality: true },
    );
  const edgesAtLeast = (threshold: number) => {
    const kept: number[] = [];
    for (let e = 0; e < candidates.score.length; e++)
      if (candidates.score[e]! >= threshold) kept.push(e);
    return Int32Array.from(kept);
  };
  const countWith = (edges: Int32Array) =>
    solve(edges, new Float64Array(edges.length).fill(1)).assignedCount;

  let threshold = 0;
  let fairnessThreshold: number | undefined;
  if (options.fairnessFirst && candidates.score.length > 0) {
    const distinct = [...new Set(candidates.score)].sort((a, b) => a - b);
    const target = countWith(edgesAtLeast(0));
    let lo = 0;
    let hi = distinct.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (countWith(edgesAtLeast(distinct[mid]!)) === target) lo = mid;
      else hi = mid - 1;
    }
    threshold = fairnessThreshold = distinct[lo]!;
  }
  const edges = edgesAtLeast(threshold);
  const score = Int32Array.from(edges, (e) => candidates.score[e]!);
  const weights = tieBreakWeights(score, (k) => options.isPrevious(edges[k]!), mentees.length);
  const result = solve(edges, weights);
  const pairs: [number, number][] = [];
  result.assignment.forEach((j, i) => {
    if (j >= 0) pairs.push([mentees[i]!, mentors[j]!]);
  });
  return { pairs, certified: result.certified, reason: result.reason, fairnessThreshold };
}
