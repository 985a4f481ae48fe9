/**
 * The min-cost flow under the bipartite b-matching solver (bipartite-b-matching.ts): left
 * vertex x supplies up to `leftCapacity[x]` units, right vertex y takes up to
 * `rightCapacity[y]`, an edge carries at most one unit and earns its weight; a unit may also
 * stay unused (arc left → sink of cost `unusedCost`, the M of maxCardinality mode or 0).
 *
 * Successive shortest paths with Dijkstra and node potentials (Edmonds & Karp 1972; Ahuja,
 * Magnanti & Orlin, "Network Flows", §9.7), one unit at a time as in the Hungarian method,
 * on the uncloned network left → right → sink. Left vertices start as the Hungarian row
 * reduction: potential = their best weight, units on their tight edges while there is room;
 * only the other units take a Dijkstra search, which stops at the sink.
 *
 * A search reads a left vertex's edges heaviest first and stops at the first that cannot
 * beat the sink's distance found so far (right potentials never rise above 0); an empty
 * right vertex relaxes the sink directly and a full one of capacity 1 its one left vertex,
 * so the heap holds left vertices and the sink only. On the mentor-round bench instances
 * this cut the edges read by 15–70×.
 *
 * The caller puts the scarcer side on the left (the side whose units run out first): a
 * search from a unit of the scarce side ends at the first vertex of the other side with
 * room, which is near; from the plentiful side, once the scarce side is full, every search
 * would have to cross the whole graph to displace someone (mentor rounds with more mentees
 * than places: 1,588 mentees and 1,253 places took 1.3 s that way, see the README).
 */
import { IndexedMinHeap } from "./indexed-min-heap.ts";

export interface BMatchingFlowInput {
  leftCount: number;
  rightCount: number;
  leftCapacity: Int32Array;
  rightCapacity: Int32Array;
  edgeLeft: Int32Array;
  edgeRight: Int32Array;
  edgeWeight: Float64Array;
}

export interface BMatchingFlow {
  /** 1 where the edge carries a unit. */
  edgeUsed: Uint8Array;
  /** LP duals (see b-matching-certificate.ts): u_x + v_y ≥ w_e + unusedCost on every edge. */
  leftDual: Float64Array;
  rightDual: Float64Array;
}

export function solveBMatchingFlow(input: BMatchingFlowInput, unusedCost: number): BMatchingFlow {
  const { leftCount: L, rightCount: R, leftCapacity, rightCapacity } = input;
  const m = input.edgeLeft.length;
  // Edges grouped by left vertex (CSR).
  const start = new Int32Array(L + 1);
  for (let e = 0; e < m; e++) start[input.edgeLeft[e]! + 1]!++;
  for (let i = 0; i < L; i++) start[i + 1]! += start[i]!;
  // Heaviest first within each left vertex (ties in input order): a search stops reading a
  // vertex's edges once they cannot beat the sink's distance found so far. The edges are put
  // in order of weight by counting over the distinct weights, then spread over the vertices.
  const byWeight = edgesHeaviestFirst(input.edgeWeight);
  const fill = start.slice(0, L);
  const order = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const e = byWeight[k]!;
    order[fill[input.edgeLeft[e]!]!++] = e;
  }
  // The edges themselves in that order: a search reads a left vertex's edges contiguously.
  const edgeLeft = new Int32Array(m);
  const edgeRight = new Int32Array(m);
  const edgeWeight = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    edgeLeft[k] = input.edgeLeft[order[k]!]!;
    edgeRight[k] = input.edgeRight[order[k]!]!;
    edgeWeight[k] = input.edgeWeight[order[k]!]!;
  }

  // Nodes: left 0..L-1, right L..L+R-1, sink t = L+R.
  const t = L + R;
  const potential = new Float64Array(L + R + 1);
  const edgeUsed = new Uint8Array(m);
  /** Units of a left vertex not yet routed; units it routed to the sink (left unused). */
  const pending = Int32Array.from(leftCapacity);
  const unused = new Int32Array(L);
  const load = new Int32Array(R);
  // Right vertex → the edges carrying a unit into it, as intrusive doubly linked lists.
  const firstUsed = new Int32Array(R).fill(-1);
  const nextUsed = new Int32Array(m).fill(-1);
  const prevUsed = new Int32Array(m).fill(-1);
  const use = (e: number): void => {
    const j = edgeRight[e]!;
    edgeUsed[e] = 1;
    load[j]!++;
    prevUsed[e] = -1;
    nextUsed[e] = firstUsed[j]!;
    if (firstUsed[j] !== -1) prevUsed[firstUsed[j]!] = e;
    firstUsed[j] = e;
  };
  const release = (e: number): void => {
    const j = edgeRight[e]!;
    edgeUsed[e] = 0;
    load[j]!--;
    if (prevUsed[e] === -1) firstUsed[j] = nextUsed[e]!;
    else nextUsed[prevUsed[e]!] = nextUsed[e]!;
    if (nextUsed[e] !== -1) prevUsed[nextUsed[e]!] = prevUsed[e]!;
  };

  // Row reduction: right potentials 0, each left potential its best weight, so every reduced
  // cost is ≥ 0 and the best edges are tight; units go on tight edges while there is room.
  for (let i = 0; i < L; i++) {
    let best = -1;
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const e = k;
      if (rightCapacity[edgeRight[e]!]! > 0 && (best === -1 || edgeWeight[e]! > edgeWeight[best]!))
        best = e;
    }
    if (best === -1) {
      potential[i] = -unusedCost;
      continue;
    }
    const top = edgeWeight[best]!;
    potential[i] = top;
    for (let k = start[i]!; k < start[i + 1]! && pending[i]! > 0; k++) {
      const e = k;
      const j = edgeRight[e]!;
      if (edgeWeight[e] === top && load[j]! < rightCapacity[j]!) {
        use(e);
        pending[i]!--;
      }
    }
  }

  const heap = new IndexedMinHeap(L + R + 1);
  const dist = heap.key;
  const done = new Uint8Array(L + R + 1);
  const pred = new Int32Array(L + R + 1);
  const predEdge = new Int32Array(L + R + 1);
  const visited = new Int32Array(L + R + 1);
  // Right vertices passed through without the heap (full, capacity 1): their distances.
  const throughDist = new Float64Array(R).fill(Infinity);
  const touched = new Int32Array(R);
  let touchedCount = 0;
  // Scratch for the arcs out of one node: its edges plus one arc to the sink.
  let maxDegree = 0;
  for (let i = 0; i < L; i++) maxDegree = Math.max(maxDegree, start[i + 1]! - start[i]!);
  const rightDegree = new Int32Array(R);
  for (let e = 0; e < m; e++) rightDegree[edgeRight[e]!]!++;
  for (let j = 0; j < R; j++) maxDegree = Math.max(maxDegree, rightDegree[j]!);
  const arcHead = new Int32Array(maxDegree + 1);
  const arcCost = new Float64Array(maxDegree + 1);
  const arcEdge = new Int32Array(maxDegree + 1);

  for (let source = 0; source < L; source++) {
    while (pending[source]! > 0) {
      let visitedCount = 0;
      heap.set(source, 0);
      pred[source] = -1;
      let reachedSink = false;
      let sinkDist = Infinity;
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
          const pt = potential[t]!;
          for (let k = start[x]!; k < start[x + 1]!; k++) {
            const e = k;
            // Right potentials never rise above 0, so every node reached through this edge
            // or a lighter one is at least this far: no further edge can beat the sink.
            if (dx + px - edgeWeight[e]! >= sinkDist) break;
            const j = edgeRight[e]!;
            if (edgeUsed[e] || rightCapacity[j] === 0) continue;
            const cost = -edgeWeight[e]! + px - potential[L + j]!;
            if (load[j] === 0 && potential[L + j] === pt) {
              // An empty right vertex whose arc to the sink costs 0 leads nowhere else: it
              // relaxes the sink directly instead of passing through the heap (most of a
              // search's arcs when the right side is plentiful). Left out of the potential
              // update, it behaves as at distance D, which keeps the path's arcs at 0.
              if (heap.setIfLower(t, dx + cost)) {
                sinkDist = dx + cost;
                pred[t] = L + j;
                pred[L + j] = x;
                predEdge[L + j] = e;
              }
              continue;
            }
            if (load[j] === 1 && rightCapacity[j] === 1) {
              // A full right vertex of capacity 1 leads only back to its one left vertex h:
              // it relaxes h at once instead of passing through the heap; its distance is
              // exact once it is below the sink's, and its potential is updated with them.
              const d = dx + cost;
              if (d >= throughDist[j]!) continue;
              if (throughDist[j] === Infinity) touched[touchedCount++] = j;
              throughDist[j] = d;
              pred[L + j] = x;
              predEdge[L + j] = e;
              const f = firstUsed[j]!;
              const h = edgeLeft[f]!;
              if (
                done[h] === 0 &&
                heap.setIfLower(h, d + edgeWeight[f]! + potential[L + j]! - potential[h]!)
              ) {
                pred[h] = L + j;
                predEdge[h] = f;
              }
              continue;
            }
            arcHead[arcCount] = L + j;
            arcCost[arcCount] = cost;
            arcEdge[arcCount++] = e;
          }
          // A unit of x may be left unused: one already on an edge, or the one being routed.
          if (unused[x]! + pending[x]! < leftCapacity[x]! || x === source) {
            arcHead[arcCount] = t;
            arcCost[arcCount] = unusedCost + px - potential[t]!;
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
          for (let e = firstUsed[j]!; e !== -1; e = nextUsed[e]!) {
            arcHead[arcCount] = edgeLeft[e]!;
            arcCost[arcCount] = edgeWeight[e]! + pj - potential[edgeLeft[e]!]!;
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
            if (y === t) sinkDist = d;
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
      for (let k = 0; k < touchedCount; k++) {
        const j = touched[k]!;
        if (throughDist[j]! < total) potential[L + j] = potential[L + j]! + throughDist[j]! - total;
        throughDist[j] = Infinity;
      }
      touchedCount = 0;
      // Along the path: forward edges (left → right) take a unit, backward ones give it up;
      // the last step ends at a right vertex with room or leaves a left vertex's unit unused.
      pending[source]!--;
      const last = pred[t]!;
      if (last < L) unused[last]!++;
      if (last === source) {
        // Its own unused arc now costs 0 and nothing else changed: the source's other units
        // take the same shortest path (no search needed).
        unused[source]! += pending[source]!;
        pending[source] = 0;
      }
      for (let x = last; x !== source;) {
        const p = pred[x]!;
        if (x >= L) use(predEdge[x]!);
        else release(predEdge[x]!);
        x = p;
      }
    }
  }

  // A used edge into a right vertex of capacity 1 is saturated twice (the edge and the
  // vertex), so its reduced cost may be negative; the LP has no edge bound, so its duals
  // need it tight. Lowering π(y) to π(x) − w keeps every residual arc's reduced cost ≥ 0
  // (y's only arc out is back along the edge, which this makes 0).
  for (let e = 0; e < m; e++) {
    if (edgeUsed[e] && rightCapacity[edgeRight[e]!] === 1)
      potential[L + edgeRight[e]!] = potential[edgeLeft[e]!]! - edgeWeight[e]!;
  }
  // Duals from potentials: u = π(x) − π(t) + unusedCost ≥ 0, v = π(t) − π(y).
  const leftDual = new Float64Array(L);
  const rightDual = new Float64Array(R);
  for (let i = 0; i < L; i++) leftDual[i] = Math.max(0, potential[i]! - potential[t]! + unusedCost);
  for (let j = 0; j < R; j++) rightDual[j] = Math.max(0, potential[t]! - potential[L + j]!);
  // A right vertex of capacity 0 is never on a path: any dual covering its edges will do.
  for (let e = 0; e < m; e++) {
    const j = edgeRight[e]!;
    if (rightCapacity[j] !== 0) continue;
    const need = edgeWeight[e]! + unusedCost - leftDual[edgeLeft[e]!]!;
    if (need > rightDual[j]!) rightDual[j] = need;
  }
  const used = new Uint8Array(m);
  for (let k = 0; k < m; k++) used[order[k]!] = edgeUsed[k]!;
  return { edgeUsed: used, leftDual, rightDual };
}

/** Edge indexes by weight, heaviest first, ties in index order (a stable counting sort). */
function edgesHeaviestFirst(weight: Float64Array): Int32Array {
  const m = weight.length;
  const distinct = Float64Array.from(weight).sort();
  let d = 0;
  for (let k = 0; k < m; k++)
    if (d === 0 || distinct[k] !== distinct[d - 1]) distinct[d++] = distinct[k]!;
  const rank = new Int32Array(m);
  const count = new Int32Array(d + 1);
  for (let e = 0; e < m; e++) {
    let lo = 0;
    let hi = d - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid]! < weight[e]!) lo = mid + 1;
      else hi = mid;
    }
    rank[e] = d - 1 - lo;
    count[rank[e]! + 1]!++;
  }
  for (let r = 0; r < d; r++) count[r + 1]! += count[r]!;
  const sorted = new Int32Array(m);
  for (let e = 0; e < m; e++) sorted[count[rank[e]!]!++] = e;
  return sorted;
}
