/**
 * The dual solution of the matching LP, in doubled units so that every value is an integer
 * when the weights are:
 *
 *   2·y_u + 2·y_v + Σ_{B ∋ u, v} 2·z_B ≥ 2·w(u, v)   for every edge (u, v)
 *
 * Only blossoms (odd vertex sets, laminar) with z_B > 0 are listed, as CSR: the members of
 * blossom i are `blossomMembers[blossomMemberStart[i] .. blossomMemberStart[i + 1] - 1]`.
 */
export interface MatchingDual {
  /** 2·y_v per vertex. Non-negative, except in maxCardinality mode (see the checker). */
  vertexDual2: Float64Array;
  /** 2·z_B per listed blossom, all > 0. */
  blossomDual2: Float64Array;
  blossomMemberStart: Int32Array;
  blossomMembers: Int32Array;
}

export interface MatchingResult {
  /** mates[v] = partner of v, or -1 when v is unmatched. */
  mates: Int32Array;
  /** Total weight of the matched pairs (for parallel edges, the heaviest one). */
  weight: number;
  pairCount: number;
  dual: MatchingDual;
}

export interface MatchingOptions {
  /** First match as many vertices as possible, then maximise the weight. */
  maxCardinality?: boolean;
}
