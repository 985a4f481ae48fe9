/**
 * Maximum-weight matching on a general graph: Edmonds' blossom algorithm in the
 * priority-queue form (see weighted-blossom-solver.ts), returning the matching with its
 * LP dual so that `verifyMatchingCertificate` can prove it optimal.
 */
import { assertValidGraph, type WeightedGraph } from "./graph.ts";
import type { MatchingOptions, MatchingResult } from "./matching-result.ts";
import { shiftForCardinality, unshiftResult } from "./cardinality-shift.ts";
import { buildMatchingResult } from "./matching-result-builder.ts";
import { solveCoreThenPrice } from "./solve-core-then-price.ts";
import { solveWeightedBlossom } from "./weighted-blossom-solver.ts";

export type { MatchingDual, MatchingOptions, MatchingResult } from "./matching-result.ts";

/**
 * Finds a matching of maximum total weight (with `maxCardinality`: of maximum size first,
 * then of maximum weight). Self loops are ignored; of parallel edges the heaviest counts.
 * Deterministic: the same graph gives the same mates and duals.
 */
export function maxWeightMatching(
  graph: WeightedGraph,
  options: MatchingOptions = {},
): MatchingResult {
  assertValidGraph(graph);
  const maxCardinality = options.maxCardinality === true;
  if (maxCardinality) {
    // As a plain maximum-weight matching with every weight raised by the same constant
    // (cardinality-shift.ts); the solver's own maxCardinality mode is the fallback for
    // weights too large to shift exactly.
    const shifted = shiftForCardinality(graph);
    if (shifted) return unshiftResult(maxWeightMatching(shifted.shifted), shifted.shift);
  }
  // Dense graphs (over 48 edges per vertex, such as a round of 400 with all pairs) are
  // solved on each vertex's 16 heaviest edges first, then priced: solve-core-then-price.ts.
  if (!maxCardinality && graph.edgeFrom.length > 48 * graph.vertexCount) {
    return solveCoreThenPrice(graph, 16);
  }
  const { edgeFrom, edgeTo, edgeWeight } = graph;
  let selfLoops = 0;
  for (let e = 0; e < edgeFrom.length; e++) if (edgeFrom[e] === edgeTo[e]) selfLoops++;
  let edgeI = edgeFrom;
  let edgeJ = edgeTo;
  let edgeW = edgeWeight;
  if (selfLoops > 0) {
    const m = edgeFrom.length - selfLoops;
    edgeI = new Int32Array(m);
    edgeJ = new Int32Array(m);
    edgeW = new Float64Array(m);
    let k = 0;
    for (let e = 0; e < edgeFrom.length; e++) {
      if (edgeFrom[e] === edgeTo[e]) continue;
      edgeI[k] = edgeFrom[e]!;
      edgeJ[k] = edgeTo[e]!;
      edgeW[k++] = edgeWeight[e]!;
    }
  }
  const solved = solveWeightedBlossom(graph.vertexCount, edgeI, edgeJ, edgeW, maxCardinality);
  return buildMatchingResult(graph, solved.mates, solved.vertexDual2, solved.blossoms);
}
