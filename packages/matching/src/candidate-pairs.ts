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
import { scorePair } from "./score-pair.ts";

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
  if (touched.length > poolSize) {
    touched.sort((x, y) => accumulated[y]! - accumulated[x]! || rank[x]! - rank[y]!);
    touched.length = poolSize;
  }
  for (const v of touched) accumulated[v] = 0;
  // Clear the rest too (those cut from the pool).
  for (let t = index.interestStart[u]!; t < index.interestStart[u + 1]!; t++) {
    for (const v of byInterest[index.interestId[t]!]!) accumulated[v] = 0;
  }
  return touched;
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

function scoreAndKeep(
  index: RoundIndex,
  u: number,
  pool: readonly number[],
  k: number,
  rank: Int32Array,
) {
  const scored: { v: number; score: number }[] = [];
  for (const v of pool) {
    const score = scorePair(index, u, v);
    if (score >= 0) scored.push({ v, score });
  }
  scored.sort((p, q) => q.score - p.score || rank[p.v]! - rank[q.v]!);
  return scored.slice(0, k);
}
