/**
 * Peer mode: an exact maximum-weight matching that first matches as many people as
 * possible (maxCardinality), then maximises the total score, with its certificate checked.
 * "Fairness first" first finds the highest threshold t such that the pairs scoring ≥ t
 * still match as many people (binary search over the distinct scores, each step a maximum
 * cardinality check — the bottleneck matching approach, e.g. Gabow & Tarjan 1988), then
 * maximises the total among those pairs.
 */
import type { CandidatePairs } from "./candidate-pairs.ts";
import { verifyMatchingCertificate } from "./certificate.ts";
import type { WeightedGraph } from "./graph.ts";
import { maxWeightMatching } from "./max-weight-matching.ts";
import { tieBreakWeights } from "./previous-pairs.ts";

export interface PeerSolution {
  /** Participant index pairs. */
  pairs: [number, number][];
  certified: boolean;
  reason?: string;
  fairnessThreshold?: number;
}

export function solvePeerPairs(
  vertices: Int32Array,
  candidates: CandidatePairs,
  options: { fairnessFirst: boolean; isPrevious: (e: number) => boolean },
): PeerSolution {
  const vertexOf = new Map<number, number>();
  vertices.forEach((p, v) => vertexOf.set(p, v));
  const from = Int32Array.from(candidates.a, (p) => vertexOf.get(p)!);
  const to = Int32Array.from(candidates.b, (p) => vertexOf.get(p)!);
  let keep: Int32Array | null = null;
  let fairnessThreshold: number | undefined;
  if (options.fairnessFirst && candidates.score.length > 0) {
    fairnessThreshold = findBottleneckThreshold(vertices.length, from, to, candidates.score);
    const kept: number[] = [];
    for (let e = 0; e < candidates.score.length; e++) {
      if (candidates.score[e]! >= fairnessThreshold) kept.push(e);
    }
    keep = Int32Array.from(kept);
  }
  const edges = keep ?? Int32Array.from(candidates.score.keys());
  const score = Int32Array.from(edges, (e) => candidates.score[e]!);
  const graph: WeightedGraph = {
    vertexCount: vertices.length,
    edgeFrom: Int32Array.from(edges, (e) => from[e]!),
    edgeTo: Int32Array.from(edges, (e) => to[e]!),
    edgeWeight: tieBreakWeights(
      score,
      (k) => options.isPrevious(edges[k]!),
      Math.floor(vertices.length / 2),
    ),
  };
  const result = maxWeightMatching(graph, { maxCardinality: true });
  const verdict = verifyMatchingCertificate(graph, result, { maxCardinality: true });
  const pairs: [number, number][] = [];
  result.mates.forEach((mate, v) => {
    if (mate > v) pairs.push([vertices[v]!, vertices[mate]!]);
  });
  return { pairs, certified: verdict.certified, reason: verdict.reason, fairnessThreshold };
}

function maxCardinality(
  vertexCount: number,
  from: Int32Array,
  to: Int32Array,
  keep: (e: number) => boolean,
): number {
  const edges: number[] = [];
  for (let e = 0; e < from.length; e++) if (keep(e)) edges.push(e);
  const graph: WeightedGraph = {
    vertexCount,
    edgeFrom: Int32Array.from(edges, (e) => from[e]!),
    edgeTo: Int32Array.from(edges, (e) => to[e]!),
    edgeWeight: new Float64Array(edges.length).fill(1),
  };
  return maxWeightMatching(graph, { maxCardinality: true }).pairCount;
}

function findBottleneckThreshold(
  vertexCount: number,
  from: Int32Array,
  to: Int32Array,
  score: Int32Array,
): number {
  const distinct = [...new Set(score)].sort((a, b) => a - b);
  const target = maxCardinality(vertexCount, from, to, () => true);
  let lo = 0; // distinct[lo] always reaches the target
  let hi = distinct.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const threshold = distinct[mid]!;
    if (maxCardinality(vertexCount, from, to, (e) => score[e]! >= threshold) === target) lo = mid;
    else hi = mid - 1;
  }
  return distinct[lo]!;
}
