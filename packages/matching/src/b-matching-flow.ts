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
 *
 * Each phase is its own small function, and one search is one call of `routeUnit`: V8 then
 * optimises the search as a whole function with the feedback of every branch, instead of
 * replacing one long loop mid-run and deoptimising the code after it (the single function
 * of before deoptimised 16 times over its first ten calls; on the rounds of 2,000 its
 * fourth to sixth calls took 2-5x the time of a warm one).
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
  const flow = new FlowState(input, unusedCost);
  reduceRows(flow);
  const pending = flow.pending;
  for (let source = 0; source < flow.L; source++) {
    while (pending[source]! > 0) routeUnit(flow, source);
  }
  return dualsAndUsedEdges(flow);
}

/** The network with its edges grouped by left vertex, heaviest first, and the search state. */
class FlowState {
  readonly L: number;
  readonly R: number;
  readonly unusedCost: number;
  readonly leftCapacity: Int32Array;
  readonly rightCapacity: Int32Array;
  /** Edge k of the ordered network is input edge order[k]; left x has edges start[x]..start[x+1]-1. */
  readonly order: Int32Array;
  readonly start: Int32Array;
  readonly edgeLeft: Int32Array;
  readonly edgeRight: Int32Array;
  readonly edgeWeight: Float64Array;
  /** Nodes: left 0..L-1, right L..L+R-1, sink t = L+R. */
  readonly potential: Float64Array;
  readonly edgeUsed: Uint8Array;
  /** Units of a left vertex not yet routed; units it routed to the sink (left unused). */
  readonly pending: Int32Array;
  readonly unused: Int32Array;
  readonly load: Int32Array;
  /** Right vertex → the edges carrying a unit into it, as intrusive doubly linked lists. */
  readonly firstUsed: Int32Array;
  readonly nextUsed: Int32Array;
  readonly prevUsed: Int32Array;
  readonly heap: IndexedMinHeap;
  readonly done: Uint8Array;
  readonly pred: Int32Array;
  readonly predEdge: Int32Array;
  readonly visited: Int32Array;
  /** Right vertices passed through without the heap (full, capacity 1): their distances. */
  readonly throughDist: Float64Array;
  readonly touched: Int32Array;
  /** Scratch for the arcs out of one node: its edges plus one arc to the sink. */
  readonly arcHead: Int32Array;
  readonly arcCost: Float64Array;
  readonly arcEdge: Int32Array;

  constructor(input: BMatchingFlowInput, unusedCost: number) {
    const L = input.leftCount;
    const R = input.rightCount;
    const m = input.edgeLeft.length;
    this.L = L;
    this.R = R;
    this.unusedCost = unusedCost;
    this.leftCapacity = input.leftCapacity;
    this.rightCapacity = input.rightCapacity;
    this.start = leftStarts(input.edgeLeft, L);
    const ordered = orderEdges(input, this.start);
    this.order = ordered.order;
    this.edgeLeft = ordered.edgeLeft;
    this.edgeRight = ordered.edgeRight;
    this.edgeWeight = ordered.edgeWeight;
    this.potential = new Float64Array(L + R + 1);
    this.edgeUsed = new Uint8Array(m);
    this.pending = Int32Array.from(input.leftCapacity);
    this.unused = new Int32Array(L);
    this.load = new Int32Array(R);
    this.firstUsed = new Int32Array(R).fill(-1);
    this.nextUsed = new Int32Array(m);
    this.prevUsed = new Int32Array(m);
    this.heap = new IndexedMinHeap(L + R + 1);
    this.done = new Uint8Array(L + R + 1);
    this.pred = new Int32Array(L + R + 1);
    this.predEdge = new Int32Array(L + R + 1);
    this.visited = new Int32Array(L + R + 1);
    this.throughDist = new Float64Array(R).fill(Infinity);
    this.touched = new Int32Array(R);
    // A left node's arcs: its edges and the sink; a right node's: the sink and its used
    // edges, at most its capacity (load never exceeds it).
    const arcs = maxArcsOutOfOneNode(this.start, L, input.rightCapacity) + 1;
    this.arcHead = new Int32Array(arcs);
    this.arcCost = new Float64Array(arcs);
    this.arcEdge = new Int32Array(arcs);
  }
}

function leftStarts(edgeLeft: Int32Array, L: number): Int32Array {
  const start = new Int32Array(L + 1);
  for (let e = 0; e < edgeLeft.length; e++) start[edgeLeft[e]! + 1]!++;
  for (let i = 0; i < L; i++) start[i + 1]! += start[i]!;
  return start;
}

function maxArcsOutOfOneNode(start: Int32Array, L: number, rightCapacity: Int32Array): number {
  let most = 0;
  for (let i = 0; i < L; i++) most = Math.max(most, start[i + 1]! - start[i]!);
  for (let j = 0; j < rightCapacity.length; j++) most = Math.max(most, rightCapacity[j]!);
  return most;
}

/** The edges grouped by left vertex, each vertex's heaviest first (ties in input order). */
interface OrderedEdges {
  /** Ordered edge k is input edge order[k]; left x has ordered edges start[x]..start[x+1]-1. */
  order: Int32Array;
  edgeLeft: Int32Array;
  edgeRight: Int32Array;
  edgeWeight: Float64Array;
}

/**
 * A search stops reading a vertex's edges once they cannot beat the sink's distance found
 * so far, so each vertex's edges are read heaviest first. One pass puts every edge (with its
 * right end and weight) into its left vertex's block in input order, reading the input
 * once in order; then each block is sorted on its own, while it is in cache: counting over
 * its weights when they are integers in a range not much wider than the block (scores are),
 * a native sort of exact integer keys when the range is wider, else (weights that are not
 * integers) insertion for short blocks or a comparison sort.
 */
function orderEdges(input: BMatchingFlowInput, start: Int32Array): OrderedEdges {
  const L = input.leftCount;
  const m = input.edgeLeft.length;
  const fill = start.slice(0, L);
  const order = new Int32Array(m);
  const edgeLeft = new Int32Array(m);
  const edgeRight = new Int32Array(m);
  const edgeWeight = new Float64Array(m);
  const inLeft = input.edgeLeft;
  const inRight = input.edgeRight;
  const inWeight = input.edgeWeight;
  for (let e = 0; e < m; e++) {
    const i = inLeft[e]!;
    const k = fill[i]!++;
    order[k] = e;
    edgeRight[k] = inRight[e]!;
    edgeWeight[k] = inWeight[e]!;
  }
  let longest = 0;
  for (let i = 0; i < L; i++) longest = Math.max(longest, start[i + 1]! - start[i]!);
  const count = new Int32Array(4 * longest + 66);
  const scratchOrder = new Int32Array(longest);
  const scratchRight = new Int32Array(longest);
  const scratchWeight = new Float64Array(longest);
  const scratchKey = new Float64Array(longest);
  for (let i = 0; i < L; i++) {
    const from = start[i]!;
    const to = start[i + 1]!;
    edgeLeft.fill(i, from, to);
    if (to - from < 2) continue;
    let low = Infinity;
    let high = -Infinity;
    let integers = true;
    for (let k = from; k < to; k++) {
      const w = edgeWeight[k]!;
      if (w < low) low = w;
      if (w > high) high = w;
      if (Math.floor(w) !== w) integers = false;
    }
    if (low === high) continue;
    if (integers && high - low < 4 * (to - from) + 64) {
      const range = high - low + 1;
      for (let k = from; k < to; k++) count[high - edgeWeight[k]! + 1]!++;
      for (let r = 0; r < range; r++) count[r + 1]! += count[r]!;
      for (let k = from; k < to; k++) {
        const at = count[high - edgeWeight[k]!]!++;
        scratchOrder[at] = order[k]!;
        scratchRight[at] = edgeRight[k]!;
        scratchWeight[at] = edgeWeight[k]!;
      }
      count.fill(0, 0, range + 1);
      order.set(scratchOrder.subarray(0, to - from), from);
      edgeRight.set(scratchRight.subarray(0, to - from), from);
      edgeWeight.set(scratchWeight.subarray(0, to - from), from);
    } else if (integers && (high - low + 1) * (to - from) <= 2 ** 53) {
      // Wide integer range: one native sort of exact keys (weight rank, then position).
      const n = to - from;
      const keys = scratchKey.subarray(0, n);
      for (let x = 0; x < n; x++) keys[x] = (high - edgeWeight[from + x]!) * n + x;
      keys.sort();
      for (let x = 0; x < n; x++) {
        const k = from + (keys[x]! % n);
        scratchOrder[x] = order[k]!;
        scratchRight[x] = edgeRight[k]!;
        scratchWeight[x] = edgeWeight[k]!;
      }
      order.set(scratchOrder.subarray(0, n), from);
      edgeRight.set(scratchRight.subarray(0, n), from);
      edgeWeight.set(scratchWeight.subarray(0, n), from);
    } else {
      sortBlockHeaviestFirst(order, edgeRight, edgeWeight, from, to);
    }
  }
  return { order, edgeLeft, edgeRight, edgeWeight };
}

/** Stable: heaviest first, ties keep their order (input order within a block). */
function sortBlockHeaviestFirst(
  order: Int32Array,
  edgeRight: Int32Array,
  edgeWeight: Float64Array,
  from: number,
  to: number,
): void {
  if (to - from <= 32) {
    for (let k = from + 1; k < to; k++) {
      const o = order[k]!;
      const r = edgeRight[k]!;
      const w = edgeWeight[k]!;
      let at = k;
      while (at > from && edgeWeight[at - 1]! < w) {
        order[at] = order[at - 1]!;
        edgeRight[at] = edgeRight[at - 1]!;
        edgeWeight[at] = edgeWeight[at - 1]!;
        at--;
      }
      order[at] = o;
      edgeRight[at] = r;
      edgeWeight[at] = w;
    }
    return;
  }
  const positions = Array.from({ length: to - from }, (_, x) => from + x);
  positions.sort((x, y) => edgeWeight[y]! - edgeWeight[x]! || x - y);
  const o = Int32Array.from(positions, (k) => order[k]!);
  const r = Int32Array.from(positions, (k) => edgeRight[k]!);
  const w = Float64Array.from(positions, (k) => edgeWeight[k]!);
  order.set(o, from);
  edgeRight.set(r, from);
  edgeWeight.set(w, from);
}

function useEdge(flow: FlowState, e: number): void {
  const { firstUsed, nextUsed, prevUsed } = flow;
  const j = flow.edgeRight[e]!;
  flow.edgeUsed[e] = 1;
  flow.load[j]!++;
  prevUsed[e] = -1;
  nextUsed[e] = firstUsed[j]!;
  if (firstUsed[j] !== -1) prevUsed[firstUsed[j]!] = e;
  firstUsed[j] = e;
}

function releaseEdge(flow: FlowState, e: number): void {
  const { firstUsed, nextUsed, prevUsed } = flow;
  const j = flow.edgeRight[e]!;
  flow.edgeUsed[e] = 0;
  flow.load[j]!--;
  if (prevUsed[e] === -1) firstUsed[j] = nextUsed[e]!;
  else nextUsed[prevUsed[e]!] = nextUsed[e]!;
  if (nextUsed[e] !== -1) prevUsed[nextUsed[e]!] = prevUsed[e]!;
}

/**
 * Row reduction: right potentials 0, each left potential its best weight, so every reduced
 * cost is ≥ 0 and the best edges are tight; units go on tight edges while there is room.
 */
function reduceRows(flow: FlowState): void {
  const { L, start, edgeRight, edgeWeight, rightCapacity, potential, pending, load } = flow;
  for (let i = 0; i < L; i++) {
    // Edges are heaviest first: the best is the first into a right vertex with places.
    let best = -1;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      if (rightCapacity[edgeRight[e]!]! > 0) {
        best = e;
        break;
      }
    }
    if (best === -1) {
      potential[i] = -flow.unusedCost;
      continue;
    }
    const top = edgeWeight[best]!;
    potential[i] = top;
    for (let e = best; e < start[i + 1]! && pending[i]! > 0 && edgeWeight[e] === top; e++) {
      const j = edgeRight[e]!;
      if (load[j]! < rightCapacity[j]!) {
        useEdge(flow, e);
        pending[i]!--;
      }
    }
  }
}

/**
 * One unit of `source` along a shortest path (Dijkstra on reduced costs) to the sink, then
 * the potentials of the nodes settled are updated so reduced costs stay ≥ 0.
 */
function routeUnit(flow: FlowState, source: number): void {
  const { L, start, edgeLeft, edgeRight, edgeWeight, rightCapacity, leftCapacity } = flow;
  const { potential, edgeUsed, pending, unused, load, firstUsed, nextUsed } = flow;
  const { heap, done, pred, predEdge, visited, throughDist, touched } = flow;
  const { arcHead, arcCost, arcEdge } = flow;
  const unusedCost = flow.unusedCost;
  const t = L + flow.R;
  const dist = heap.key;
  let touchedCount = 0;
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
      for (let e = start[x]!; e < start[x + 1]!; e++) {
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
    if (x >= L) useEdge(flow, predEdge[x]!);
    else releaseEdge(flow, predEdge[x]!);
    x = p;
  }
}

/** LP duals from the final potentials, and which input edges carry a unit. */
function dualsAndUsedEdges(flow: FlowState): BMatchingFlow {
  const { L, R, unusedCost, order, edgeLeft, edgeWeight, rightCapacity, potential } = flow;
  const { firstUsed, nextUsed } = flow;
  const t = L + R;
  // A used edge into a right vertex of capacity 1 is saturated twice (the edge and the
  // vertex), so its reduced cost may be negative; the LP has no edge bound, so its duals
  // need it tight. Lowering π(y) to π(x) − w keeps every residual arc's reduced cost ≥ 0
  // (y's only arc out is back along the edge, which this makes 0).
  for (let j = 0; j < R; j++) {
    const e = firstUsed[j]!;
    if (e !== -1 && rightCapacity[j] === 1)
      potential[L + j] = potential[edgeLeft[e]!]! - edgeWeight[e]!;
  }
  // Duals from potentials: u = π(x) − π(t) + unusedCost ≥ 0, v = π(t) − π(y).
  const leftDual = new Float64Array(L);
  const rightDual = new Float64Array(R);
  for (let i = 0; i < L; i++) leftDual[i] = Math.max(0, potential[i]! - potential[t]! + unusedCost);
  let anyEmpty = false;
  for (let j = 0; j < R; j++) {
    rightDual[j] = Math.max(0, potential[t]! - potential[L + j]!);
    if (rightCapacity[j] === 0) anyEmpty = true;
  }
  if (anyEmpty) coverEdgesOfEmptyRightVertices(flow, leftDual, rightDual);
  const used = new Uint8Array(order.length);
  for (let j = 0; j < R; j++)
    for (let e = firstUsed[j]!; e !== -1; e = nextUsed[e]!) used[order[e]!] = 1;
  return { edgeUsed: used, leftDual, rightDual };
}

/** A right vertex of capacity 0 is never on a path: any dual covering its edges will do. */
function coverEdgesOfEmptyRightVertices(
  flow: FlowState,
  leftDual: Float64Array,
  rightDual: Float64Array,
): void {
  const { edgeLeft, edgeRight, edgeWeight, rightCapacity, unusedCost } = flow;
  for (let e = 0; e < edgeRight.length; e++) {
    const j = edgeRight[e]!;
    if (rightCapacity[j] !== 0) continue;
    const need = edgeWeight[e]! + unusedCost - leftDual[edgeLeft[e]!]!;
    if (need > rightDual[j]!) rightDual[j] = need;
  }
}
