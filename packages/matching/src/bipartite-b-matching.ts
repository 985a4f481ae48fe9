/**
 * Maximum-weight bipartite b-matching (mentor mode): each left vertex (mentee) gets at most
 * one right vertex (mentor), each right vertex j at most rightCapacity[j] left vertices.
 *
 * Min-cost flow by successive shortest paths with Dijkstra and node potentials (Edmonds &
 * Karp 1972; Ahuja, Magnanti & Orlin, "Network Flows", §9.7), one left vertex at a time as
 * in the Hungarian method, on the uncloned network s → left → right → t. A left vertex may
 * also stay unassigned through its own edge left → t of cost 0 (or M in maxCardinality
 * mode), so every left vertex is routed and the row-by-row method stays exact. Edge costs
 * are −w; M exceeds any total weight, so maxCardinality maximises the count first. Left
 * vertices whose best edge leads to a right vertex with room start on it (row reduction):
 * only the others are routed by Dijkstra.
 *
 * The final potentials give LP duals u (left) and v (right); `verifyBMatchingCertificate`
 * checks them independently.
 */
import { IndexedMinHeap } from "./indexed-min-heap.ts";
import { verifyBMatchingCertificate } from "./b-matching-certificate.ts";
import { InvalidGraphError, maxEdgeWeight } from "./graph.ts";

export interface BipartiteBMatchingInput {
  leftCount: number;
  rightCount: number;
  rightCapacity: Int32Array;
  edgeLeft: Int32Array;
  edgeRight: Int32Array;
  /** Non-negative integers. */
  edgeWeight: Float64Array;
}

export interface BipartiteBMatchingResult {
  /** Per left vertex: its right vertex, or -1. */
  assignment: Int32Array;
  weight: number;
  assignedCount: number;
  certified: boolean;
  reason?: string;
  /** LP duals: u_i + v_j ≥ w_ij + weightOffset for every edge (see the certificate). */
  leftDual: Float64Array;
  rightDual: Float64Array;
  /** 0, or in maxCardinality mode the M added to every edge weight. */
  weightOffset: number;
}

export function maxWeightBipartiteBMatching(
  input: BipartiteBMatchingInput,
  options: {
    maxCardinality?: boolean;
    /**
     * maxCardinality: the M to add, when the caller knows a bound on every total weight
     * beyond these edges (pricing adds edges later, solve-mentorships.ts); must exceed it.
     */
    cardinalityOffset?: number;
  } = {},
): BipartiteBMatchingResult {
  assertValidInput(input);
  const { leftCount: L, rightCount: R, rightCapacity, edgeLeft, edgeRight, edgeWeight } = input;
  const m = edgeLeft.length;
  // Edges grouped by left vertex (CSR), in input order so that ties resolve deterministically.
  const start = new Int32Array(L + 1);
  for (let e = 0; e < m; e++) start[edgeLeft[e]! + 1]!++;
  for (let i = 0; i < L; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, L);
  const order = new Int32Array(m);
  for (let e = 0; e < m; e++) order[fill[edgeLeft[e]!]!++] = e;

  let unassignedCost = 0;
  if (options.maxCardinality === true) {
    const bestPerLeft = new Float64Array(L);
    for (let e = 0; e < m; e++) {
      const i = edgeLeft[e]!;
      if (rightCapacity[edgeRight[e]!]! > 0 && edgeWeight[e]! > bestPerLeft[i]!)
        bestPerLeft[i] = edgeWeight[e]!;
    }
    for (let i = 0; i < L; i++) unassignedCost += bestPerLeft[i]!;
    unassignedCost += 1;
    if (options.cardinalityOffset !== undefined)
      unassignedCost = Math.max(unassignedCost, options.cardinalityOffset);
    if (unassignedCost * 4 > 2 ** 53) {
      throw new InvalidGraphError(
        "weights too large for exact maxCardinality mode (total must stay below 2^50)",
      );
    }
  }

  // Nodes: left 0..L-1, right L..L+R-1, sink t = L+R.
  const t = L + R;
  const potential = new Float64Array(L + R + 1);
  const assignment = new Int32Array(L).fill(-1);
  const assignedEdge = new Int32Array(L).fill(-1);
  const load = new Int32Array(R);
  // Right vertex → its assigned left vertices, as intrusive doubly linked lists.
  const firstAssigned = new Int32Array(R).fill(-1);
  const nextAssigned = new Int32Array(L).fill(-1);
  const prevAssigned = new Int32Array(L).fill(-1);
  const unlink = (i: number): void => {
    const j = assignment[i]!;
    if (j < 0) return;
    if (prevAssigned[i] === -1) firstAssigned[j] = nextAssigned[i]!;
    else nextAssigned[prevAssigned[i]!] = nextAssigned[i]!;
    if (nextAssigned[i] !== -1) prevAssigned[nextAssigned[i]!] = prevAssigned[i]!;
  };
  const link = (i: number, j: number): void => {
    prevAssigned[i] = -1;
    nextAssigned[i] = firstAssigned[j]!;
    if (firstAssigned[j] !== -1) prevAssigned[firstAssigned[j]!] = i;
    firstAssigned[j] = i;
  };

  // Start (as the Hungarian method's row reduction): right duals v = 0 (π_j = π_t = 0) and
  // each left vertex's dual u_i = its best weight (+ M), π_i = u_i − M, so every reduced
  // cost is ≥ 0 and each left vertex's best edge is tight. Whoever's best right vertex has
  // room takes it (a shortest path of length 0); only the others need a Dijkstra search.
  const routed = new Uint8Array(L);
  for (let i = 0; i < L; i++) {
    let best = -1;
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const e = order[k]!;
      if (rightCapacity[edgeRight[e]!]! > 0 && (best === -1 || edgeWeight[e]! > edgeWeight[best]!))
        best = e;
    }
    if (best === -1) {
      potential[i] = -unassignedCost;
      continue;
    }
    potential[i] = edgeWeight[best]!;
    const j = edgeRight[best]!;
    if (load[j]! < rightCapacity[j]!) {
      load[j]!++;
      assignment[i] = j;
      assignedEdge[i] = best;
      link(i, j);
      routed[i] = 1;
    }
  }

  const heap = new IndexedMinHeap(L + R + 1);
  const dist = heap.key;
  const done = new Uint8Array(L + R + 1);
  const pred = new Int32Array(L + R + 1);
  const predEdge = new Int32Array(L + R + 1);
  const visited = new Int32Array(L + R + 1);
  // Scratch for the arcs out of one node: its edges plus one arc to the sink, or a
  // mentor's assigned mentees (at most L) plus one.
  let maxDegree = 0;
  for (let i = 0; i < L; i++) maxDegree = Math.max(maxDegree, start[i + 1]! - start[i]!);
  const arcCapacity = Math.max(maxDegree, L) + 1;
  const arcHead = new Int32Array(arcCapacity);
  const arcCost = new Float64Array(arcCapacity);
  const arcEdge = new Int32Array(arcCapacity);

  for (let source = 0; source < L; source++) {
    if (routed[source]) continue;
    let visitedCount = 0;
    heap.set(source, 0);
    pred[source] = -1;
    let reachedSink = false;
    while (heap.size > 0) {
      const x = heap.pop();
      const dx = dist[x]!;
      done[x] = 1;
      visited[visitedCount++] = x;
      if (x === t) {
        reachedSink = true;
        break;
      }
      // Relaxed arcs are collected first (no closure in the hot loop), then applied.
      let arcCount = 0;
      if (x < L) {
        const px = potential[x]!;
        for (let k = start[x]!; k < start[x + 1]!; k++) {
          const e = order[k]!;
          const j = edgeRight[e]!;
          if (j === assignment[x] || rightCapacity[j] === 0) continue;
          arcHead[arcCount] = L + j;
          arcCost[arcCount] = -edgeWeight[e]! + px - potential[L + j]!;
          arcEdge[arcCount++] = e;
        }
        if (assignment[x] !== -1 || x === source) {
          arcHead[arcCount] = t;
          arcCost[arcCount] = unassignedCost + px - potential[t]!;
          arcEdge[arcCount++] = -1;
        }
      } else {
        const j = x - L;
        const pj = potential[x]!;
        if (load[j]! < rightCapacity[j]!) {
          arcHead[arcCount] = t;
          arcCost[arcCount] = pj - potential[t]!;
          arcEdge[arcCount++] = -1;
        }
        for (let i = firstAssigned[j]!; i !== -1; i = nextAssigned[i]!) {
          const e = assignedEdge[i]!;
          arcHead[arcCount] = i;
          arcCost[arcCount] = edgeWeight[e]! + pj - potential[i]!;
          arcEdge[arcCount++] = e;
        }
      }
      for (let a = 0; a < arcCount; a++) {
        const y = arcHead[a]!;
        if (done[y]) continue;
        const d = dx + arcCost[a]!;
        if (heap.setIfLower(y, d)) {
          pred[y] = x;
          predEdge[y] = arcEdge[a]!;
        }
      }
    }
    if (!reachedSink) throw new Error("internal error: no path to the sink");
    const total = dist[t]!;
    for (let k = 0; k < visitedCount; k++) {
      const x = visited[k]!;
      potential[x] = potential[x]! + dist[x]! - total;
      done[x] = 0;
    }
    heap.clear();
    // Reroute along the path: each left vertex on it takes the node that follows it.
    let x = t;
    if (pred[t]! >= L) load[pred[t]! - L]!++;
    while (x !== source) {
      const p = pred[x]!;
      if (p < L) {
        unlink(p);
        if (x === t) {
          assignment[p] = -1;
          assignedEdge[p] = -1;
        } else {
          assignment[p] = x - L;
          assignedEdge[p] = predEdge[x]!;
          link(p, x - L);
        }
      }
      x = p;
    }
  }

  // Duals from potentials: u_i = π(i) − π(t) + c0 ≥ 0 for the unassigned option, v_j = π(t) − π(j).
  const leftDual = new Float64Array(L);
  const rightDual = new Float64Array(R);
  for (let i = 0; i < L; i++)
    leftDual[i] = Math.max(0, potential[i]! - potential[t]! + unassignedCost);
  for (let j = 0; j < R; j++) rightDual[j] = Math.max(0, potential[t]! - potential[L + j]!);
  // A mentor of capacity 0 is full and never on a path: any dual covering its edges will do.
  for (let e = 0; e < m; e++) {
    const j = edgeRight[e]!;
    if (rightCapacity[j] !== 0) continue;
    const need = edgeWeight[e]! + unassignedCost - leftDual[edgeLeft[e]!]!;
    if (need > rightDual[j]!) rightDual[j] = need;
  }
  let weight = 0;
  let assignedCount = 0;
  for (let i = 0; i < L; i++) {
    if (assignment[i] !== -1) {
      weight += edgeWeight[assignedEdge[i]!]!;
      assignedCount++;
    }
  }
  const verdict = verifyBMatchingCertificate(input, {
    assignment,
    weight,
    leftDual,
    rightDual,
    weightOffset: unassignedCost,
  });
  return {
    assignment,
    weight,
    assignedCount,
    ...verdict,
    leftDual,
    rightDual,
    weightOffset: unassignedCost,
  };
}

function assertValidInput(input: BipartiteBMatchingInput): void {
  const { leftCount: L, rightCount: R, rightCapacity, edgeLeft, edgeRight, edgeWeight } = input;
  if (!Number.isInteger(L) || L < 0 || !Number.isInteger(R) || R < 0) {
    throw new InvalidGraphError(
      `leftCount and rightCount must be non-negative integers, got ${L} and ${R}`,
    );
  }
  if (rightCapacity.length !== R) {
    throw new InvalidGraphError(`rightCapacity has length ${rightCapacity.length}, expected ${R}`);
  }
  for (let j = 0; j < R; j++) {
    if (rightCapacity[j]! < 0)
      throw new InvalidGraphError(`right vertex ${j} has capacity ${rightCapacity[j]}`);
  }
  const m = edgeLeft.length;
  if (edgeRight.length !== m || edgeWeight.length !== m) {
    throw new InvalidGraphError("edgeLeft, edgeRight and edgeWeight must have the same length");
  }
  for (let e = 0; e < m; e++) {
    const i = edgeLeft[e]!;
    const j = edgeRight[e]!;
    const w = edgeWeight[e]!;
    if (i < 0 || i >= L || j < 0 || j >= R) {
      throw new InvalidGraphError(
        `edge ${e} (${i}, ${j}) is outside left 0..${L - 1} / right 0..${R - 1}`,
      );
    }
    if (!Number.isInteger(w) || w < 0 || w > maxEdgeWeight) {
      throw new InvalidGraphError(
        `edge ${e} (${i}, ${j}) has weight ${w}; weights must be integers in 0..2^49`,
      );
    }
  }
}
