import { createGraph, type WeightedGraph } from "../graph.ts";

/** Small deterministic PRNG (mulberry32) so that test graphs are reproducible from a seed. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random graph with about `averageDegree·n/2` edges and integer weights in 0..maxWeight. */
export function randomGraph(
  seed: number,
  n: number,
  averageDegree: number,
  maxWeight: number,
  bipartite = false,
): WeightedGraph {
  const random = createRandom(seed);
  const edges: [number, number, number][] = [];
  const m = Math.round((n * averageDegree) / 2);
  const half = Math.max(1, n >> 1);
  for (let e = 0; e < m && n >= 2; e++) {
    let u: number;
    let v: number;
    if (bipartite) {
      u = Math.floor(random() * half);
      v = half + Math.floor(random() * (n - half));
      if (v >= n) continue;
    } else {
      u = Math.floor(random() * n);
      v = Math.floor(random() * (n - 1));
      if (v >= u) v++;
    }
    edges.push([u, v, Math.floor(random() * (maxWeight + 1))]);
  }
  return createGraph(n, edges);
}
