import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coverViolations } from "./dual-raise.ts";
import { createGraph } from "./graph.ts";
import { maxWeightMatchingCubic } from "./max-weight-matching-cubic.ts";

const violations = fc.array(
  fc.tuple(
    fc.integer({ min: 0, max: 7 }),
    fc.integer({ min: 0, max: 7 }),
    fc.integer({ min: 1, max: 50 }),
  ),
  { maxLength: 20 },
);

describe("coverViolations", () => {
  it("is at least what any raise covering the violations costs (a matching of them), at most half of raising both ends by their largest", () => {
    fc.assert(
      fc.property(violations, (list) => {
        const pairs = list.filter(([x, y]) => x !== y);
        const x = Int32Array.from(pairs, (p) => p[0]);
        const y = Int32Array.from(pairs, (p) => p[1]);
        const c = Float64Array.from(pairs, (p) => p[2]);
        const raise = coverViolations(x, y, c, 0, 8);
        // Disjoint violated pairs need their whole violation each: no cover costs less.
        const matched = maxWeightMatchingCubic(createGraph(8, pairs)).weight;
        expect(raise).toBeGreaterThanOrEqual(matched);
        const largest = new Float64Array(8);
        pairs.forEach(([a, b, v]) => {
          largest[a] = Math.max(largest[a]!, v);
          largest[b] = Math.max(largest[b]!, v);
        });
        expect(raise).toBeLessThanOrEqual(largest.reduce((s, v) => s + v, 0) / 2);
      }),
    );
  });

  it("counts a mentor's raise once per place", () => {
    // One mentee (0) violated with two mentors of 3 places each (vertices 1 and 2): raising
    // the mentee by 10 (cost 10) beats raising both mentors (cost 3·10 + 3·10).
    const cost = Float64Array.of(1, 3, 3);
    expect(
      coverViolations(
        Int32Array.of(0, 0),
        Int32Array.of(0, 1),
        Float64Array.of(10, 10),
        1,
        3,
        cost,
      ),
    ).toBe(10);
  });
});
