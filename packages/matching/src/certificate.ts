/**
 * Independent optimality check of a maximum-weight matching from its LP dual (Edmonds'
 * matching polytope; see e.g. Schrijver, "Combinatorial Optimization", §25–26, or the
 * verification in van Rantwijk's mwmatching). It shares no code with the solvers: it
 * recomputes everything from the graph, the mates and the duals, in doubled integer units.
 *
 * Conditions (y, z in doubled units, slack(u, v) = y_u + y_v + Σ_{B ∋ u, v} z_B − 2·w(u, v)):
 *  - the mates are a matching of graph edges, and weight / pairCount agree with it;
 *  - the blossoms are a laminar family of odd sets with z_B > 0, each full:
 *    (|B| − 1) / 2 matched pairs inside;
 *  - every edge has slack ≥ 0 and every matched pair slack 0;
 *  - plain mode: y ≥ 0 and y = 0 on unmatched vertices;
 *  - maxCardinality mode: with t = max(0, −min y), y + t = 0 on unmatched vertices, and no
 *    augmenting path exists (checked by `hasAugmentingPath`). Then for every matching M' of
 *    maximum size w(M') ≤ Σ y + (n − 2|M'|)·t + Σ z_B·(|B| − 1)/2 = w(M), halved.
 */
import type { WeightedGraph } from "./graph.ts";
import type { MatchingResult } from "./matching-result.ts";
import { hasAugmentingPath } from "./augmenting-path-check.ts";
import { buildBlossomForest } from "./blossom-forest.ts";

export interface CertificateVerdict {
  certified: boolean;
  reason?: string;
}

export function verifyMatchingCertificate(
  graph: WeightedGraph,
  result: MatchingResult,
  options: { maxCardinality?: boolean } = {},
): CertificateVerdict {
  const n = graph.vertexCount;
  const { mates, dual } = result;
  const { vertexDual2: y } = dual;
  if (mates.length !== n) return reject(`mates has length ${mates.length}, expected ${n}`);
  if (y.length !== n) return reject(`vertexDual2 has length ${y.length}, expected ${n}`);
  for (let v = 0; v < n; v++) {
    const mate = mates[v]!;
    if (mate === -1) continue;
    if (mate < 0 || mate >= n || mate === v || mates[mate] !== v) {
      return reject(`mates is not a matching at vertex ${v} (mate ${mate})`);
    }
  }
  for (let v = 0; v < n; v++) {
    if (!Number.isFinite(y[v]!)) return reject(`vertex ${v} has dual ${y[v]}`);
  }

  const forest = buildBlossomForest(n, dual);
  if (typeof forest === "string") return reject(forest);
  const { innermost, parent, depth, cumulativeDual2 } = forest;
  const commonDual2 = (u: number, v: number): number => {
    let a = innermost[u]!;
    let b = innermost[v]!;
    while (a !== b) {
      if (a === -1 || b === -1) return 0;
      if (depth[a]! >= depth[b]!) a = parent[a]!;
      else b = parent[b]!;
    }
    return a === -1 ? 0 : cumulativeDual2[a]!;
  };

  // Edge slacks; matched pairs: the heaviest parallel edge must be tight.
  const pairWeight = new Float64Array(n).fill(-1);
  const pairSlack = new Float64Array(n).fill(Infinity);
  for (let e = 0; e < graph.edgeFrom.length; e++) {
    const u = graph.edgeFrom[e]!;
    const v = graph.edgeTo[e]!;
    if (u === v) continue;
    const w = graph.edgeWeight[e]!;
    const slack = y[u]! + y[v]! + commonDual2(u, v) - 2 * w;
    if (slack < 0)
      return reject(`edge ${e} (${u}, ${v}, weight ${w}) has negative slack ${slack / 2}`);
    if (mates[u] === v) {
      const a = Math.min(u, v);
      if (w > pairWeight[a]!) pairWeight[a] = w;
      if (slack < pairSlack[a]!) pairSlack[a] = slack;
    }
  }
  let weight = 0;
  let pairCount = 0;
  for (let v = 0; v < n; v++) {
    const mate = mates[v]!;
    if (mate <= v) continue;
    if (pairWeight[v]! < 0) return reject(`matched pair (${v}, ${mate}) is not an edge`);
    if (pairSlack[v] !== 0) return reject(`matched pair (${v}, ${mate}) is not tight`);
    weight += pairWeight[v]!;
    pairCount++;
  }
  if (weight !== result.weight)
    return reject(`weight is ${result.weight}, the pairs sum to ${weight}`);
  if (pairCount !== result.pairCount) {
    return reject(`pairCount is ${result.pairCount}, the mates hold ${pairCount} pairs`);
  }

  // Vertex duals and unmatched vertices.
  let minDual2 = 0;
  for (let v = 0; v < n; v++) if (y[v]! < minDual2) minDual2 = y[v]!;
  if (options.maxCardinality !== true && minDual2 < 0) {
    return reject(`a vertex dual is negative (${minDual2 / 2})`);
  }
  const offset2 = -minDual2;
  for (let v = 0; v < n; v++) {
    if (mates[v] === -1 && y[v]! + offset2 !== 0) {
      return reject(`unmatched vertex ${v} has dual ${y[v]! / 2}, expected ${-offset2 / 2}`);
    }
  }

  // Blossoms with z > 0 must be full.
  const { blossomMemberStart: start, blossomMembers: members } = dual;
  const stamp = new Int32Array(n).fill(-1);
  for (let b = 0; b < dual.blossomDual2.length; b++) {
    for (let i = start[b]!; i < start[b + 1]!; i++) stamp[members[i]!] = b;
    let inside = 0;
    for (let i = start[b]!; i < start[b + 1]!; i++) {
      const mate = mates[members[i]!]!;
      if (mate !== -1 && stamp[mate] === b) inside++;
    }
    if (inside !== start[b + 1]! - start[b]! - 1) return reject(`blossom ${b} is not full`);
  }

  if (options.maxCardinality === true) {
    const { adjacencyStart, adjacency } = buildAdjacency(graph);
    if (hasAugmentingPath(n, adjacencyStart, adjacency, mates)) {
      return reject("an augmenting path exists: the matching is not of maximum cardinality");
    }
  }
  return { certified: true };
}

function reject(reason: string): CertificateVerdict {
  return { certified: false, reason };
}

function buildAdjacency(graph: WeightedGraph): {
  adjacencyStart: Int32Array;
  adjacency: Int32Array;
} {
  const n = graph.vertexCount;
  const adjacencyStart = new Int32Array(n + 1);
  const m = graph.edgeFrom.length;
  for (let e = 0; e < m; e++) {
    adjacencyStart[graph.edgeFrom[e]! + 1]!++;
    adjacencyStart[graph.edgeTo[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) adjacencyStart[v + 1]! += adjacencyStart[v]!;
  const fill = adjacencyStart.slice(0, n);
  const adjacency = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const u = graph.edgeFrom[e]!;
    const v = graph.edgeTo[e]!;
    adjacency[fill[u]!++] = v;
    adjacency[fill[v]!++] = u;
  }
  return { adjacencyStart, adjacency };
}
