/**
 * Pricing: checks a dual solution of the matching LP against edges that the solver did not
 * see. An edge with a negative reduced cost,
 *
 *   2·y_u + 2·y_v + Σ_{B ∋ u, v} 2·z_B − 2·w(u, v) < 0,
 *
 * could improve the matching; when there is none, the matching found on the sparse core is
 * optimal for the whole graph (the dual is feasible everywhere and the complementary
 * slackness conditions only involve core edges).
 */
import type { WeightedGraph } from "./graph.ts";
import type { FinalBlossom } from "./matching-result-builder.ts";

/**
 * Marks in `core` every unmarked edge with a negative reduced cost; returns how many.
 * Most edges pass on the vertex duals alone (blossom duals are never negative), so the
 * blossom memberships are only built when an edge needs them.
 */
export function priceEdges(
  graph: WeightedGraph,
  core: Uint8Array,
  vertexDual2: Float64Array,
  blossoms: readonly FinalBlossom[],
): number {
  const { edgeFrom, edgeTo, edgeWeight } = graph;
  let memberships: BlossomMemberships | undefined;
  let added = 0;
  for (let e = 0; e < edgeFrom.length; e++) {
    if (core[e] !== 0) continue;
    const u = edgeFrom[e]!;
    const v = edgeTo[e]!;
    const slack = vertexDual2[u]! + vertexDual2[v]! - 2 * edgeWeight[e]!;
    if (slack >= 0 || u === v) continue;
    memberships ??= new BlossomMemberships(graph.vertexCount, blossoms);
    if (slack + memberships.sharedDual2(u, v) < 0) {
      core[e] = 1;
      added++;
    }
  }
  return added;
}

/** For each vertex, the listed blossoms that contain it (in list order), to sum shared duals. */
export class BlossomMemberships {
  private readonly start: Int32Array;
  private readonly list: Int32Array;

  constructor(
    n: number,
    private readonly blossoms: readonly FinalBlossom[],
  ) {
    this.start = new Int32Array(n + 1);
    for (const blossom of blossoms) {
      for (let i = 0; i < blossom.members.length; i++) this.start[blossom.members[i]! + 1]!++;
    }
    for (let v = 0; v < n; v++) this.start[v + 1]! += this.start[v]!;
    this.list = new Int32Array(this.start[n]!);
    const fill = this.start.slice(0, n);
    for (let b = 0; b < blossoms.length; b++) {
      const members = blossoms[b]!.members;
      for (let i = 0; i < members.length; i++) this.list[fill[members[i]!]!++] = b;
    }
  }

  /** Σ 2·z_B over the blossoms containing both u and v (both lists ascend, so merge them). */
  sharedDual2(u: number, v: number): number {
    let i = this.start[u]!;
    let j = this.start[v]!;
    const iEnd = this.start[u + 1]!;
    const jEnd = this.start[v + 1]!;
    let sum = 0;
    while (i < iEnd && j < jEnd) {
      const a = this.list[i]!;
      const b = this.list[j]!;
      if (a === b) {
        sum += this.blossoms[a]!.dual2;
        i++;
        j++;
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }
}
