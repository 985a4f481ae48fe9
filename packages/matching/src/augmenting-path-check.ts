/**
 * Independent check that a matching has maximum cardinality: one search of Edmonds'
 * cardinality algorithm (J. Edmonds, "Paths, trees, and flowers", 1965) grown from all
 * unmatched vertices at once. By Berge's theorem the matching is maximum exactly when no
 * augmenting path exists, i.e. when no edge joins even vertices of two different trees
 * once every even vertex is scanned. Blossoms are contracted with a union–find; the search
 * never augments, so no paths need to be stored. Iterative, O(m·α(n)) plus blossom walks.
 */
export function hasAugmentingPath(
  vertexCount: number,
  adjacencyStart: Int32Array,
  adjacency: Int32Array,
  mates: Int32Array,
): boolean {
  const n = vertexCount;
  const EVEN = 1;
  const ODD = 2;
  const state = new Uint8Array(n);
  const root = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1); // odd vertex → the even vertex that reached it
  const setParent = new Int32Array(n); // union–find over blossoms
  const setBase = new Int32Array(n); // base vertex of the blossom a set root stands for
  const mark = new Int32Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let v = 0; v < n; v++) {
    setParent[v] = v;
    setBase[v] = v;
    if (mates[v] === -1) {
      state[v] = EVEN;
      root[v] = v;
      queue[tail++] = v;
    }
  }
  const findSet = (v: number): number => {
    let r = v;
    while (setParent[r] !== r) r = setParent[r]!;
    let x = v;
    while (setParent[x] !== r) {
      const next = setParent[x]!;
      setParent[x] = r;
      x = next;
    }
    return r;
  };
  const baseOf = (v: number): number => setBase[findSet(v)]!;
  let stamp = 0;
  const commonBase = (v: number, w: number): number => {
    stamp++;
    let x = baseOf(v);
    let y = baseOf(w);
    for (;;) {
      if (x !== -1) {
        if (mark[x] === stamp) return x;
        mark[x] = stamp;
        const odd = mates[x]!;
        x = odd === -1 ? -1 : baseOf(parent[odd]!);
      }
      const t = x;
      x = y;
      y = t;
    }
  };
  const contract = (v: number, base: number): void => {
    let x = baseOf(v);
    while (x !== base) {
      const odd = mates[x]!;
      const next = baseOf(parent[odd]!);
      setParent[findSet(x)] = findSet(base);
      setParent[findSet(odd)] = findSet(base);
      setBase[findSet(base)] = base;
      if (state[odd] === ODD) {
        state[odd] = EVEN;
        queue[tail++] = odd;
      }
      x = next;
    }
  };
  while (head < tail) {
    const v = queue[head++]!;
    for (let i = adjacencyStart[v]!; i < adjacencyStart[v + 1]!; i++) {
      const w = adjacency[i]!;
      if (w === v || state[w] === ODD || baseOf(v) === baseOf(w)) continue;
      if (state[w] === 0) {
        const mate = mates[w]!;
        state[w] = ODD;
        parent[w] = v;
        root[w] = root[v]!;
        state[mate] = EVEN;
        root[mate] = root[v]!;
        queue[tail++] = mate;
      } else if (root[w] !== root[v]) {
        return true;
      } else {
        const base = commonBase(v, w);
        contract(v, base);
        contract(w, base);
      }
    }
  }
  return false;
}
