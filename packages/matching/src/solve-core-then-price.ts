/**
 * Maximum-weight matching of a dense graph by solving a sparse core and pricing the rest:
 * solve on the strong edges (each vertex's k heaviest, strong-edges.ts), price every other
 * edge against the dual (price-edges.ts), add those with a negative reduced cost and solve
 * again until none is left. The result is optimal for the whole graph and its dual is
 * feasible on every edge, so the certificate is checked against the whole graph as usual.
 *
 * Plain maximum weight only: maxCardinality gets here through cardinality-shift.ts (the
 * solver's own maxCardinality dual does not prove that no larger matching exists, so a
 * core could hide an augmenting path).
 */
import type { WeightedGraph } from "./graph.ts";
import type { MatchingResult } from "./matching-result.ts";
import { buildMatchingResult } from "./matching-result-builder.ts";
import { priceEdges } from "./price-edges.ts";
import { markedSubgraph, markStrongEdges } from "./strong-edges.ts";
import { solveWeightedBlossom, type WarmStart } from "./weighted-blossom-solver.ts";

/** `graph` must be valid (assertValidGraph); k ≥ 1 edges per vertex start the core. */
export function solveCoreThenPrice(graph: WeightedGraph, k: number): MatchingResult {
  const core = new Uint8Array(graph.edgeFrom.length);
  let coreSize = markStrongEdges(graph, k, core);
  let warmStart: WarmStart | undefined;
  for (;;) {
    const sub = markedSubgraph(graph, core, coreSize);
    const solved = solveWeightedBlossom(
      graph.vertexCount,
      sub.edgeFrom,
      sub.edgeTo,
      sub.edgeWeight,
      false,
      warmStart,
    );
    const added = priceEdges(graph, core, solved.vertexDual2, solved.blossoms);
    if (added === 0) {
      // The matched pairs are core edges, and the core holds the heaviest of any parallel ones.
      return buildMatchingResult(sub, solved.mates, solved.vertexDual2, solved.blossoms);
    }
    coreSize += added;
    // The next solve starts from this optimum: only around the new edges does anything move.
    warmStart = solved;
  }
}
