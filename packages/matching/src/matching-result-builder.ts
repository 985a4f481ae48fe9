import type { WeightedGraph } from "./graph.ts";
import type { MatchingResult } from "./matching-result.ts";

/** A blossom of the final dual solution: its doubled dual 2·z_B and its vertices. */
export interface FinalBlossom {
  dual2: number;
  members: ArrayLike<number>;
}

/**
 * Packs a solver's final state into a `MatchingResult`: the weight of each matched pair is
 * that of the heaviest edge between the two (parallel edges are allowed).
 */
export function buildMatchingResult(
  graph: WeightedGraph,
  mates: Int32Array,
  vertexDual2: Float64Array,
  blossoms: readonly FinalBlossom[],
): MatchingResult {
  const n = graph.vertexCount;
  const pairWeight = new Float64Array(n).fill(-1);
  for (let e = 0; e < graph.edgeFrom.length; e++) {
    const u = graph.edgeFrom[e]!;
    const v = graph.edgeTo[e]!;
    if (u !== v && mates[u] === v && graph.edgeWeight[e]! > pairWeight[u]!) {
      pairWeight[u] = graph.edgeWeight[e]!;
    }
  }
  let weight = 0;
  let pairCount = 0;
  for (let v = 0; v < n; v++) {
    const mate = mates[v]!;
    if (mate > v) {
      pairCount++;
      weight += Math.max(pairWeight[v]!, pairWeight[mate]!);
    }
  }
  let memberTotal = 0;
  for (const blossom of blossoms) memberTotal += blossom.members.length;
  const blossomDual2 = new Float64Array(blossoms.length);
  const blossomMemberStart = new Int32Array(blossoms.length + 1);
  const blossomMembers = new Int32Array(memberTotal);
  let offset = 0;
  for (let i = 0; i < blossoms.length; i++) {
    const blossom = blossoms[i]!;
    blossomDual2[i] = blossom.dual2;
    blossomMemberStart[i] = offset;
    for (let j = 0; j < blossom.members.length; j++) blossomMembers[offset++] = blossom.members[j]!;
  }
  blossomMemberStart[blossoms.length] = offset;
  return {
    mates,
    weight,
    pairCount,
    dual: { vertexDual2, blossomDual2, blossomMemberStart, blossomMembers },
  };
}
