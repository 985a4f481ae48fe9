import type { WeightedGraph } from "../graph.ts";

/** Exhaustive optimum for small graphs (n ≤ 16): [pairCount, weight] by dynamic programming over vertex subsets. */
export function bruteForceMatching(
  graph: WeightedGraph,
  maxCardinality: boolean,
): { pairCount: number; weight: number } {
  const n = graph.vertexCount;
  const w = new Float64Array(n * n).fill(-1);
  for (let e = 0; e < graph.edgeFrom.length; e++) {
    const u = graph.edgeFrom[e]!;
    const v = graph.edgeTo[e]!;
    if (u === v) continue;
    const x = graph.edgeWeight[e]!;
    if (x > w[u * n + v]!) {
      w[u * n + v] = x;
      w[v * n + u] = x;
    }
  }
  const size = 1 << n;
  const bestCount = new Int32Array(size);
  const bestWeight = new Float64Array(size);
  for (let mask = 1; mask < size; mask++) {
    const i = 31 - Math.clz32(mask & -mask);
    const rest = mask & ~(1 << i);
    let count = bestCount[rest]!;
    let weight = bestWeight[rest]!;
    for (let j = 0; j < n; j++) {
      if (!(rest & (1 << j)) || w[i * n + j]! < 0) continue;
      const sub = rest & ~(1 << j);
      const c = bestCount[sub]! + 1;
      const x = bestWeight[sub]! + w[i * n + j]!;
      const better = maxCardinality ? c > count || (c === count && x > weight) : x > weight;
      if (better) {
        count = c;
        weight = x;
      }
    }
    bestCount[mask] = count;
    bestWeight[mask] = weight;
  }
  return { pairCount: bestCount[size - 1]!, weight: bestWeight[size - 1]! };
}
