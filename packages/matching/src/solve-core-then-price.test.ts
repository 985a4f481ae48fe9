import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { verifyMatchingCertificate } from "./certificate.ts";
import { createGraph } from "./graph.ts";
import { maxWeightMatching } from "./max-weight-matching.ts";
import { maxWeightMatchingCubic } from "./max-weight-matching-cubic.ts";
import { solveCoreThenPrice } from "./solve-core-then-price.ts";
import { markStrongEdges } from "./strong-edges.ts";
import { bruteForceMatching } from "./testing/brute-force-matching.ts";
import { randomGraph } from "./testing/random-graphs.ts";

describe("solveCoreThenPrice", () => {
  it("matches brute force with cores of 1 and 2 edges per vertex (pricing must repair them)", () => {
    const graphs = fc
      .integer({ min: 0, max: 11 })
      .chain((n) =>
        fc
          .array(
            fc.tuple(
              fc.integer({ min: 0, max: Math.max(0, n - 1) }),
              fc.integer({ min: 0, max: Math.max(0, n - 1) }),
              fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1000 })),
            ),
            { maxLength: n < 2 ? 0 : 45 },
          )
          .map((edges) => createGraph(n, edges)),
      );
    fc.assert(
      fc.property(graphs, fc.integer({ min: 1, max: 2 }), (graph, k) => {
        const result = solveCoreThenPrice(graph, k);
        expect(result.weight).toBe(bruteForceMatching(graph, false).weight);
        // The certificate is checked on every edge, not only the core's.
        expect(verifyMatchingCertificate(graph, result)).toEqual({ certified: true });
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it("gives the weight of the O(n³) oracle on dense random graphs, certified on all edges", () => {
    for (let seed = 1; seed <= 4; seed++) {
      const graph = randomGraph(seed, 200, 100, seed % 2 === 0 ? 20 : 1000);
      const direct = maxWeightMatchingCubic(graph);
      for (const k of [1, 4, 16]) {
        const result = solveCoreThenPrice(graph, k);
        expect(result.weight).toBe(direct.weight);
        expect(verifyMatchingCertificate(graph, result)).toEqual({ certified: true });
      }
    }
  });

  it("is what maxWeightMatching uses on a dense graph, and is deterministic", () => {
    const graph = randomGraph(9, 200, 150, 500);
    const a = maxWeightMatching(graph);
    const b = maxWeightMatching(graph);
    expect([...a.mates]).toEqual([...b.mates]);
    expect(a.weight).toBe(solveCoreThenPrice(graph, 16).weight);
  });
});

describe("markStrongEdges", () => {
  it("keeps the k heaviest edges at each vertex (ties included) and drops self loops", () => {
    // Vertex 0 has weights 9, 7, 7, 1; with k = 2 its threshold is 7 (both 7s stay).
    const graph = createGraph(5, [
      [0, 1, 9],
      [0, 2, 7],
      [0, 3, 7],
      [0, 4, 1],
      [2, 2, 50],
    ]);
    const strong = new Uint8Array(5);
    // Vertices 1–4 have one or two edges, so every edge is among their 2 heaviest.
    expect(markStrongEdges(graph, 2, strong)).toBe(4);
    expect([...strong]).toEqual([1, 1, 1, 1, 0]);
    const star = createGraph(6, [
      [0, 1, 1],
      [0, 2, 2],
      [0, 3, 3],
      [1, 2, 1],
      [1, 3, 1],
      [2, 3, 5],
    ]);
    const strongStar = new Uint8Array(6);
    markStrongEdges(star, 1, strongStar);
    // 0's heaviest is 0–3 (3); 1's heaviest are all weight 1 (ties: 0–1, 1–2, 1–3);
    // 2's and 3's heaviest is 2–3 (5).
    expect([...strongStar]).toEqual([1, 0, 1, 1, 1, 1]);
  });
});
