/**
 * Peer mode: an exact maximum-weight matching that first matches as many people as
 * possible (maxCardinality), then maximises the total score, with its certificate checked.
 * "Fairness first" first finds the highest threshold t such that the pairs scoring ≥ t
 * still match as many people (binary search over the distinct scores, each step a maximum
 * cardinality check — the bottleneck matching approach, e.g. Gabow & Tarjan 1988), then
 * maximises the total among those pairs.
 *
 * Large rounds give only candidate pairs; with a pricer, both steps are made exact over all
 * allowed pairs by pricing (solve-priced-matching.ts). The threshold is then searched among
 * the pairs seen (the candidates plus those pricing added), which the final total and size
 * are proved over all allowed pairs at that threshold.
 */
import type { CandidatePairs } from "./candidate-pairs.ts";
import { verifyMatchingCertificate } from "./certificate.ts";
import type { WeightedGraph } from "./graph.ts";
import { maxWeightMatching } from "./max-weight-matching.ts";
import { tieBreakWeights } from "./previous-pairs.ts";
import type { RoundPairPricer } from "./price-round-pairs.ts";
import { solvePricedMatching, type PricingDeadline } from "./solve-priced-matching.ts";
import { markedSubgraph } from "./strong-edges.ts";
import type { SolveProof } from "./solve-proof.ts";

export interface PeerSolution {
  /** Participant index pairs. */
  pairs: [number, number][];
  certified: boolean;
  reason?: string;
  fairnessThreshold?: number;
  proof: SolveProof;
}

export interface PeerSolveOptions {
  fairnessFirst: boolean;
  /** Whether two participants were together in the previous result (a tie-break bonus). */
  isPrevious: (a: number, b: number) => boolean;
  /** Large rounds: prices the pairs the candidates left out; absent when they are all allowed pairs. */
  pricer?: RoundPairPricer;
  deadline?: PricingDeadline;
}

export function solvePeerPairs(
  vertices: Int32Array,
  candidates: CandidatePairs,
  options: PeerSolveOptions,
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
  const scale = (vertices.length >> 1) + 1;
  const graph: WeightedGraph = {
    vertexCount: vertices.length,
    edgeFrom: from,
    edgeTo: to,
    edgeWeight: tieBreakWeights(
      candidates.score,
      (e) => options.isPrevious(candidates.a[e]!, candidates.b[e]!),
      vertices.length >> 1,
    ),
  };
  if (options.pricer) {
    const priced = solvePricedPeers(vertices, graph, candidates.score, scale, options);
    if (priced) return priced;
  }
  const score = candidates.score;
  let solveGraph = graph;
  let fairnessThreshold: number | undefined;
  if (options.fairnessFirst && score.length > 0) {
    const threshold = findBottleneckThreshold(graph, score, undefined);
    fairnessThreshold = threshold;
    solveGraph = edgesWhere(graph, (e) => score[e]! >= threshold);
  }
  const result = maxWeightMatching(solveGraph, { maxCardinality: true });
  const verdict = verifyMatchingCertificate(solveGraph, result, { maxCardinality: true });
  const scope = options.pricer ? "candidate_pairs" : "all_allowed_pairs";
  return {
    pairs: pairsOf(vertices, result.mates),
    certified: verdict.certified && scope === "all_allowed_pairs",
    reason: verdict.certified
      ? scope === "all_allowed_pairs"
        ? undefined
        : "weights too large to price the pairs left out"
      : verdict.reason,
    fairnessThreshold,
    proof: {
      scope,
      passes: 1,
      pairsAdded: 0,
      candidatePairs: candidates.a.length,
      ...(options.pricer ? { stoppedBy: "weights_too_large" as const } : {}),
    },
  };
}

function pairsOf(vertices: Int32Array, mates: Int32Array): [number, number][] {
  const pairs: [number, number][] = [];
  mates.forEach((mate, v) => {
    if (mate > v) pairs.push([vertices[v]!, vertices[mate]!]);
  });
  return pairs;
}

/** Both steps over all allowed pairs, by pricing; undefined when the weights are too large for it. */
function solvePricedPeers(
  vertices: Int32Array,
  graph: WeightedGraph,
  score: Int32Array,
  scale: number,
  options: PeerSolveOptions,
): PeerSolution | undefined {
  const pricer = options.pricer!;
  const problem = (g: WeightedGraph, s: Int32Array) => ({
    vertices,
    from: g.edgeFrom,
    to: g.edgeTo,
    score: s,
    weight: g.edgeWeight,
    scale,
  });
  let outcome = solvePricedMatching(problem(graph, score), pricer, 0, options.deadline);
  if (!outcome) return undefined;
  let fairnessThreshold: number | undefined;
  let passes = outcome.passes;
  let pairsAdded = outcome.pairsAdded;
  // Also when the budget stopped pricing: the threshold is then kept for the pairs found
  // (one more solve and pass at it follow, and the gap refers to pairs at the threshold).
  if (options.fairnessFirst && outcome.edgeScore.length > 0) {
    const seen = outcome.graph;
    const seenScore = outcome.edgeScore;
    const threshold = findBottleneckThreshold(seen, seenScore, outcome.result.pairCount);
    fairnessThreshold = threshold;
    const kept = edgesWhere(seen, (e) => seenScore[e]! >= threshold);
    const keptScore = seenScore.filter((s) => s >= threshold);
    const again = solvePricedMatching(
      problem(kept, keptScore),
      pricer,
      threshold,
      options.deadline,
    );
    if (!again) return undefined;
    outcome = again;
    passes += again.passes;
    pairsAdded += again.pairsAdded;
  }
  const verdict = verifyMatchingCertificate(outcome.graph, outcome.result, {
    maxCardinality: true,
  });
  const proof: SolveProof = {
    scope: outcome.complete ? "all_allowed_pairs" : "candidate_pairs",
    passes,
    pairsAdded,
    candidatePairs: score.length,
    ...(outcome.complete ? {} : { stoppedBy: "time_budget" as const }),
    ...(outcome.gap ? { gap: outcome.gap } : {}),
  };
  return {
    pairs: pairsOf(vertices, outcome.result.mates),
    certified: verdict.certified && outcome.complete,
    reason: verdict.certified
      ? outcome.complete
        ? undefined
        : "the time budget stopped pricing before every allowed pair was checked"
      : verdict.reason,
    fairnessThreshold,
    proof,
  };
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

/** `target`: the size to keep (by default the most pairs of the whole graph). */
function findBottleneckThreshold(
  graph: WeightedGraph,
  score: Int32Array,
  target: number | undefined,
): number {
  const distinct = [...new Set(score)].sort((a, b) => a - b);
  // Cardinality only: the same pairs, every weight 1.
  const unitGraph = { ...graph, edgeWeight: new Float64Array(score.length).fill(1) };
  target ??= maxCardinality(unitGraph, () => true);
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
