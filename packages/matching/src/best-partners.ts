/**
 * The k best allowed partners of one person among a pool, best first (score, then seeded
 * rank). The text contributions (the costly part) are computed only where they can matter:
 * first for the candidates whose other contributions reach the k-th best of those, which
 * gives a k-th best full score F; then for the rest only when their other contributions
 * plus the most text can give still reach F. A candidate skipped scores below k others
 * already scored, so the result is the same top k as scoring everyone fully.
 */
import type { FocusedScorer } from "./focused-scorer.ts";
import { kthLargest } from "./select-kth.ts";

/** Above any score (at most 7 contributions of weight ≤ 10,000), so sort keys stay positive. */
const SCORE_CEILING = 1 << 21;

export class BestPartners {
  private readonly candidate: Int32Array;
  private readonly cheap: Int32Array;
  private readonly values: Float64Array;
  /** (SCORE_CEILING − score) · n + rank: ascending order is score descending, then rank. */
  private readonly keys: Float64Array;
  /** The partners found, best first, and their scores; appended by each `find`. */
  readonly partner: Int32Array;
  readonly score: Int32Array;
  count = 0;

  constructor(
    private readonly scorer: FocusedScorer,
    private readonly rank: Int32Array,
    private readonly personOfRank: Int32Array,
    private readonly maxCostlyPoints: number,
    poolSize: number,
    k: number,
  ) {
    this.candidate = new Int32Array(poolSize);
    this.cheap = new Int32Array(poolSize);
    this.values = new Float64Array(poolSize);
    this.keys = new Float64Array(poolSize);
    this.partner = new Int32Array(k);
    this.score = new Int32Array(k);
  }

  /** Adds the best `k` of pool[0, poolCount) for the scorer's focus after those found so far. */
  find(pool: Int32Array, poolCount: number, k: number): void {
    const { scorer, candidate, cheap, values } = this;
    let allowed = 0;
    for (let i = 0; i < poolCount; i++) {
      const score = scorer.cheap(pool[i]!);
      if (score < 0) continue;
      candidate[allowed] = pool[i]!;
      cheap[allowed++] = score;
    }
    let scored = 0;
    if (allowed <= k) {
      for (let i = 0; i < allowed; i++) scored = this.addScored(i, scored);
    } else {
      for (let i = 0; i < allowed; i++) values[i] = cheap[i]!;
      const cheapCut = kthLargest(values, allowed, k);
      for (let i = 0; i < allowed; i++)
        if (cheap[i]! >= cheapCut) scored = this.addScored(i, scored);
      // values[0, scored) now hold those full scores.
      const fullCut = kthLargest(values, scored, k);
      for (let i = 0; i < allowed; i++) {
        if (cheap[i]! < cheapCut && cheap[i]! + this.maxCostlyPoints >= fullCut)
          scored = this.addScored(i, scored);
      }
    }
    const keys = this.keys.subarray(0, scored).sort();
    const n = this.rank.length;
    for (let j = 0; j < Math.min(k, scored); j++) {
      const rank = keys[j]! % n;
      this.partner[this.count] = this.personOfRank[rank]!;
      this.score[this.count++] = SCORE_CEILING - (keys[j]! - rank) / n;
    }
  }

  reset(): void {
    this.count = 0;
  }

  private addScored(i: number, scored: number): number {
    const v = this.candidate[i]!;
    const score = this.cheap[i]! + this.scorer.costly(v);
    this.values[scored] = score;
    this.keys[scored] = (SCORE_CEILING - score) * this.rank.length + this.rank[v]!;
    return scored + 1;
  }
}
