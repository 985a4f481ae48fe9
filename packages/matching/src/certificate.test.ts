import { describe, expect, it } from "vitest";
import { createGraph } from "./graph.ts";
import { maxWeightMatching } from "./max-weight-matching.ts";
import { verifyMatchingCertificate } from "./certificate.ts";
import type { MatchingResult } from "./matching-result.ts";
import { randomGraph } from "./testing/random-graphs.ts";

function copy(result: MatchingResult): MatchingResult {
  return {
    ...result,
    mates: result.mates.slice(),
    dual: {
      vertexDual2: result.dual.vertexDual2.slice(),
      blossomDual2: result.dual.blossomDual2.slice(),
      blossomMemberStart: result.dual.blossomMemberStart.slice(),
      blossomMembers: result.dual.blossomMembers.slice(),
    },
  };
}

describe("verifyMatchingCertificate", () => {
  // A triangle with a pendant vertex: the optimum uses a blossom dual in general.
  const graph = randomGraph(5, 400, 6, 50);
  const result = maxWeightMatching(graph);

  it("certifies the solver's result", () => {
    expect(verifyMatchingCertificate(graph, result)).toEqual({ certified: true });
    expect(result.dual.blossomDual2.length).toBeGreaterThan(0);
  });

  it("rejects a matching with one pair removed", () => {
    const tampered = copy(result);
    const v = tampered.mates.findIndex((m) => m >= 0);
    const u = tampered.mates[v]!;
    tampered.mates[v] = -1;
    tampered.mates[u] = -1;
    const verdict = verifyMatchingCertificate(graph, tampered);
    expect(verdict.certified).toBe(false);
  });

  it("rejects a wrong total weight", () => {
    const verdict = verifyMatchingCertificate(graph, { ...result, weight: result.weight + 1 });
    expect(verdict).toEqual({
      certified: false,
      reason: `weight is ${result.weight + 1}, the pairs sum to ${result.weight}`,
    });
  });

  it("rejects lowered duals (an edge becomes infeasible)", () => {
    const tampered = copy(result);
    tampered.dual.vertexDual2.fill(0);
    expect(verifyMatchingCertificate(graph, tampered).certified).toBe(false);
  });

  it("rejects a suboptimal matching whatever duals come with it", () => {
    // Path 0–1–2–3 with weights 2, 3, 2: the optimum {01, 23} weighs 4, {12} only 3.
    const path = createGraph(4, [
      [0, 1, 2],
      [1, 2, 3],
      [2, 3, 2],
    ]);
    const optimum = maxWeightMatching(path);
    expect(optimum.weight).toBe(4);
    const wrong = copy(optimum);
    wrong.mates.set([-1, 2, 1, -1]);
    wrong.weight = 3;
    wrong.pairCount = 1;
    expect(verifyMatchingCertificate(path, wrong).certified).toBe(false);
    wrong.dual.vertexDual2.set([0, 3, 3, 0]);
    expect(verifyMatchingCertificate(path, wrong)).toEqual({
      certified: false,
      reason: "edge 0 (0, 1, weight 2) has negative slack -0.5",
    });
  });

  it("rejects a non-laminar or even blossom", () => {
    const tampered = copy(result);
    tampered.dual.blossomDual2 = Float64Array.of(2);
    tampered.dual.blossomMemberStart = Int32Array.of(0, 2);
    tampered.dual.blossomMembers = Int32Array.of(0, 1);
    expect(verifyMatchingCertificate(graph, tampered).reason).toMatch(/odd number/);
  });

  it("in maxCardinality mode rejects a heavier but smaller matching", () => {
    const path = createGraph(4, [
      [0, 1, 1],
      [1, 2, 10],
      [2, 3, 1],
    ]);
    const heavy = maxWeightMatching(path);
    expect(verifyMatchingCertificate(path, heavy).certified).toBe(true);
    expect(verifyMatchingCertificate(path, heavy, { maxCardinality: true })).toEqual({
      certified: false,
      reason: "an augmenting path exists: the matching is not of maximum cardinality",
    });
  });
});
