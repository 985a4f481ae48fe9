import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  maxWeightBipartiteBMatching,
  type BipartiteBMatchingInput,
} from "./bipartite-b-matching.ts";
import { verifyBMatchingCertificate } from "./b-matching-certificate.ts";
import { createRandom } from "./testing/random-graphs.ts";

function makeInput(
  leftCount: number,
  capacities: number[],
  edges: [number, number, number][],
): BipartiteBMatchingInput {
  return {
    leftCount,
    rightCount: capacities.length,
    rightCapacity: Int32Array.from(capacities),
    edgeLeft: Int32Array.from(edges, (e) => e[0]),
    edgeRight: Int32Array.from(edges, (e) => e[1]),
    edgeWeight: Float64Array.from(edges, (e) => e[2]),
  };
}

/** Exhaustive search: every left vertex picks one of its edges or none. */
function bruteForce(input: BipartiteBMatchingInput, maxCardinality: boolean): [number, number] {
  const load = new Int32Array(input.rightCount);
  let best: [number, number] = [0, 0];
  const visit = (i: number, count: number, weight: number): void => {
    if (i === input.leftCount) {
      const better = maxCardinality
        ? count > best[0] || (count === best[0] && weight > best[1])
        : weight > best[1];
      if (better) best = [count, weight];
      return;
    }
    visit(i + 1, count, weight);
    for (let e = 0; e < input.edgeLeft.length; e++) {
      const j = input.edgeRight[e]!;
      if (input.edgeLeft[e] !== i || load[j]! >= input.rightCapacity[j]!) continue;
      load[j]!++;
      visit(i + 1, count + 1, weight + input.edgeWeight[e]!);
      load[j]!--;
    }
  };
  visit(0, 0, 0);
  return best;
}

const smallInput = fc
  .record({ leftCount: fc.integer({ min: 0, max: 6 }), rightCount: fc.integer({ min: 0, max: 3 }) })
  .chain(({ leftCount, rightCount }) =>
    fc.record({
      leftCount: fc.constant(leftCount),
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), {
        minLength: rightCount,
        maxLength: rightCount,
      }),
      edges: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: Math.max(0, leftCount - 1) }),
          fc.integer({ min: 0, max: Math.max(0, rightCount - 1) }),
          fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 1000 })),
        ),
        { maxLength: leftCount === 0 || rightCount === 0 ? 0 : 14 },
      ),
    }),
  )
  .map(({ leftCount, capacities, edges }) => makeInput(leftCount, capacities, edges));

describe("maxWeightBipartiteBMatching", () => {
  for (const maxCardinality of [false, true]) {
    it(`matches brute force on small instances (maxCardinality ${maxCardinality})`, () => {
      fc.assert(
        fc.property(smallInput, (input) => {
          const result = maxWeightBipartiteBMatching(input, { maxCardinality });
          expect(result.certified).toBe(true);
          const [count, weight] = bruteForce(input, maxCardinality);
          expect(result.weight).toBe(weight);
          if (maxCardinality) expect(result.assignedCount).toBe(count);
        }),
        { numRuns: 400, seed: 7 },
      );
    });
  }

  it("respects mentor capacities", () => {
    const input = makeInput(
      3,
      [2, 1],
      [
        [0, 0, 5],
        [1, 0, 5],
        [2, 0, 5],
        [2, 1, 1],
      ],
    );
    const result = maxWeightBipartiteBMatching(input);
    expect([...result.assignment]).toEqual([0, 0, 1]);
    expect(result.weight).toBe(11);
    expect(result.certified).toBe(true);
  });

  it("is certified and deterministic on a large random instance", () => {
    const random = createRandom(3);
    const leftCount = 3000;
    const rightCount = 600;
    const edges: [number, number, number][] = [];
    for (let i = 0; i < leftCount; i++) {
      for (let k = 0; k < 15; k++) {
        edges.push([i, Math.floor(random() * rightCount), Math.floor(random() * 100)]);
      }
    }
    const capacities = Array.from({ length: rightCount }, () => 1 + Math.floor(random() * 4));
    const input = makeInput(leftCount, capacities, edges);
    for (const maxCardinality of [false, true]) {
      const a = maxWeightBipartiteBMatching(input, { maxCardinality });
      const b = maxWeightBipartiteBMatching(input, { maxCardinality });
      expect(a.certified).toBe(true);
      expect([...a.assignment]).toEqual([...b.assignment]);
    }
  });

  it("the checker rejects a tampered assignment", () => {
    const input = makeInput(
      2,
      [1, 1],
      [
        [0, 0, 5],
        [1, 1, 4],
        [1, 0, 1],
      ],
    );
    const result = maxWeightBipartiteBMatching(input);
    expect(result.weight).toBe(9);
    const tampered = { ...result, assignment: Int32Array.of(0, -1), weight: 5 };
    expect(verifyBMatchingCertificate(input, tampered).certified).toBe(false);
  });

  it("rejects an edge outside the vertex ranges", () => {
    expect(() => maxWeightBipartiteBMatching(makeInput(1, [1], [[0, 1, 1]]))).toThrow(
      "edge 0 (0, 1) is outside left 0..0 / right 0..0",
    );
  });
});
