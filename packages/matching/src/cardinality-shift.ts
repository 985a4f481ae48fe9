/**
 * Maximum cardinality first, as a plain maximum-weight matching: adding the same constant C
 * to every weight, with C larger than the weight of any matching (C = ⌊n/2⌋·max w + 1),
 * makes every matching with one more pair heavier than any smaller one, so a maximum-weight
 * matching of the shifted graph has maximum size and, among those, maximum original weight.
 *
 * The plain mode is the faster one: it starts from LEMON's jumpstart and dense graphs are
 * solved core-then-price (solve-core-then-price.ts), neither of which the solver's
 * maxCardinality mode can use. The dual converts back exactly: with 2·y_v lowered by C,
 * every edge keeps its slack (2·y_u + 2·y_v + Σ 2·z_B − 2·w is unchanged), and every
 * unmatched vertex, whose shifted dual is 0, gets the common lowest dual −C/2 that the
 * maxCardinality certificate asks for (certificate.ts).
 */
import { maxEdgeWeight, type WeightedGraph } from "./graph.ts";
import type { MatchingResult } from "./matching-result.ts";

/** The graph with C added to every weight, or undefined when the shifted weights would be too large to stay exact. */
export function shiftForCardinality(
  graph: WeightedGraph,
): { shifted: WeightedGraph; shift: number } | undefined {
  const { edgeWeight } = graph;
  let maxWeight = 0;
  for (let e = 0; e < edgeWeight.length; e++) {
    if (edgeWeight[e]! > maxWeight) maxWeight = edgeWeight[e]!;
  }
  const shift = Math.floor(graph.vertexCount / 2) * maxWeight + 1;
  // The shifted graph must be a valid graph: weights up to 2^49, where duals stay exact.
  if (shift + maxWeight > maxEdgeWeight) return undefined;
  const weights = new Float64Array(edgeWeight.length);
  for (let e = 0; e < weights.length; e++) weights[e] = edgeWeight[e]! + shift;
  return { shifted: { ...graph, edgeWeight: weights }, shift };
}

/** The shifted graph's optimum in the original weights, with its dual converted (see above). */
export function unshiftResult(result: MatchingResult, shift: number): MatchingResult {
  const vertexDual2 = result.dual.vertexDual2.slice();
  for (let v = 0; v < vertexDual2.length; v++) vertexDual2[v] = vertexDual2[v]! - shift;
  return {
    ...result,
    weight: result.weight - shift * result.pairCount,
    dual: { ...result.dual, vertexDual2 },
  };
}
