/**
 * Edmonds' weighted blossom algorithm with priority queues and lazy duals, in the style of
 * the O(n·m·log n) implementations (Z. Galil, S. Micali, H. Gabow, "An O(EV log V)
 * algorithm for finding a maximal weighted matching in general graphs", SIAM J. Comput. 15
 * (1986); the same design as LEMON's MaxWeightedMatching): the blossom bookkeeping follows
 * van Rantwijk's mwmatching (see max-weight-matching-cubic.ts), but
 *
 * - every unmatched vertex with a positive dual is the root of an alternating tree (without
 *   maxCardinality after LEMON's jumpstart, see initialMatching), and the forest is kept
 *   across augmentations: only the trees joined by an augmenting path are dissolved;
 * - duals are lazy: one global clock `deltaSum` advances by each dual change δ, and a
 *   top-level blossom stores when it got its label, so a dual change costs O(1);
 * - the next δ comes from three binary heaps keyed by the clock time at which an event
 *   happens: δ2, per vertex of an unlabelled blossom, its best edge to an even vertex gets
 *   tight; δ3, per edge between two even blossoms, it gets tight; δ4, an odd blossom's dual
 *   reaches zero. Keys do not change while labels stay, so a δ step touches no heap.
 *   Entries are checked when they reach the top and dropped, re-keyed or recomputed when
 *   stale; every change of label that can create an event scans the affected edges.
 *
 * The vertices of top-level blossoms are kept as sets with a dual offset each, merged
 * small-into-large and split larger-child-keeps (blossom-structure.ts), so labelling,
 * shrinking and expanding a blossom do not walk all its vertices. Known gaps to the GMG
 * bound: no concatenable queues (dissolving a tree after an augmentation rescans its
 * vertices' edges, as LEMON does), and augmenting through nested blossoms walks their
 * nesting depth (van Rantwijk's augmentBlossom).
 *
 * Units: y2 = 2·y (vertex), z2 = 2·z (blossom), slack2 = y2_u + y2_v − 2·w for an edge
 * between different top-level blossoms; with integer weights everything stays an integer.
 * No recursion: nested blossoms are walked with explicit stacks.
 */
import { IndexedMinHeap } from "./indexed-min-heap.ts";
import { LazyMinHeap } from "./lazy-min-heap.ts";
import * as structure from "./blossom-structure.ts";
import type { SolverOutput } from "./blossom-structure.ts";

// Bound once: the app's matching worker loads the engine as CommonJS (tsx's require hook),
// where every use of an imported name is a getter call on the module object; in the hot
// loops below that doubled the solve time.
const { BlossomStructure, cyclicAt, EVEN, ODD, UNLABELLED } = structure;

export type { SolverOutput } from "./blossom-structure.ts";

/**
 * A solution to start from (without maxCardinality): the mates and duals of an optimum on
 * a subgraph of this graph, e.g. before pricing added edges.
 */
export type WarmStart = Pick<SolverOutput, "mates" | "vertexDual2" | "blossoms">;

export function solveWeightedBlossom(
  n: number,
  edgeI: Int32Array,
  edgeJ: Int32Array,
  edgeW: Float64Array,
  maxCardinality: boolean,
  warmStart?: WarmStart,
): SolverOutput {
  return new WeightedBlossomSolver(n, edgeI, edgeJ, edgeW, maxCardinality).run(warmStart);
}

class WeightedBlossomSolver extends BlossomStructure {
  private readonly treeBlossoms: (number[] | null)[];
  private queue: Int32Array;
  private queueSize = 0;
  /** δ2: per vertex of an unlabelled blossom, when its best edge to an even vertex gets tight. */
  private readonly delta2: IndexedMinHeap;
  private readonly best2: Int32Array;
  /** δ3: per edge between two even blossoms, when it gets tight. */
  private readonly delta3: IndexedMinHeap;
  private readonly delta4 = new LazyMinHeap();
  /** δ1 (jumpstart mode): per even vertex, when its dual reaches zero. */
  private readonly delta1 = new LazyMinHeap();
  /**
   * Without maxCardinality the solver starts like LEMON: y = half the heaviest incident
   * weight, tight edges matched greedily, and only unmatched vertices with y > 0 root trees;
   * an even vertex whose dual reaches zero becomes unmatched (δ1), its tree dissolves.
   */
  private readonly jumpstart: boolean;
  /** Number of alternating trees (with maxCardinality: of unmatched vertices). */
  private freeCount: number;

  constructor(
    n: number,
    edgeI: Int32Array,
    edgeJ: Int32Array,
    edgeW: Float64Array,
    private readonly maxCardinality: boolean,
  ) {
    super(n, edgeI, edgeJ, edgeW);
    const m = edgeI.length;
    this.treeBlossoms = new Array<number[] | null>(n).fill(null);
    this.queue = new Int32Array(Math.max(16, n));
    this.freeCount = n;
    this.jumpstart = !maxCardinality;
    this.delta2 = new IndexedMinHeap(n);
    this.best2 = new Int32Array(n).fill(-1);
    this.delta3 = new IndexedMinHeap(m);
  }

  run(warmStart?: WarmStart): SolverOutput {
    const { n } = this;
    if (this.jumpstart) {
      if (warmStart) this.startFrom(warmStart);
      else this.initialMatching();
      this.freeCount = 0;
      for (let v = 0; v < n; v++) {
        if (this.mate[v] !== -1 || this.y2[v] === 0) continue;
        this.treeBlossoms[v] = [];
        this.assignLabel(v, EVEN, -1, v);
        this.freeCount++;
      }
    } else {
      for (let v = 0; v < n; v++) {
        this.treeBlossoms[v] = [];
        this.assignLabel(v, EVEN, -1, v);
      }
    }
    for (;;) {
      this.scanQueue();
      if (!this.step()) break;
    }
    return this.output();
  }

  /**
   * The jumpstart: 2·y_v = the heaviest weight at v (feasible), tight edges between unmatched
   * vertices matched greedily; then each unmatched vertex lowers its dual as far as
   * feasibility allows (not below zero) and takes a neighbour that is unmatched and tight.
   */
  private initialMatching(): void {
    const { n, adjStart, adj, adjVertex, adjWeight2, y2, mate } = this;
    for (let v = 0; v < n; v++) {
      let max = 0;
      const end = adjStart[v + 1]!;
      for (let a = adjStart[v]!; a < end; a++) if (adjWeight2[a]! > max) max = adjWeight2[a]!;
      y2[v] = max / 2;
    }
    for (let v = 0; v < n; v++) {
      if (mate[v] !== -1) continue;
      const yv = y2[v]!;
      const end = adjStart[v + 1]!;
      for (let a = adjStart[v]!; a < end; a++) {
        const u = adjVertex[a]!;
        if (mate[u] === -1 && yv + y2[u]! === adjWeight2[a]!) {
          mate[v] = adj[a]!;
          mate[u] = adj[a]! ^ 1;
          break;
        }
      }
    }
    for (let v = 0; v < n; v++) {
      if (mate[v] !== -1) continue;
      const start = adjStart[v]!;
      const end = adjStart[v + 1]!;
      let need = 0;
      for (let a = start; a < end; a++) {
        const required = adjWeight2[a]! - y2[adjVertex[a]!]!;
        if (required > need) need = required;
      }
      y2[v] = need;
      for (let a = start; a < end; a++) {
        const u = adjVertex[a]!;
        if (mate[u] === -1 && need + y2[u]! === adjWeight2[a]!) {
          mate[v] = adj[a]!;
          mate[u] = adj[a]! ^ 1;
          break;
        }
      }
      // Tree roots start with even 2·y, so every tree shares one parity and slacks between
      // even vertices stay even: δ3 = slack/2 and all duals remain integers.
      if (mate[v] === -1 && need % 2 !== 0) y2[v] = need + 1;
    }
  }

  /**
   * Starts from an earlier optimum on part of this graph (jumpstart mode). Its blossoms are
   * unwound into their vertices (each member's y rises by half the blossom's z, which keeps
   * the blossom's inner pairs tight), then duals rise until every edge is feasible, and the
   * earlier pairs whose edge is still tight stay matched. Who lost a pair, like a blossom's
   * base, is unmatched; unmatched vertices with y > 0 root trees as after the jumpstart
   * (with an even 2·y, see initialMatching).
   */
  private startFrom(warm: WarmStart): void {
    const { n, adjStart, adj, adjVertex, adjWeight2, y2, mate } = this;
    y2.set(warm.vertexDual2);
    for (const blossom of warm.blossoms) {
      const rise = Math.ceil(blossom.dual2 / 2);
      for (let i = 0; i < blossom.members.length; i++) {
        const v = blossom.members[i]!;
        y2[v] = y2[v]! + rise;
      }
    }
    for (let v = 0; v < n; v++) {
      const end = adjStart[v + 1]!;
      for (let a = adjStart[v]!; a < end; a++) {
        const deficit = adjWeight2[a]! - y2[v]! - y2[adjVertex[a]!]!;
        if (deficit > 0) y2[v] = y2[v]! + deficit;
      }
    }
    for (let v = 0; v < n; v++) {
      const u = warm.mates[v]!;
      if (u < v) continue;
      const end = adjStart[v + 1]!;
      for (let a = adjStart[v]!; a < end; a++) {
        if (adjVertex[a] === u && y2[v]! + y2[u]! === adjWeight2[a]!) {
          mate[v] = adj[a]!;
          mate[u] = adj[a]! ^ 1;
          break;
        }
      }
    }
    for (let v = 0; v < n; v++) if (mate[v] === -1 && y2[v]! % 2 !== 0) y2[v] = y2[v]! + 1;
  }

  // ---- labels ------------------------------------------------------------------------

  private setLabel(b: number, l: number, treeRoot: number): void {
    this.materialize(b);
    this.label[b] = l;
    this.tree[b] = treeRoot;
    if (l !== UNLABELLED) this.treeBlossoms[treeRoot]!.push(b);
  }

  /** Labels the top-level blossom of w (reached through endpoint p); an odd label also labels its mate's blossom even. */
  private assignLabel(w0: number, l0: number, p0: number, treeRoot: number): void {
    let w = w0;
    let l = l0;
    let p = p0;
    for (;;) {
      const b = this.top(w);
      this.setLabel(b, l, treeRoot);
      this.labelend[b] = p;
      if (l === EVEN) {
        const count = this.collectLeaves(b);
        for (let i = 0; i < count; i++) this.enqueue(this.leaves[i]!);
        return;
      }
      if (b >= this.n) this.delta4.push(this.deltaSum + this.z2[b]! / 2, b);
      const mp = this.mate[this.blossombase[b]!]!;
      w = this.endpoint[mp]!;
      p = mp ^ 1;
      l = EVEN;
    }
  }

  private enqueue(v: number): void {
    if (this.queueSize === this.queue.length) {
      const bigger = new Int32Array(this.queue.length * 2);
      bigger.set(this.queue);
      this.queue = bigger;
    }
    this.queue[this.queueSize++] = v;
  }

  // ---- scanning ----------------------------------------------------------------------

  /** Scans the edges of queued even vertices: acts on tight edges, queues the others as events. */
  private scanQueue(): void {
    const { adjStart, adj, adjVertex, adjWeight2, vertexSet, setTop, setOffset, label, y2 } = this;
    const { labelTime, delta2, delta3, best2 } = this;
    // Scanning changes no dual (only step() advances the clock).
    const deltaSum = this.deltaSum;
    while (this.queueSize > 0) {
      const v = this.queue[--this.queueSize]!;
      if (label[this.top(v)] !== EVEN) continue;
      const yv = this.dual2(v);
      if (this.jumpstart) this.delta1.push(deltaSum + yv, v);
      const end = adjStart[v + 1]!;
      for (let i = adjStart[v]!; i < end; i++) {
        const w = adjVertex[i]!;
        const setW = vertexSet[w]!;
        if (vertexSet[v] === setW) continue;
        const bw = setTop[setW]!;
        const lw = label[bw]!;
        if (lw === ODD) continue;
        const k = adj[i]! >> 1;
        const y = y2[w]! + setOffset[setW]!;
        const yw = lw === EVEN ? y - (deltaSum - labelTime[bw]!) : y;
        const slack = yv + yw - adjWeight2[i]!;
        if (lw === UNLABELLED) {
          // Even a tight edge waits in the heap: growing a tree must not win over an
          // augmentation or a blossom due at the same time (see step()).
          if (delta2.setIfLower(w, deltaSum + slack)) best2[w] = k;
        } else if (slack > 0) {
          delta3.set(k, deltaSum + slack / 2);
        } else if (this.onTightEvenEdge(k)) {
          break; // v's tree was dissolved by an augmentation
        }
      }
    }
  }

  /** A tight edge between two even blossoms: a new blossom, or an augmentation across two trees. Returns true after augmenting. */
  private onTightEvenEdge(k: number): boolean {
    const v = this.edgeI[k]!;
    const w = this.edgeJ[k]!;
    const tv = this.tree[this.top(v)]!;
    const tw = this.tree[this.top(w)]!;
    if (tv !== tw) {
      this.augmentMatching(k);
      this.freeCount -= 2;
      this.dissolveTrees(tv, tw);
      return true;
    }
    this.addBlossom(this.findBase(v, w), k);
    return false;
  }

  // ---- the dual step -----------------------------------------------------------------

  /** Advances the clock to the next event and handles it; returns false when done. */
  private step(): boolean {
    const delta2 = this.delta2;
    const delta3 = this.delta3;
    const delta4 = this.delta4;
    const delta1 = this.delta1;
    if (this.jumpstart) this.cleanDelta1();
    this.cleanDelta2();
    this.cleanDelta3();
    this.cleanDelta4();
    let type = 0;
    let time = Infinity;
    if (!this.jumpstart && (!this.maxCardinality || this.freeCount <= 1)) {
      type = 1;
      time = this.deltaSum + Math.max(0, this.maxWeight - this.deltaSum);
    }
    if (this.freeCount === 0) return false;
    if (delta2.size > 0 && delta2.peekKey() < time) {
      type = 2;
      time = delta2.peekKey();
    }
    // δ1 wins ties over growing and expanding, δ3 over δ1 (LEMON's order).
    if (delta1.size > 0 && delta1.topKey() <= time) {
      type = 5;
      time = delta1.topKey();
    }
    // On ties δ3 (augment or shrink) goes first, as in LEMON: growing trees first over
    // long runs of tight edges builds huge trees that each augmentation dissolves again
    // (a 20,001-vertex odd cycle took 7.6 s instead of 0.05 s).
    if (delta3.size > 0 && delta3.peekKey() <= time) {
      type = 3;
      time = delta3.peekKey();
    }
    if (delta4.size > 0 && delta4.topKey() < time) {
      type = 4;
      time = delta4.topKey();
    }
    if (type === 0) {
      if (this.jumpstart) throw new Error("blossom solver: trees left but no event");
      type = 1;
      time = this.deltaSum + Math.max(0, this.maxWeight - this.deltaSum);
    }
    this.deltaSum = time;
    if (type === 1) return false;
    if (type === 2) {
      const w = delta2.pop();
      const k = this.best2[w]!;
      // p points at w; p ^ 1 at the even vertex.
      const p = this.edgeI[k] === w ? 2 * k : 2 * k + 1;
      const u = this.endpoint[p ^ 1]!;
      const treeRoot = this.tree[this.top(u)]!;
      const bw = this.top(w);
      if (this.mate[this.blossombase[bw]!] === -1) {
        // w's blossom is unmatched outside the forest (jumpstart mode): augment.
        this.augmentSide(u, p);
        if (bw >= this.n) this.augmentBlossom(bw, w);
        this.mate[w] = p ^ 1;
        this.freeCount--;
        this.dissolveTrees(treeRoot, -1);
        // w left the δ2 heap but stays unlabelled: it needs its entry back.
        this.rescanVertex(w, bw);
      } else {
        this.assignLabel(w, ODD, p ^ 1, treeRoot);
      }
    } else if (type === 5) {
      const v = delta1.topItem();
      delta1.pop();
      this.unmatchVertex(v);
    } else if (type === 3) {
      this.onTightEvenEdge(delta3.pop());
    } else {
      const b = delta4.topItem();
      delta4.pop();
      this.expandOddBlossom(b);
    }
    return true;
  }

  private cleanDelta1(): void {
    const { delta1 } = this;
    while (delta1.size > 0) {
      const v = delta1.topItem();
      if (this.label[this.top(v)] === EVEN && delta1.topKey() === this.deltaSum + this.dual2(v)) {
        return;
      }
      delta1.pop();
    }
  }

  /** δ1: even vertex v's dual reached zero; v becomes unmatched, its tree's root matched, the tree dissolves (LEMON's unmatchNode). */
  private unmatchVertex(v: number): void {
    const treeRoot = this.tree[this.top(v)]!;
    this.augmentSide(v, -1);
    this.freeCount--;
    this.dissolveTrees(treeRoot, -1);
  }

  private cleanDelta2(): void {
    const { delta2, label } = this;
    while (delta2.size > 0) {
      const w = delta2.peek();
      const bw = this.top(w);
      if (label[bw] !== UNLABELLED) {
        delta2.remove(w);
        continue;
      }
      const k = this.best2[w]!;
      const u = this.edgeI[k] === w ? this.edgeJ[k]! : this.edgeI[k]!;
      const bu = this.top(u);
      if (bu === bw || label[bu] !== EVEN || this.deltaSum + this.slack2(k) !== delta2.key[w]) {
        // The best edge went stale (its even end left its tree): look again.
        this.rescanVertex(w, bw);
        continue;
      }
      return;
    }
  }

  private cleanDelta3(): void {
    const { delta3, label } = this;
    while (delta3.size > 0) {
      const k = delta3.peek();
      const bi = this.top(this.edgeI[k]!);
      const bj = this.top(this.edgeJ[k]!);
      if (bi === bj || label[bi] !== EVEN || label[bj] !== EVEN) {
        delta3.remove(k);
        continue;
      }
      const due = this.deltaSum + this.slack2(k) / 2;
      if (due !== delta3.key[k]) {
        delta3.set(k, due);
        continue;
      }
      return;
    }
  }

  private cleanDelta4(): void {
    const { delta4 } = this;
    while (delta4.size > 0) {
      const b = delta4.topItem();
      const valid =
        this.blossombase[b]! >= 0 &&
        this.blossomparent[b] === -1 &&
        this.label[b] === ODD &&
        delta4.topKey() === this.labelTime[b]! + this.z2[b]! / 2;
      if (valid) return;
      delta4.pop();
    }
  }

  // ---- blossoms ----------------------------------------------------------------------

  private addBlossom(base: number, k: number): void {
    const { labelend, endpoint, blossomparent, label } = this;
    const bb = this.top(base);
    let bv = this.top(this.edgeI[k]!);
    let bw = this.top(this.edgeJ[k]!);
    const b = this.unused[--this.unusedCount]!;
    const treeRoot = this.tree[bb]!;
    this.blossombase[b] = base;
    blossomparent[b] = -1;
    blossomparent[bb] = b;
    const pathV: number[] = [];
    const endpsV: number[] = [];
    while (bv !== bb) {
      blossomparent[bv] = b;
      pathV.push(bv);
      endpsV.push(labelend[bv]!);
      bv = this.top(endpoint[labelend[bv]!]!);
    }
    const pathW: number[] = [];
    const endpsW: number[] = [];
    while (bw !== bb) {
      blossomparent[bw] = b;
      pathW.push(bw);
      endpsW.push(labelend[bw]! ^ 1);
      bw = this.top(endpoint[labelend[bw]!]!);
    }
    const size = pathV.length + 1 + pathW.length;
    const path = new Int32Array(size);
    const endps = new Int32Array(size);
    path[0] = bb;
    for (let i = 0; i < pathV.length; i++) {
      path[1 + i] = pathV[pathV.length - 1 - i]!;
      endps[i] = endpsV[endpsV.length - 1 - i]!;
    }
    endps[pathV.length] = 2 * k;
    for (let i = 0; i < pathW.length; i++) {
      path[pathV.length + 1 + i] = pathW[i]!;
      endps[pathV.length + 1 + i] = endpsW[i]!;
    }
    this.childs[b] = path;
    this.endps[b] = endps;
    // The children stop being top-level: fix their duals, and scan the formerly odd vertices.
    for (let i = 0; i < size; i++) {
      const c = path[i]!;
      const wasOdd = label[c] === ODD;
      this.materialize(c);
      label[c] = UNLABELLED;
      if (wasOdd) {
        const count = this.collectLeaves(c);
        for (let j = 0; j < count; j++) this.enqueue(this.leaves[j]!);
      }
    }
    this.z2[b] = 0;
    this.labelTime[b] = this.deltaSum;
    label[b] = EVEN;
    this.tree[b] = treeRoot;
    this.treeBlossoms[treeRoot]!.push(b);
    labelend[b] = labelend[bb]!;
    this.mergeSets(b, path);
  }

  /** δ4: an odd blossom's dual reached zero; its children become top-level (van Rantwijk's expandBlossom, not at stage end). */
  private expandOddBlossom(b: number): void {
    const { label, endpoint, labelend } = this;
    const treeRoot = this.tree[b]!;
    this.materialize(b);
    const childs = this.childs[b]!;
    const endps = this.endps[b]!;
    const size = childs.length;
    for (let i = 0; i < size; i++) {
      const s = childs[i]!;
      this.blossomparent[s] = -1;
      label[s] = UNLABELLED;
      this.labelTime[s] = this.deltaSum;
    }
    this.splitSets(b);
    const entrychild = this.top(endpoint[labelend[b]! ^ 1]!);
    let j = childs.indexOf(entrychild);
    let jstep: number;
    let endptrick: number;
    if (j & 1) {
      j -= size;
      jstep = 1;
      endptrick = 0;
    } else {
      jstep = -1;
      endptrick = 1;
    }
    let p = labelend[b]!;
    while (j !== 0) {
      this.assignLabel(endpoint[p ^ 1]!, ODD, p, treeRoot);
      j += jstep;
      p = cyclicAt(endps, j - endptrick) ^ endptrick;
      j += jstep;
    }
    const bv = cyclicAt(childs, j);
    this.setLabel(bv, ODD, treeRoot);
    labelend[bv] = p;
    if (bv >= this.n) this.delta4.push(this.deltaSum + this.z2[bv]! / 2, bv);
    // The children off the path become unlabelled: look for even neighbours.
    j += jstep;
    while (cyclicAt(childs, j) !== entrychild) {
      const s = cyclicAt(childs, j);
      if (label[s] === UNLABELLED) this.rescanBlossom(s);
      j += jstep;
    }
    label[b] = UNLABELLED;
    labelend[b] = -1;
    this.childs[b] = null;
    this.endps[b] = null;
    this.blossombase[b] = -1;
    this.tree[b] = -1;
    this.unused[this.unusedCount++] = b;
  }

  /** Sets the δ2 entries of the vertices of an unlabelled blossom. */
  private rescanBlossom(s: number): void {
    const count = this.collectLeaves(s);
    const vertices = this.leaves.slice(0, count);
    for (let i = 0; i < count; i++) this.rescanVertex(vertices[i]!, s);
  }

  /** Finds the edge from v (in unlabelled top-level blossom s) to an even vertex that gets tight first. */
  private rescanVertex(v: number, s: number): void {
    const { adjStart, adj, adjVertex, adjWeight2, vertexSet, setTop, setOffset, label, y2 } = this;
    const labelTime = this.labelTime;
    const yv = this.dual2(v);
    const deltaSum = this.deltaSum;
    let best = Infinity;
    let bestSlot = -1;
    const end = adjStart[v + 1]!;
    for (let a = adjStart[v]!; a < end; a++) {
      const w = adjVertex[a]!;
      const setW = vertexSet[w]!;
      const bw = setTop[setW]!;
      if (bw === s || label[bw] !== EVEN) continue;
      const slack = yv + y2[w]! + setOffset[setW]! - (deltaSum - labelTime[bw]!) - adjWeight2[a]!;
      if (slack < best) {
        best = slack;
        bestSlot = a;
      }
    }
    const bestEdge = bestSlot === -1 ? -1 : adj[bestSlot]! >> 1;
    if (bestEdge === -1) {
      this.delta2.remove(v);
    } else {
      this.delta2.set(v, this.deltaSum + best);
      this.best2[v] = bestEdge;
    }
  }

  /** After an augmentation the two trees' blossoms become unlabelled; their vertices look for even neighbours. */
  private dissolveTrees(t1: number, t2: number): void {
    const touched: number[] = [];
    for (let r = 0; r < 2; r++) {
      const root = r === 0 ? t1 : t2;
      if (root === -1) continue;
      const list = this.treeBlossoms[root]!;
      for (const b of list) {
        if (
          this.tree[b] === root &&
          this.blossomparent[b] === -1 &&
          this.label[b] !== UNLABELLED &&
          (b < this.n || this.blossombase[b]! >= 0)
        ) {
          this.materialize(b);
          this.label[b] = UNLABELLED;
          this.tree[b] = -1;
          touched.push(b);
        }
      }
      this.treeBlossoms[root] = null;
    }
    for (const b of touched) this.rescanBlossom(b);
  }
}
