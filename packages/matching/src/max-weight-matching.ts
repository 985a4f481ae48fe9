/**
 * Maximum-weight matching on a general graph (Edmonds' blossom algorithm).
 */
import type { WeightedGraph } from "./graph.ts";
import type { MatchingOptions, MatchingResult } from "./matching-result.ts";
import { maxWeightMatchingCubic } from "./max-weight-matching-cubic.ts";

export type { MatchingDual, MatchingOptions, MatchingResult } from "./matching-result.ts";

export function maxWeightMatching(
  graph: WeightedGraph,
  options: MatchingOptions = {},
): MatchingResult {
  return maxWeightMatchingCubic(graph, options);
}
