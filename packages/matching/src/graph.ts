/**
 * An undirected graph with non-negative integer edge weights, stored as three parallel typed
 * arrays (one entry per edge) so that graphs with millions of edges cost a few bytes each.
 */
export interface WeightedGraph {
  vertexCount: number;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  /** Non-negative integers (exactly representable: at most 2^49). */
  edgeWeight: Float64Array;
}

/** Largest accepted weight: doubled duals and sums of n/2 weights must stay exact in a double. */
export const maxEdgeWeight = 2 ** 49;

/** Builds a graph from `[u, v, w]` triples (convenience for tests and small callers). */
export function createGraph(
  vertexCount: number,
  edges: ArrayLike<readonly [number, number, number]>,
): WeightedGraph {
  const edgeCount = edges.length;
  const edgeFrom = new Int32Array(edgeCount);
  const edgeTo = new Int32Array(edgeCount);
  const edgeWeight = new Float64Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const edge = edges[e]!;
    edgeFrom[e] = edge[0];
    edgeTo[e] = edge[1];
    edgeWeight[e] = edge[2];
  }
  const graph = { vertexCount, edgeFrom, edgeTo, edgeWeight };
  assertValidGraph(graph);
  return graph;
}

/** Thrown for a graph the solvers cannot accept; the message names the offending edge. */
export class InvalidGraphError extends Error {
  override name = "InvalidGraphError";
}

/**
 * Checks sizes, vertex ranges and weights. Self loops and parallel edges are allowed: a self
 * loop can never be matched and is ignored; of parallel edges the heaviest one counts.
 */
export function assertValidGraph(graph: WeightedGraph): void {
  const { vertexCount, edgeFrom, edgeTo, edgeWeight } = graph;
  if (!Number.isInteger(vertexCount) || vertexCount < 0 || vertexCount > 0x3fffffff) {
    throw new InvalidGraphError(`vertexCount must be a non-negative integer, got ${vertexCount}`);
  }
  const edgeCount = edgeFrom.length;
  if (edgeTo.length !== edgeCount || edgeWeight.length !== edgeCount) {
    throw new InvalidGraphError(
      `edgeFrom, edgeTo and edgeWeight must have the same length, got ${edgeCount}, ${edgeTo.length}, ${edgeWeight.length}`,
    );
  }
  for (let e = 0; e < edgeCount; e++) {
    const u = edgeFrom[e]!;
    const v = edgeTo[e]!;
    const w = edgeWeight[e]!;
    if (u < 0 || u >= vertexCount || v < 0 || v >= vertexCount) {
      throw new InvalidGraphError(
        `edge ${e} (${u}, ${v}) has a vertex outside 0..${vertexCount - 1}`,
      );
    }
    if (!Number.isInteger(w) || w < 0 || w > maxEdgeWeight) {
      throw new InvalidGraphError(
        `edge ${e} (${u}, ${v}) has weight ${w}; weights must be integers in 0..2^49`,
      );
    }
  }
}
