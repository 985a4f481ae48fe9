/**
 * The "strong" edges of a graph: those among the k heaviest at one of their ends (ties
 * included). A maximum-weight matching almost always uses only such edges, so the solver
 * first solves this sparse core and then prices the other edges against its dual (see
 * price-edges.ts): an edge that would improve the matching has a negative reduced cost and
 * joins the core for another solve. This is the "sparse graph, then price" scheme of
 * W. Cook and A. Rohe, "Computing minimum-weight perfect matchings", INFORMS J. Computing
 * 11 (1999), here on the k heaviest neighbours instead of the k nearest ones.
 */
import type { WeightedGraph } from "./graph.ts";

/**
 * Marks (1) in `strong` every edge whose weight is at least the k-th heaviest weight at one of
 * its ends; self loops stay 0. Returns how many are marked. One pass keeps, per vertex, a
 * binary min-heap of its k heaviest weights in one flat array; a second pass marks.
 */
export function markStrongEdges(graph: WeightedGraph, k: number, strong: Uint8Array): number {
  const { vertexCount: n, edgeFrom, edgeTo, edgeWeight } = graph;
  const m = edgeFrom.length;
  const heaps = new Float64Array(n * k);
  const sizes = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    const u = edgeFrom[e]!;
    const v = edgeTo[e]!;
    if (u === v) continue;
    const w = edgeWeight[e]!;
    // Both ends in turn (written once, not as a call per end: this loop runs before V8
    // has optimised anything, and calls cost most there).
    for (let side = 0; side < 2; side++) {
      const x = side === 0 ? u : v;
      const base = x * k;
      const size = sizes[x]!;
      if (size < k) {
        let i = size;
        sizes[x] = size + 1;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (heaps[base + parent]! <= w) break;
          heaps[base + i] = heaps[base + parent]!;
          i = parent;
        }
        heaps[base + i] = w;
      } else if (w > heaps[base]!) {
        let i = 0;
        for (;;) {
          let child = 2 * i + 1;
          if (child >= k) break;
          if (child + 1 < k && heaps[base + child + 1]! < heaps[base + child]!) child++;
          if (heaps[base + child]! >= w) break;
          heaps[base + i] = heaps[base + child]!;
          i = child;
        }
        heaps[base + i] = w;
      }
    }
  }
  // A vertex with fewer than k edges keeps them all.
  const threshold = new Float64Array(n);
  for (let v = 0; v < n; v++) threshold[v] = sizes[v]! < k ? -1 : heaps[v * k]!;
  let count = 0;
  for (let e = 0; e < m; e++) {
    const u = edgeFrom[e]!;
    const v = edgeTo[e]!;
    const w = edgeWeight[e]!;
    if (u !== v && (w >= threshold[u]! || w >= threshold[v]!)) {
      strong[e] = 1;
      count++;
    }
  }
  return count;
}

/** The marked edges of `graph` as a graph of their own (same vertices). */
export function markedSubgraph(
  graph: WeightedGraph,
  marked: Uint8Array,
  count: number,
): WeightedGraph {
  const edgeFrom = new Int32Array(count);
  const edgeTo = new Int32Array(count);
  const edgeWeight = new Float64Array(count);
  let j = 0;
  for (let e = 0; e < marked.length; e++) {
    if (marked[e] === 0) continue;
    edgeFrom[j] = graph.edgeFrom[e]!;
    edgeTo[j] = graph.edgeTo[e]!;
    edgeWeight[j++] = graph.edgeWeight[e]!;
  }
  return { vertexCount: graph.vertexCount, edgeFrom, edgeTo, edgeWeight };
}
