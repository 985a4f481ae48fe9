/** mulberry32: a small, fast, seedable PRNG (public domain, Tommy Ettinger), so runs repeat exactly. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded Fisher–Yates shuffle of 0..n-1. */
export function seededPermutation(n: number, seed: number): Int32Array {
  const random = createRandom(seed);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/**
 * Where person `rank` starts the shared seeded order when breaking ties between candidates
 * (0..n-1): a multiplicative hash of the person's seeded rank, so people with identical
 * profiles prefer different people instead of all the same first k (issue 11).
 */
export function tieShiftOf(rank: number, n: number): number {
  return n <= 1 ? 0 : (Math.imul(rank + 1, 0x9e3779b1) >>> 0) % n;
}
