/**
 * The candidate pairs a round's solver sees. Small rounds: every allowed pair. Large
 * rounds: each person's best k allowed partners (a pair is kept when either side ranks
 * the other in its top k). To avoid scoring all n² pairs, a person's pool comes from an
 * inverted index: the people sharing their interests, ranked by summed interest rarity
 * (the largest contribution), capped at `poolSize`; when that pool yields fewer than k
 * allowed partners, people sharing a usable language are added. Measured cost against the
 * all-pairs optimum: packages/matching/README.md, "Scoring and round matching".
 */
import { minLanguageLevelIndex } from "./scoring/hard-rules.ts";
import type { RoundIndex } from "./scoring/round-index.ts";
import { maxCostlyPoints, scoreCheapPart, scoreCostlyPart, scorePair } from "./score-pair.ts";

export interface CandidatePairs {
  /** Participant indexes; in bipartite mode `a` is from the left set, `b` from the right. */
  a: Int32Array;
  b: Int32Array;
  score: Int32Array;
}

export interface CandidateOptions {
  /** null: all pairs. */
  k: number | null;
  /** Tie-break rank of each participant (seeded), lower first. */
  rank: Int32Array;
  onProgress?: (done: number, total: number) => void;
}

class EdgeList {
  a: number[] = [];
  b: number[] = [];
  score: number[] = [];
  push(a: number, b: number, score: number) {
    this.a.push(a);
    this.b.push(b);
    this.score.push(score);
  }
  finish(): CandidatePairs {
    return {
      a: Int32Array.from(this.a),
      b: Int32Array.from(this.b),
      score: Int32Array.from(this.score),
    };
  }
}

/** Pairs between `left` and `right`, or within `left` when `right` is null. */
export function findCandidatePairs(
  index: RoundIndex,
  left: Int32Array,
  right: Int32Array | null,
  options: CandidateOptions,
): CandidatePairs {
  const total = left.length + (right?.length ?? 0);
  if (options.k === null || options.k >= (right ?? left).length)
    return allPairs(index, left, right, options);
  return topKPairs(index, left, right, options.k, options, total);
}

function allPairs(
  index: RoundIndex,
  left: Int32Array,
  right: Int32Array | null,
  options: CandidateOptions,
) {
  const edges = new EdgeList();
  for (let x = 0; x < left.length; x++) {
    const a = left[x]!;
    const others = right ?? left;
    for (let y = right ? 0 : x + 1; y < others.length; y++) {
      const b = others[y]!;
      const score = scorePair(index, a, b);
      if (score >= 0) edges.push(a, b, score);
    }
    if ((x & 63) === 0) options.onProgress?.(x, left.length);
  }
  options.onProgress?.(left.length, left.length);
  return edges.finish();
}

function topKPairs(
  index: RoundIndex,
  left: Int32Array,
  right: Int32Array | null,
  k: number,
  options: CandidateOptions,
  total: number,
): CandidatePairs {
  const n = index.count;
  const side = new Int8Array(n); // 1 = left, 2 = right, 0 = not in this problem
  for (const i of left) side[i] = 1;
  if (right) for (const i of right) side[i] = 2;
  const postings = buildPostings(index, side);
  const poolSize = Math.max(8 * k, 400);
  const accumulated = new Float64Array(n);
  const seenPair = new Set<number>();
  const edges = new EdgeList();
  const rank = options.rank;
  let done = 0;

  const visit = (u: number) => {
    const wantSide = right ? (side[u] === 1 ? 2 : 1) : 1;
    const pool = interestPool(
      index,
      u,
      wantSide,
      side,
      postings.byInterest,
      accumulated,
      poolSize,
      rank,
    );
    const best = scoreAndKeep(index, u, pool, k, rank);
    if (best.length < k) {
      const inPool = new Set(pool);
      const extra: number[] = [];
      for (const v of languagePool(index, u, wantSide, side, postings.byLanguage)) {
        if (!inPool.has(v)) extra.push(v);
        if (extra.length >= poolSize) break;
      }
      best.push(...scoreAndKeep(index, u, extra, k - best.length, rank));
    }
    for (const { v, score } of best) {
      const [a, b] = right ? (side[u] === 1 ? [u, v] : [v, u]) : u < v ? [u, v] : [v, u];
      const key = a * n + b;
      if (seenPair.has(key)) continue;
      seenPair.add(key);
      edges.push(a, b, score);
    }
    if ((++done & 63) === 0) options.onProgress?.(done, total);
  };
  for (const u of left) visit(u);
  if (right) for (const u of right) visit(u);
  options.onProgress?.(total, total);
  return edges.finish();
}

interface Postings {
  byInterest: number[][];
  byLanguage: number[][];
}

function buildPostings(index: RoundIndex, side: Int8Array): Postings {
  const byInterest: number[][] = index.interestNames.map(() => []);
  const byLanguage: number[][] = index.languageCodes.map(() => []);
  const minLevel = minLanguageLevelIndex(index);
  for (let i = 0; i < index.count; i++) {
    if (side[i] === 0) continue;
    for (let t = index.interestStart[i]!; t < index.interestStart[i + 1]!; t++)
      byInterest[index.interestId[t]!]!.push(i);
    for (let l = index.languageStart[i]!; l < index.languageStart[i + 1]!; l++) {
      if (index.languageLevel[l]! >= minLevel) byLanguage[index.languageId[l]!]!.push(i);
    }
  }
  return { byInterest, byLanguage };
}

/** People sharing u's interests, by summed IDF of the shared ones, best `poolSize`. */
function interestPool(
  index: RoundIndex,
  u: number,
  wantSide: number,
  side: Int8Array,
  byInterest: number[][],
  accumulated: Float64Array,
  poolSize: number,
  rank: Int32Array,
): number[] {
  const touched: number[] = [];
  for (let t = index.interestStart[u]!; t < index.interestStart[u + 1]!; t++) {
    const id = index.interestId[t]!;
    const idf = index.interestIdf[id]!;
    for (const v of byInterest[id]!) {
      if (v === u || side[v] !== wantSide) continue;
      if (accumulated[v] === 0) touched.push(v);
      accumulated[v]! += idf;
    }
  }
  let pool = touched;
  if (touched.length > poolSize) {
    // Keep the poolSize best without sorting everyone: a selection finds the cut-off value.
    const values = Float64Array.from(touched, (v) => accumulated[v]!);
    const cutoff = kthLargest(values, poolSize);
    const above = touched.filter((v) => accumulated[v]! > cutoff);
    const atCutoff = touched
      .filter((v) => accumulated[v] === cutoff)
      .sort((x, y) => rank[x]! - rank[y]!);
    pool = above.concat(atCutoff.slice(0, poolSize - above.length));
  }
  for (const v of touched) accumulated[v] = 0;
  return pool;
}

/** The k-th largest value (1-based), by quickselect (Hoare); reorders `values`. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}

function* languagePool(
  index: RoundIndex,
  u: number,
  wantSide: number,
  side: Int8Array,
  byLanguage: number[][],
) {
  const seen = new Set<number>();
  for (let l = index.languageStart[u]!; l < index.languageStart[u + 1]!; l++) {
    for (const v of byLanguage[index.languageId[l]!]!) {
      if (v === u || side[v] !== wantSide || seen.has(v)) continue;
      seen.add(v);
      yield v;
    }
  }
}

/**
 * The k best allowed partners of u in `pool`. The text contributions are computed only for
 * candidates whose other contributions plus the most text could give still reach the k-th
 * best of those other contributions — the same top k as scoring everyone fully.
 */
function scoreAndKeep(
  index: RoundIndex,
  u: number,
  pool: readonly number[],
  k: number,
  rank: Int32Array,
) {
  const allowed: number[] = [];
  const cheap: number[] = [];
  for (const v of pool) {
    const score = scoreCheapPart(index, u, v);
    if (score < 0) continue;
    allowed.push(v);
    cheap.push(score);
  }
  let floor = -Infinity;
  if (allowed.length > k) floor = kthLargest(Float64Array.from(cheap), k) - maxCostlyPoints(index);
  const scored: { v: number; score: number }[] = [];
  for (let i = 0; i < allowed.length; i++) {
    if (cheap[i]! < floor) continue;
    scored.push({ v: allowed[i]!, score: cheap[i]! + scoreCostlyPart(index, u, allowed[i]!) });
  }
  scored.sort((p, q) => q.score - p.score || rank[p.v]! - rank[q.v]!);
  return scored.slice(0, k);
}
