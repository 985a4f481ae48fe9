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
import { markedSubgraph } from "./strong-edges.ts";
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
  if (options.maxCardinality === true) {
    // As a plain maximum-weight matching with every weight raised by the same constant
    // (cardinality-shift.ts; the shifted graph is valid by construction); the solver's own
    // maxCardinality mode is the fallback for weights too large to shift exactly.
    const shifted = shiftForCardinality(graph);
    if (shifted) return unshiftResult(solveValidGraph(shifted.shifted, false), shifted.shift);
    return solveValidGraph(graph, true);
  }
  return solveValidGraph(graph, false);
}

function solveValidGraph(graph: WeightedGraph, maxCardinality: boolean): MatchingResult {
  // Dense graphs (over 48 edges per vertex, such as a round of 400 with all pairs) are
  // solved on each vertex's 16 heaviest edges first, then priced: solve-core-then-price.ts.
  if (!maxCardinality && graph.edgeFrom.length > 48 * graph.vertexCount) {
    return solveCoreThenPrice(graph, 16);
  }
  const solvable = withoutSelfLoops(graph);
  const solved = solveWeightedBlossom(
    graph.vertexCount,
    solvable.edgeFrom,
    solvable.edgeTo,
    solvable.edgeWeight,
    maxCardinality,
  );
  return buildMatchingResult(graph, solved.mates, solved.vertexDual2, solved.blossoms);
}

/** The graph itself when it has no self loop, else a copy without them. */
function withoutSelfLoops(graph: WeightedGraph): WeightedGraph {
  const { edgeFrom, edgeTo } = graph;
  let loops = 0;
  for (let e = 0; e < edgeFrom.length; e++) if (edgeFrom[e] === edgeTo[e]) loops++;
  if (loops === 0) return graph;
  const kept = new Uint8Array(edgeFrom.length);
  for (let e = 0; e < edgeFrom.length; e++) if (edgeFrom[e] !== edgeTo[e]) kept[e] = 1;
  return markedSubgraph(graph, kept, edgeFrom.length - loops);
}
