/**
 * The k best allowed partners of one person among a pool, best first (score, then tie
 * rank: the seeded rank rotated by `tieShift`, set per person by the caller). The text contributions (the costly part) are computed only where they can matter:
 * candidates are taken in descending order of their other contributions (the cheap part)
 * while a min-heap keeps the k-th best full score F found so far; a candidate whose cheap
 * part plus the most the text could add stays below F is skipped, and so is everyone
 * after it; and a candidate's text parts stop as soon as the rest could not lift it to F.
 * Everything skipped scores below k others already scored, so the result is the same top
 * k as scoring everyone fully (the ties at F are all kept, so the seeded rank decides them).
 */
import type { FocusedScorer } from "./focused-scorer.ts";

/** Above any score (at most 7 contributions of weight ≤ 10,000), so sort keys stay positive. */
const SCORE_CEILING = 1 << 21;
/** Cheap parts spread over at most this many points are ordered by counting, else sorted. */
const COUNTING_RANGE = 4096;

export class BestPartners {
  private readonly candidate: Int32Array;
  private readonly cheap: Int32Array;
  private readonly order: Int32Array;
  private readonly cheapKeys: Float64Array;
  private readonly bucket = new Int32Array(COUNTING_RANGE + 1);
  /** The k best full scores so far, a min-heap. */
  private readonly heap: Int32Array;
  /** (SCORE_CEILING − score) · n + rank: ascending order is score descending, then rank. */
  private readonly keys: Float64Array;
  /** The partners found, best first, and their scores; appended by each `find`. */
  readonly partner: Int32Array;
  readonly score: Int32Array;
  count = 0;
  /** Added to the seeded rank (mod n) for ties: set per person (see candidate-pairs.ts). */
  tieShift = 0;

  constructor(
    private readonly scorer: FocusedScorer,
    private readonly rank: Int32Array,
    private readonly personOfRank: Int32Array,
    poolSize: number,
    k: number,
  ) {
    this.candidate = new Int32Array(poolSize);
    this.cheap = new Int32Array(poolSize);
    this.order = new Int32Array(poolSize);
    this.cheapKeys = new Float64Array(poolSize);
    this.heap = new Int32Array(k);
    this.keys = new Float64Array(poolSize);
    this.partner = new Int32Array(k);
    this.score = new Int32Array(k);
  }

  /** Adds the best `k` of pool[0, poolCount) for the scorer's focus after those found so far. */
  find(pool: Int32Array, poolCount: number, k: number): void {
    const { scorer, candidate, cheap, heap, keys } = this;
    let allowed = 0;
    let low = Infinity;
    let high = -Infinity;
    for (let i = 0; i < poolCount; i++) {
      const score = scorer.cheap(pool[i]!);
      if (score < 0) continue;
      candidate[allowed] = pool[i]!;
      cheap[allowed++] = score;
      if (score < low) low = score;
      if (score > high) high = score;
    }
    if (allowed === 0) return;
    const order = this.orderByCheap(allowed, low, high);
    const maxCostly = scorer.maxCostlyPoints;
    const n = this.rank.length;
    let scored = 0;
    let heapSize = 0;
    for (let j = 0; j < allowed; j++) {
      const i = order[j]!;
      const floor = heapSize === k ? heap[0]! : -Infinity;
      if (cheap[i]! + maxCostly < floor) break;
      const costly = scorer.costlyReaching(candidate[i]!, floor - cheap[i]!);
      if (costly < 0) continue;
      const full = cheap[i]! + costly;
      const r = this.rank[candidate[i]!]! + this.tieShift;
      keys[scored++] = (SCORE_CEILING - full) * n + (r >= n ? r - n : r);
      if (heapSize < k) pushHeap(heap, heapSize++, full);
      else if (full > heap[0]!) replaceHeapTop(heap, k, full);
    }
    const best = keys.subarray(0, scored).sort();
    for (let j = 0; j < Math.min(k, scored); j++) {
      const rank = best[j]! % n;
      const seeded = rank >= this.tieShift ? rank - this.tieShift : rank + n - this.tieShift;
      this.partner[this.count] = this.personOfRank[seeded]!;
      this.score[this.count++] = SCORE_CEILING - (best[j]! - rank) / n;
    }
  }

  reset(): void {
    this.count = 0;
  }

  /** Candidate positions by descending cheap part (ties in any order). */
  private orderByCheap(allowed: number, low: number, high: number): Int32Array {
    const { cheap, order } = this;
    if (high - low < COUNTING_RANGE) {
      const bucket = this.bucket.fill(0, 0, high - low + 2);
      for (let i = 0; i < allowed; i++) bucket[high - cheap[i]! + 1]!++;
      for (let b = 1; b <= high - low + 1; b++) bucket[b]! += bucket[b - 1]!;
      for (let i = 0; i < allowed; i++) order[bucket[high - cheap[i]!]!++] = i;
      return order;
    }
    const keys = this.cheapKeys;
    for (let i = 0; i < allowed; i++) keys[i] = (high - cheap[i]!) * allowed + i;
    keys.subarray(0, allowed).sort();
    for (let i = 0; i < allowed; i++) order[i] = keys[i]! % allowed;
    return order;
  }
}

function pushHeap(heap: Int32Array, size: number, value: number): void {
  let at = size;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (heap[parent]! <= value) break;
    heap[at] = heap[parent]!;
    at = parent;
  }
  heap[at] = value;
}

function replaceHeapTop(heap: Int32Array, size: number, value: number): void {
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    if (child + 1 < size && heap[child + 1]! < heap[child]!) child++;
    if (heap[child]! >= value) break;
    heap[at] = heap[child]!;
    at = child;
  }
  heap[at] = value;
}
