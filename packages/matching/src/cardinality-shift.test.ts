import { describe, expect, it } from "vitest";
import { shiftForCardinality, unshiftResult } from "./cardinality-shift.ts";
import { verifyMatchingCertificate } from "./certificate.ts";
import { createGraph, maxEdgeWeight } from "./graph.ts";
import { maxWeightMatching } from "./max-weight-matching.ts";

describe("maximum cardinality by shifting every weight", () => {
  // A path a–b–c–d whose middle edge is heaviest: the heaviest matching is {b–c} alone,
  // the largest {a–b, c–d}.
  const path = createGraph(4, [
    [0, 1, 4],
    [1, 2, 10],
    [2, 3, 4],
  ]);

  it("turns the plain optimum of the shifted graph into the largest matching, heaviest among those", () => {
    expect(maxWeightMatching(path).pairCount).toBe(1);
    const shifted = shiftForCardinality(path)!;
    expect(shifted.shift).toBe(2 * 10 + 1);
    const result = unshiftResult(maxWeightMatching(shifted.shifted), shifted.shift);
    expect([...result.mates]).toEqual([1, 0, 3, 2]);
    expect([result.pairCount, result.weight]).toEqual([2, 8]);
    // The converted dual proves it with the maxCardinality certificate on the original graph.
    expect(verifyMatchingCertificate(path, result, { maxCardinality: true })).toEqual({
      certified: true,
    });
    expect(verifyMatchingCertificate(path, result).certified).toBe(false);
  });

  it("declines when the shifted weights would pass 2^49 (the solver's own mode takes over)", () => {
    const heavy = createGraph(4, [
      [0, 1, maxEdgeWeight / 2],
      [2, 3, 1],
    ]);
    expect(shiftForCardinality(heavy)).toBeUndefined();
    const result = maxWeightMatching(heavy, { maxCardinality: true });
    expect(result.pairCount).toBe(2);
    expect(verifyMatchingCertificate(heavy, result, { maxCardinality: true }).certified).toBe(true);
  });
});
