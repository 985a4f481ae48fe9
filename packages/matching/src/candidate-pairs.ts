/**
 * The candidate pairs a round's solver sees. Small rounds: every allowed pair. Large
 * rounds: each person's best k allowed partners (a pair is kept when either side ranks
 * the other in its top k). To avoid scoring all n² pairs, a person's pool comes from an
 * inverted index: the people sharing their interests, ranked by summed interest rarity
 * (the largest contribution), capped at `poolSize`; when that pool yields fewer than k
 * allowed partners, people sharing a usable language are added (interest-pool.ts,
 * language-pool.ts). Ties are broken per person (the seeded order rotated to a point of
 * each person's own), so alike profiles spread their choices over the whole round. The best k of a pool are found by best-partners.ts. Measured cost
 * against the all-pairs optimum: packages/matching/SCORING.md, "Candidates for large rounds".
 */
import { BestPartners } from "./best-partners.ts";
import { FocusedScorer } from "./focused-scorer.ts";
import { InterestPool } from "./interest-pool.ts";
import { LanguagePool } from "./language-pool.ts";
import type { RoundIndex } from "./scoring/round-index.ts";
import { tieShiftOf } from "./seeded-random.ts";

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
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private score = new Int32Array(1024);
  private count = 0;
  push(a: number, b: number, score: number) {
    if (this.count === this.a.length) {
      this.a = grow(this.a);
      this.b = grow(this.b);
      this.score = grow(this.score);
    }
    this.a[this.count] = a;
    this.b[this.count] = b;
    this.score[this.count++] = score;
  }
  finish(): CandidatePairs {
    const n = this.count;
    return { a: this.a.slice(0, n), b: this.b.slice(0, n), score: this.score.slice(0, n) };
  }
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
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
  const scorer = new FocusedScorer(index);
  const others = right ?? left;
  for (let x = 0; x < left.length; x++) {
    const a = left[x]!;
    scorer.setFocus(a);
    for (let y = right ? 0 : x + 1; y < others.length; y++) {
      const b = others[y]!;
      const cheap = scorer.cheap(b);
      if (cheap >= 0) edges.push(a, b, cheap + scorer.costly(b));
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
  const rank = options.rank;
  const personOfRank = new Int32Array(n);
  for (let p = 0; p < n; p++) personOfRank[rank[p]!] = p;
  const poolSize = Math.max(8 * k, 400);
  const interestPool = new InterestPool(index, side, poolSize, rank, personOfRank);
  const languagePool = new LanguagePool(index, side);
  const scorer = new FocusedScorer(index);
  const best = new BestPartners(scorer, rank, personOfRank, poolSize, k);
  const extra = new Int32Array(poolSize);
  const edges = new EdgeList();
  // Who chose whom so far, as linked lists per chosen person: a pair is listed once, when
  // the first of the two chooses the other.
  const chosenBy = new Int32Array(n).fill(-1);
  const nextChooser = new Int32Array(total * k);
  const chooser = new Int32Array(total * k);
  let choices = 0;
  const choseMe = new Int32Array(n).fill(-1);
  let done = 0;

  const visit = (u: number) => {
    const wanted = right ? (side[u] === 1 ? 2 : 1) : 1;
    scorer.setFocus(u);
    best.reset();
    // Ties broken per person: the shared seeded order, rotated to start at u's own point.
    interestPool.tieShift = best.tieShift = tieShiftOf(rank[u]!, n);
    interestPool.find(u, wanted);
    best.find(interestPool.pool, interestPool.count, k);
    if (best.count < k) {
      const { pool, count } = interestPool;
      const extraCount = languagePool.find(u, wanted, pool, count, extra, poolSize);
      best.find(extra, extraCount, k - best.count);
    }
    for (let c = chosenBy[u]!; c >= 0; c = nextChooser[c]!) choseMe[chooser[c]!] = u;
    for (let j = 0; j < best.count; j++) {
      const v = best.partner[j]!;
      chooser[choices] = u;
      nextChooser[choices] = chosenBy[v]!;
      chosenBy[v] = choices++;
      if (choseMe[v] === u) continue;
      const uFirst = right ? side[u] === 1 : u < v;
      edges.push(uFirst ? u : v, uFirst ? v : u, best.score[j]!);
    }
    if ((++done & 63) === 0) options.onProgress?.(done, total);
  };
  for (const u of left) visit(u);
  if (right) for (const u of right) visit(u);
  options.onProgress?.(total, total);
  return edges.finish();
}
