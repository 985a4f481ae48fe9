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
import { markedSubgraph } from "./strong-edges.ts";

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
  // Plain loops over typed arrays: a round of 392 has about 70,000 candidate pairs, and
  // this runs once per process, before V8 optimises anything (callbacks and Map lookups
  // per pair cost more there than the loops themselves).
  let maxParticipant = -1;
  for (let v = 0; v < vertices.length; v++) maxParticipant = Math.max(maxParticipant, vertices[v]!);
  const vertexOf = new Int32Array(maxParticipant + 1);
  for (let v = 0; v < vertices.length; v++) vertexOf[vertices[v]!] = v;
  const from = new Int32Array(candidates.a.length);
  const to = new Int32Array(candidates.a.length);
  for (let e = 0; e < from.length; e++) {
    from[e] = vertexOf[candidates.a[e]!]!;
    to[e] = vertexOf[candidates.b[e]!]!;
  }
  let fairnessThreshold: number | undefined;
  let graph: WeightedGraph = {
    vertexCount: vertices.length,
    edgeFrom: from,
    edgeTo: to,
    edgeWeight: tieBreakWeights(candidates.score, options.isPrevious, vertices.length >> 1),
  };
  if (options.fairnessFirst && candidates.score.length > 0) {
    const threshold = findBottleneckThreshold(graph, candidates.score);
    fairnessThreshold = threshold;
    graph = edgesWhere(graph, (e) => candidates.score[e]! >= threshold);
  }
  const result = maxWeightMatching(graph, { maxCardinality: true });
  const verdict = verifyMatchingCertificate(graph, result, { maxCardinality: true });
  const pairs: [number, number][] = [];
  result.mates.forEach((mate, v) => {
    if (mate > v) pairs.push([vertices[v]!, vertices[mate]!]);
  });
  return { pairs, certified: verdict.certified, reason: verdict.reason, fairnessThreshold };
}

/** The edges of `graph` for which `keep` holds. */
function edgesWhere(graph: WeightedGraph, keep: (e: number) => boolean): WeightedGraph {
  const marked = new Uint8Array(graph.edgeFrom.length);
  let count = 0;
  for (let e = 0; e < marked.length; e++) {
    if (!keep(e)) continue;
    marked[e] = 1;
    count++;
  }
  return markedSubgraph(graph, marked, count);
}

/** The size of a maximum matching among the edges for which `keep` holds. */
function maxCardinality(unitGraph: WeightedGraph, keep: (e: number) => boolean): number {
  return maxWeightMatching(edgesWhere(unitGraph, keep), { maxCardinality: true }).pairCount;
}

function findBottleneckThreshold(graph: WeightedGraph, score: Int32Array): number {
  const distinct = [...new Set(score)].sort((a, b) => a - b);
  // Cardinality only: the same pairs, every weight 1.
  const unitGraph = { ...graph, edgeWeight: new Float64Array(score.length).fill(1) };
  const target = maxCardinality(unitGraph, () => true);
  let lo = 0; // distinct[lo] always reaches the target
  let hi = distinct.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const threshold = distinct[mid]!;
    if (maxCardinality(unitGraph, (e) => score[e]! >= threshold) === target) lo = mid;
    else hi = mid - 1;
  }
  return distinct[lo]!;
}
