/**
 * The blossom structure shared by the weighted matching solver: graph arrays, mates, the
 * nested blossoms (van Rantwijk's representation: children and connecting endpoints in
 * cycle order), labels and lazy duals, and the operations that only rearrange it —
 * collecting leaves, applying pending dual changes, finding a blossom base, augmenting.
 * See weighted-blossom-solver.ts for the algorithm that drives it.
 */
export const UNLABELLED = 0;
export const EVEN = 1;
export const ODD = 2;

/** arr[i], counting negative i from the end (Python-style, as in van Rantwijk's code). */
export function cyclicAt(arr: Int32Array, i: number): number {
  return arr[i < 0 ? i + arr.length : i]!;
}

export interface SolverOutput {
  mates: Int32Array;
  vertexDual2: Float64Array;
  blossoms: { dual2: number; members: Int32Array }[];
}

export class BlossomStructure {
  protected readonly endpoint: Int32Array;
  protected readonly adjStart: Int32Array;
  /** Per adjacency slot: the endpoint p pointing at the neighbour, the neighbour, 2·weight (kept side by side for locality). */
  protected readonly adj: Int32Array;
  protected readonly adjVertex: Int32Array;
  protected readonly adjWeight2: Float64Array;
  protected readonly maxWeight: number;
  protected readonly mate: Int32Array;
  protected readonly label: Uint8Array;
  protected readonly labelend: Int32Array;
  protected readonly tree: Int32Array;
  protected readonly labelTime: Float64Array;
  /**
   * Vertex sets of the top-level blossoms, merged small-into-large when a blossom forms and
   * split (smaller children out) when one expands, so that neither costs O(|B|) per step
   * (the role of LEMON's HeapUnionFind): vertexSet[v] → set, setTop[set] → top-level
   * blossom, blossomSet[b] → set of a top-level blossom (-1 when nested). setOffset[set] is
   * added to the y2 of every member, so a blossom's dual change costs O(1).
   */
  protected readonly vertexSet: Int32Array;
  protected readonly setTop: Int32Array;
  protected readonly setOffset: Float64Array;
  protected readonly blossomSet: Int32Array;
  /** Number of vertices in each blossom. */
  protected readonly blossomSize: Int32Array;
  private readonly freeSets: Int32Array;
  private freeSetCount = 0;
  protected readonly blossomparent: Int32Array;
  protected readonly blossombase: Int32Array;
  protected readonly childs: (Int32Array | null)[];
  protected readonly endps: (Int32Array | null)[];
  protected readonly y2: Float64Array;
  protected readonly z2: Float64Array;
  protected readonly unused: Int32Array;
  protected unusedCount: number;
  protected readonly mark: Int32Array;
  protected markStamp = 0;
  protected readonly stack: Int32Array;
  protected readonly leaves: Int32Array;
  /** The clock: the sum of all dual changes δ so far. */
  protected deltaSum = 0;

  constructor(
    protected readonly n: number,
    protected readonly edgeI: Int32Array,
    protected readonly edgeJ: Int32Array,
    protected readonly edgeW: Float64Array,
  ) {
    // Arrays in locals: the constructor runs once, before V8 optimises anything, and there
    // every property read costs.
    const m = edgeI.length;
    const endpoint = new Int32Array(2 * m);
    const adjStart = new Int32Array(n + 1);
    let maxWeight = 0;
    for (let k = 0; k < m; k++) {
      const i = edgeI[k]!;
      const j = edgeJ[k]!;
      const w = edgeW[k]!;
      endpoint[2 * k] = i;
      endpoint[2 * k + 1] = j;
      adjStart[i + 1]!++;
      adjStart[j + 1]!++;
      if (w > maxWeight) maxWeight = w;
    }
    for (let v = 0; v < n; v++) adjStart[v + 1]! += adjStart[v]!;
    const adj = new Int32Array(2 * m);
    const adjVertex = new Int32Array(2 * m);
    const adjWeight2 = new Float64Array(2 * m);
    const fill = adjStart.slice(0, n);
    for (let k = 0; k < m; k++) {
      const i = edgeI[k]!;
      const j = edgeJ[k]!;
      const w2 = 2 * edgeW[k]!;
      const a = fill[i]!++;
      adj[a] = 2 * k + 1;
      adjVertex[a] = j;
      adjWeight2[a] = w2;
      const b = fill[j]!++;
      adj[b] = 2 * k;
      adjVertex[b] = i;
      adjWeight2[b] = w2;
    }
    this.endpoint = endpoint;
    this.adjStart = adjStart;
    this.maxWeight = maxWeight;
    this.adj = adj;
    this.adjVertex = adjVertex;
    this.adjWeight2 = adjWeight2;
    this.mate = new Int32Array(n).fill(-1);
    this.label = new Uint8Array(2 * n);
    this.labelend = new Int32Array(2 * n).fill(-1);
    this.tree = new Int32Array(2 * n).fill(-1);
    this.labelTime = new Float64Array(2 * n);
    this.vertexSet = new Int32Array(n);
    this.setTop = new Int32Array(n);
    this.setOffset = new Float64Array(n);
    this.blossomSet = new Int32Array(2 * n).fill(-1);
    this.blossomSize = new Int32Array(2 * n);
    this.freeSets = new Int32Array(n);
    this.blossomparent = new Int32Array(2 * n).fill(-1);
    this.blossombase = new Int32Array(2 * n).fill(-1);
    for (let v = 0; v < n; v++) {
      this.vertexSet[v] = v;
      this.setTop[v] = v;
      this.blossomSet[v] = v;
      this.blossomSize[v] = 1;
      this.blossombase[v] = v;
    }
    this.childs = new Array<Int32Array | null>(2 * n).fill(null);
    this.endps = new Array<Int32Array | null>(2 * n).fill(null);
    this.y2 = new Float64Array(n).fill(maxWeight);
    this.z2 = new Float64Array(2 * n);
    this.unused = new Int32Array(n);
    for (let i = 0; i < n; i++) this.unused[i] = 2 * n - 1 - i;
    this.unusedCount = n;
    this.mark = new Int32Array(2 * n);
    this.stack = new Int32Array(2 * n);
    this.leaves = new Int32Array(n);
  }

  // ---- duals -------------------------------------------------------------------------

  /** Top-level blossom containing vertex v. */
  protected top(v: number): number {
    return this.setTop[this.vertexSet[v]!]!;
  }

  /** Current 2·y of a vertex (lazy: top-level blossoms store when they were labelled). */
  protected dual2(v: number): number {
    const set = this.vertexSet[v]!;
    const b = this.setTop[set]!;
    const l = this.label[b]!;
    const y = this.y2[v]! + this.setOffset[set]!;
    if (l === EVEN) return y - (this.deltaSum - this.labelTime[b]!);
    if (l === ODD) return y + (this.deltaSum - this.labelTime[b]!);
    return y;
  }

  protected slack2(k: number): number {
    return this.dual2(this.edgeI[k]!) + this.dual2(this.edgeJ[k]!) - 2 * this.edgeW[k]!;
  }

  /** Writes the lazy dual change of top-level blossom b into its vertices and itself. */
  protected materialize(b: number): void {
    const l = this.label[b]!;
    const elapsed = this.deltaSum - this.labelTime[b]!;
    this.labelTime[b] = this.deltaSum;
    if (l === UNLABELLED || elapsed === 0) return;
    const change = l === EVEN ? -elapsed : elapsed;
    const set = this.blossomSet[b]!;
    this.setOffset[set] = this.setOffset[set]! + change;
    if (b >= this.n) this.z2[b] = this.z2[b]! - 2 * change;
  }

  /** Makes the children of a new top-level blossom b one set: the largest child's set absorbs the others' vertices. */
  protected mergeSets(b: number, children: Int32Array): void {
    const { vertexSet, setOffset, y2, blossomSet } = this;
    let largest = children[0]!;
    for (let i = 1; i < children.length; i++) {
      if (this.blossomSize[children[i]!]! > this.blossomSize[largest]!) largest = children[i]!;
    }
    const target = blossomSet[largest]!;
    let size = 0;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      size += this.blossomSize[c]!;
      const set = blossomSet[c]!;
      blossomSet[c] = -1;
      if (c === largest) continue;
      const shift = setOffset[set]! - setOffset[target]!;
      const count = this.collectLeaves(c);
      for (let j = 0; j < count; j++) {
        const v = this.leaves[j]!;
        y2[v] = y2[v]! + shift;
        vertexSet[v] = target;
      }
      this.freeSets[this.freeSetCount++] = set;
    }
    this.setTop[target] = b;
    blossomSet[b] = target;
    this.blossomSize[b] = size;
  }

  /** Gives each child of expanding top-level blossom b its own set again: the largest keeps b's. */
  protected splitSets(b: number): void {
    const { vertexSet, setOffset, y2, blossomSet } = this;
    const children = this.childs[b]!;
    const source = blossomSet[b]!;
    blossomSet[b] = -1;
    let largest = children[0]!;
    for (let i = 1; i < children.length; i++) {
      if (this.blossomSize[children[i]!]! > this.blossomSize[largest]!) largest = children[i]!;
    }
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if (c === largest) {
        blossomSet[c] = source;
        this.setTop[source] = c;
        continue;
      }
      const set = this.freeSets[--this.freeSetCount]!;
      setOffset[set] = 0;
      this.setTop[set] = c;
      blossomSet[c] = set;
      const shift = setOffset[source]!;
      const count = this.collectLeaves(c);
      for (let j = 0; j < count; j++) {
        const v = this.leaves[j]!;
        y2[v] = y2[v]! + shift;
        vertexSet[v] = set;
      }
    }
  }

  /** Leaves (vertices) of blossom b into this.leaves; returns their count. */
  protected collectLeaves(b: number): number {
    const { n, stack, leaves, childs } = this;
    if (b < n) {
      leaves[0] = b;
      return 1;
    }
    let top = 0;
    let count = 0;
    stack[top++] = b;
    while (top > 0) {
      const t = stack[--top]!;
      if (t < n) {
        leaves[count++] = t;
      } else {
        const c = childs[t]!;
        for (let i = 0; i < c.length; i++) stack[top++] = c[i]!;
      }
    }
    return count;
  }

  // ---- blossoms ----------------------------------------------------------------------

  /** Nearest common even blossom base of v and w in their (common) tree. */
  protected findBase(v0: number, w0: number): number {
    const { labelend, endpoint, mark } = this;
    const stamp = ++this.markStamp;
    let v = v0;
    let w = w0;
    for (;;) {
      if (v !== -1) {
        const b = this.top(v);
        if (mark[b] === stamp) return this.blossombase[b]!;
        mark[b] = stamp;
        if (labelend[b] === -1) {
          v = -1;
        } else {
          const t = this.top(endpoint[labelend[b]!]!);
          v = endpoint[labelend[t]!]!;
        }
      }
      const tmp = v;
      v = w;
      w = tmp;
    }
  }

  // ---- augmentation ------------------------------------------------------------------

  /** Swaps matched and unmatched edges on the alternating path inside blossom b from vertex v to its base (van Rantwijk's augmentBlossom, with a work stack instead of recursion). */
  protected augmentBlossom(b0: number, v0: number): void {
    const { n, blossomparent, endpoint, mate } = this;
    const work: number[] = [b0, v0];
    while (work.length > 0) {
      const v = work.pop()!;
      const b = work.pop()!;
      let t = v;
      while (blossomparent[t] !== b) t = blossomparent[t]!;
      if (t >= n) work.push(t, v);
      const childs = this.childs[b]!;
      const endps = this.endps[b]!;
      const size = childs.length;
      const i = childs.indexOf(t);
      let j = i;
      let jstep: number;
      let endptrick: number;
      if (i & 1) {
        j -= size;
        jstep = 1;
        endptrick = 0;
      } else {
        jstep = -1;
        endptrick = 1;
      }
      while (j !== 0) {
        j += jstep;
        t = cyclicAt(childs, j);
        const p = cyclicAt(endps, j - endptrick) ^ endptrick;
        if (t >= n) work.push(t, endpoint[p]!);
        j += jstep;
        t = cyclicAt(childs, j);
        if (t >= n) work.push(t, endpoint[p ^ 1]!);
        mate[endpoint[p]!] = p ^ 1;
        mate[endpoint[p ^ 1]!] = p;
      }
      const rotatedChilds = new Int32Array(size);
      const rotatedEndps = new Int32Array(size);
      for (let x = 0; x < size; x++) {
        rotatedChilds[x] = childs[(x + i) % size]!;
        rotatedEndps[x] = endps[(x + i) % size]!;
      }
      this.childs[b] = rotatedChilds;
      this.endps[b] = rotatedEndps;
      this.blossombase[b] = v;
    }
  }

  protected augmentMatching(k: number): void {
    this.augmentSide(this.edgeI[k]!, 2 * k + 1);
    this.augmentSide(this.edgeJ[k]!, 2 * k);
  }

  /**
   * Flips the alternating path from even vertex s0 up to its tree's root, matching s0 through
   * endpoint p0 (-1: s0 becomes unmatched and the root matched, LEMON's unmatchNode).
   */
  protected augmentSide(s0: number, p0: number): void {
    const { n, labelend, endpoint, mate } = this;
    let s = s0;
    let p = p0;
    for (;;) {
      const bs = this.top(s);
      if (bs >= n) this.augmentBlossom(bs, s);
      mate[s] = p;
      if (labelend[bs] === -1) break;
      const t = endpoint[labelend[bs]!]!;
      const bt = this.top(t);
      s = endpoint[labelend[bt]!]!;
      const j = endpoint[labelend[bt]! ^ 1]!;
      if (bt >= n) this.augmentBlossom(bt, j);
      mate[j] = labelend[bt]!;
      p = labelend[bt]! ^ 1;
    }
  }

  // ---- result ------------------------------------------------------------------------

  protected output(): SolverOutput {
    const { n } = this;
    for (let b = 0; b < 2 * n; b++) {
      if (this.blossomparent[b] === -1 && (b < n || this.blossombase[b]! >= 0)) this.materialize(b);
    }
    for (let v = 0; v < n; v++) this.y2[v] = this.y2[v]! + this.setOffset[this.vertexSet[v]!]!;
    const mates = new Int32Array(n).fill(-1);
    for (let v = 0; v < n; v++) if (this.mate[v]! >= 0) mates[v] = this.endpoint[this.mate[v]!]!;
    const blossoms: { dual2: number; members: Int32Array }[] = [];
    for (let b = n; b < 2 * n; b++) {
      if (this.blossombase[b]! >= 0 && this.z2[b]! > 0) {
        const count = this.collectLeaves(b);
        blossoms.push({ dual2: this.z2[b]!, members: this.leaves.slice(0, count) });
      }
    }
    return { mates, vertexDual2: this.y2, blossoms };
  }
}
