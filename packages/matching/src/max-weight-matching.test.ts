import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createGraph, InvalidGraphError, type WeightedGraph } from "./graph.ts";
import { maxWeightMatching } from "./max-weight-matching.ts";
import { maxWeightMatchingCubic } from "./max-weight-matching-cubic.ts";
import { verifyMatchingCertificate } from "./certificate.ts";
import { bruteForceMatching } from "./testing/brute-force-matching.ts";
import { randomGraph } from "./testing/random-graphs.ts";

const smallGraph = (bipartite: boolean) =>
  fc
    .integer({ min: 0, max: 12 })
    .chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: Math.max(0, n - 1) }),
            fc.integer({ min: 0, max: Math.max(0, n - 1) }),
            fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 1000 })),
          ),
          { maxLength: n < 2 ? 0 : 40 },
        ),
      }),
    )
    .map(({ n, edges }) => {
      const kept = bipartite ? edges.filter(([u, v]) => u < n / 2 !== v < n / 2) : edges;
      return createGraph(n, kept);
    });

const solvers = [
  ["maxWeightMatching", maxWeightMatching],
  ["maxWeightMatchingCubic (oracle)", maxWeightMatchingCubic],
] as const;

describe.each(solvers)("%s", (_name, solve) => {
  for (const maxCardinality of [false, true]) {
    for (const bipartite of [false, true]) {
      it(`matches brute force on small ${bipartite ? "bipartite" : "general"} graphs (maxCardinality ${maxCardinality})`, () => {
        fc.assert(
          fc.property(smallGraph(bipartite), (graph) => {
            const result = solve(graph, { maxCardinality });
            const best = bruteForceMatching(graph, maxCardinality);
            expect(result.weight).toBe(best.weight);
            if (maxCardinality) expect(result.pairCount).toBe(best.pairCount);
            expect(verifyMatchingCertificate(graph, result, { maxCardinality })).toEqual({
              certified: true,
            });
          }),
          { numRuns: 300, seed: 42 },
        );
      });
    }
  }

  it("matches brute force in maxCardinality mode with weights too large to shift (about 2^48)", () => {
    const heavy = smallGraph(false).map((g) => ({
      ...g,
      edgeWeight: g.edgeWeight.map((w) => 2 ** 48 + w),
    }));
    fc.assert(
      fc.property(heavy, (graph) => {
        const result = solve(graph, { maxCardinality: true });
        const best = bruteForceMatching(graph, true);
        expect([result.pairCount, result.weight]).toEqual([best.pairCount, best.weight]);
        expect(verifyMatchingCertificate(graph, result, { maxCardinality: true })).toEqual({
          certified: true,
        });
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it("handles the empty graph, one vertex, and isolated vertices", () => {
    for (const graph of [createGraph(0, []), createGraph(1, []), createGraph(5, [])]) {
      const result = solve(graph);
      expect(result.pairCount).toBe(0);
      expect(result.weight).toBe(0);
      expect([...result.mates].every((m) => m === -1)).toBe(true);
      expect(verifyMatchingCertificate(graph, result).certified).toBe(true);
    }
  });

  it("handles zero weights (maxCardinality then matches everyone)", () => {
    const graph = createGraph(4, [
      [0, 1, 0],
      [2, 3, 0],
    ]);
    expect(solve(graph).weight).toBe(0);
    expect(verifyMatchingCertificate(graph, solve(graph)).certified).toBe(true);
    const full = solve(graph, { maxCardinality: true });
    expect(full.pairCount).toBe(2);
    expect(verifyMatchingCertificate(graph, full, { maxCardinality: true }).certified).toBe(true);
  });

  it("prefers more pairs over more weight in maxCardinality mode", () => {
    // Path a–b–c–d: {b, c} alone weighs 10, {a, b} + {c, d} weigh 2 but match everyone.
    const graph = createGraph(4, [
      [0, 1, 1],
      [1, 2, 10],
      [2, 3, 1],
    ]);
    expect(solve(graph).weight).toBe(10);
    const result = solve(graph, { maxCardinality: true });
    expect([result.pairCount, result.weight]).toEqual([2, 2]);
  });

  it("ignores self loops and uses the heaviest of parallel edges", () => {
    const graph = createGraph(3, [
      [0, 0, 100],
      [0, 1, 3],
      [1, 0, 7],
      [1, 2, 5],
    ]);
    const result = solve(graph);
    expect(result.weight).toBe(7);
    expect([...result.mates]).toEqual([1, 0, -1]);
    expect(verifyMatchingCertificate(graph, result).certified).toBe(true);
  });

  it("solves disconnected components independently", () => {
    const graph = createGraph(7, [
      [0, 1, 5],
      [1, 2, 6],
      [2, 0, 7],
      [3, 4, 2],
      [5, 6, 9],
    ]);
    const result = solve(graph);
    expect(result.weight).toBe(7 + 2 + 9);
    expect(result.pairCount).toBe(3);
  });

  it("is deterministic", () => {
    const graph = randomGraph(7, 300, 8, 5);
    const a = solve(graph);
    const b = solve(graph);
    expect([...a.mates]).toEqual([...b.mates]);
    expect([...a.dual.vertexDual2]).toEqual([...b.dual.vertexDual2]);
  });
});

describe("maxWeightMatching on larger graphs", () => {
  it("is certified on random graphs with thousands of vertices, in both modes", () => {
    const graphs: WeightedGraph[] = [
      randomGraph(1, 3000, 10, 1000),
      randomGraph(2, 3000, 6, 3),
      randomGraph(3, 2000, 12, 100, true),
    ];
    for (const graph of graphs) {
      for (const maxCardinality of [false, true]) {
        const result = maxWeightMatching(graph, { maxCardinality });
        expect(verifyMatchingCertificate(graph, result, { maxCardinality })).toEqual({
          certified: true,
        });
        // Doubled units keep every dual an integer, so the check is exact.
        expect(result.dual.vertexDual2.every(Number.isInteger)).toBe(true);
        expect(result.dual.blossomDual2.every(Number.isInteger)).toBe(true);
      }
    }
  });

  it("is certified on many sparse graphs with small weights (jumpstart: unmatched vertices outside the forest)", () => {
    // Seeds 15, 25 and 30 once lost the δ2 entry of an unmatched vertex with y = 0 after an
    // augmentation reached it, so a later edge to it went infeasible.
    for (let seed = 1; seed <= 40; seed++) {
      const graph = randomGraph(seed, 300, 8, 30);
      expect(verifyMatchingCertificate(graph, maxWeightMatching(graph))).toEqual({
        certified: true,
      });
    }
  });

  it("solves a long odd cycle quickly (ties must not grow huge trees)", () => {
    const n = 20_001;
    const edges: [number, number, number][] = [];
    for (let i = 0; i < n; i++) edges.push([i, (i + 1) % n, 5 + (i % 3)]);
    const graph = createGraph(n, edges);
    // Regression guard: this took 7.6 s before the fix; the test timeout catches a relapse.
    const result = maxWeightMatching(graph);
    expect([result.pairCount, result.weight]).toEqual([10_000, 60_001]);
    expect(verifyMatchingCertificate(graph, result).certified).toBe(true);
  });

  it("handles deeply nested blossoms quickly (a chain of 15,000 triangles)", () => {
    const n = 30_001;
    const edges: [number, number, number][] = [];
    for (let i = 0; i + 2 < n; i += 2)
      edges.push([i, i + 1, 10], [i + 1, i + 2, 10], [i, i + 2, 10]);
    const graph = createGraph(n, edges);
    // Regression guard: 1.6 s with O(|B|) relabelling; the test timeout catches a relapse.
    const result = maxWeightMatching(graph, { maxCardinality: true });
    expect([result.pairCount, result.weight]).toEqual([15_000, 150_000]);
    expect(verifyMatchingCertificate(graph, result, { maxCardinality: true }).certified).toBe(true);
  });

  it("agrees with the O(n³) oracle on medium graphs", () => {
    for (let seed = 10; seed < 16; seed++) {
      const graph = randomGraph(seed, 200, 6, seed % 2 === 0 ? 4 : 500);
      for (const maxCardinality of [false, true]) {
        const fast = maxWeightMatching(graph, { maxCardinality });
        const oracle = maxWeightMatchingCubic(graph, { maxCardinality });
        expect([fast.pairCount, fast.weight]).toEqual(
          maxCardinality ? [oracle.pairCount, oracle.weight] : [fast.pairCount, oracle.weight],
        );
      }
    }
  });

  it("rejects invalid graphs with a message naming the edge", () => {
    const bad = (edges: [number, number, number][]) => () =>
      maxWeightMatching(createGraphUnchecked(3, edges));
    expect(bad([[0, 3, 1]])).toThrow(InvalidGraphError);
    expect(bad([[0, 3, 1]])).toThrow("edge 0 (0, 3) has a vertex outside 0..2");
    expect(bad([[0, 1, -1]])).toThrow("edge 0 (0, 1) has weight -1");
    expect(bad([[0, 1, 1.5]])).toThrow("weights must be integers");
  });
});

function createGraphUnchecked(n: number, edges: [number, number, number][]): WeightedGraph {
  return {
    vertexCount: n,
    edgeFrom: Int32Array.from(edges, (e) => e[0]),
    edgeTo: Int32Array.from(edges, (e) => e[1]),
    edgeWeight: Float64Array.from(edges, (e) => e[2]),
  };
}
