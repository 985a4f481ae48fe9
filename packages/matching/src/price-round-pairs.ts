/**
 * Pricing a round's left-out pairs against a dual solution (MATCHING-NOTES.md, "Exact
 * all-pairs optimum at sparse speed"; W. Cook and A. Rohe, INFORMS J. Computing 11, 1999):
 * a large round is solved on each person's best candidates only, and every other allowed
 * pair (u, v) whose weight beats the dual,
 *
 *   2·W(u, v) > d_u + d_v + Σ_{B ∋ u, v} 2·z_B,
 *
 * could improve the matching; the solver adds those and solves again. When none is left,
 * the dual is feasible for every allowed pair and the optimum is optimal over all of them.
 * W is the solver's weight (score · scale + 1 for an earlier pair, previous-pairs.ts).
 *
 * Most pairs are settled without being scored, from cheap to costly: the dual sum against
 * the pair's bound (pair-score-bound.ts, one tight loop per person), then the exact hard
 * rules and cheap part plus the most the texts could add, and only then the full score
 * (focused-scorer.ts).
 */
import { coverViolations } from "./dual-raise.ts";
import { FocusedScorer } from "./focused-scorer.ts";
import { PairScoreBound } from "./pair-score-bound.ts";
import type { RoundIndex } from "./scoring/round-index.ts";

export interface PricingDual {
  /** d per position of `left` and of `right` (peer mode: the same array). */
  left2: Float64Array;
  right2: Float64Array;
  /** Σ 2·z_B over the blossoms holding both positions (peer mode), else absent. */
  shared2?: (x: number, y: number) => number;
  /** Only pairs scoring at least this (fairness first's threshold). */
  minScore: number;
}

export interface PricedPairs extends ScoredPairs {
  /** Per violated pair: its violation 2·W − (d + d + Σ z). */
  violation2: Float64Array;
  /** The total raise of the doubled duals that covers every violation (dual-raise.ts). */
  raise2: number;
  /** Pairs checked beyond the dual test: by the bound, exactly (cheap part), and fully scored. */
  counts: { bounded: number; checked: number; scored: number };
  /**
   * The violated pairs and those nearly so (slack under 10 points, at most 8 per person):
   * after the next solve these are checked first (re-solves move the dual mostly nearby),
   * and a full pass runs only once none of them is violated.
   */
  watch: ScoredPairs;
}

/** Pairs with their positions in left / right, participants, scores and solver weights. */
export interface ScoredPairs {
  x: Int32Array;
  y: Int32Array;
  a: Int32Array;
  b: Int32Array;
  score: Int32Array;
  weight: Float64Array;
}

class PairBuffer {
  readonly x: number[] = [];
  readonly y: number[] = [];
  readonly a: number[] = [];
  readonly b: number[] = [];
  readonly score: number[] = [];
  readonly weight: number[] = [];
  push(x: number, y: number, a: number, b: number, score: number, weight: number) {
    this.x.push(x);
    this.y.push(y);
    this.a.push(a);
    this.b.push(b);
    this.score.push(score);
    this.weight.push(weight);
  }
  finish(): ScoredPairs {
    return {
      x: Int32Array.from(this.x),
      y: Int32Array.from(this.y),
      a: Int32Array.from(this.a),
      b: Int32Array.from(this.b),
      score: Int32Array.from(this.score),
      weight: Float64Array.from(this.weight),
    };
  }
}

export class RoundPairPricer {
  private readonly scorer: FocusedScorer;
  private readonly bound: PairScoreBound;
  /** The highest weight any pair can have. */
  readonly maxWeight: number;

  constructor(
    private readonly index: RoundIndex,
    private readonly left: Int32Array,
    private readonly right: Int32Array | null,
    private readonly scale: number,
    private readonly isPrevious: (a: number, b: number) => boolean,
    /** Whether any pair can have the earlier-pair bonus (previous-pairs.ts). */
    private readonly hasPrevious: boolean,
  ) {
    this.scorer = new FocusedScorer(index);
    this.bound = new PairScoreBound(index);
    this.maxWeight = this.bound.maxScore * scale + (hasPrevious ? 1 : 0);
  }

  /**
   * Prices every pair, or (peer mode) with `rows`: only the pairs with at least one end in
   * `rows` (1 per position) — the positions whose dual fell since the last full pass.
   * `rightCapacity` (mentor mode): what each right dual counts in the dual objective.
   */
  findViolated(dual: PricingDual, rows?: Uint8Array, rightCapacity?: Int32Array): PricedPairs {
    const { left, scorer, bound, scale } = this;
    const right = this.right ?? left;
    const bipartite = this.right !== null;
    if (rows && bipartite) throw new RangeError("rows: peer mode only");
    const violated = new PairBuffer();
    const watch = new PairBuffer();
    const violation2: number[] = [];
    const rightOffset = bipartite ? left.length : 0;
    const counts = { bounded: 0, checked: 0, scored: 0 };
    const { left2, right2, shared2, minScore } = dual;
    const bonus = this.hasPrevious ? 1 : 0;
    const watchSlack = 2 * 10 * scale;
    const watchLimit = 8 * (left.length + (bipartite ? right.length : 0));
    const survivors = new Int32Array(right.length);
    let dualFloor = Infinity;
    for (let y = 0; y < right.length; y++) if (right2[y]! < dualFloor) dualFloor = right2[y]!;
    for (let x = 0; x < left.length; x++) {
      if (rows && rows[x] === 0) continue;
      const u = left[x]!;
      const du = left2[x]!;
      const from = bipartite || rows ? 0 : x + 1;
      counts.bounded += right.length - from;
      const found = bound.findRowSurvivors(
        u,
        du,
        right,
        right2,
        from,
        right.length,
        scale,
        bonus,
        minScore,
        survivors,
        dualFloor,
      );
      let focused = false;
      for (let i = 0; i < found; i++) {
        const y = survivors[i]!;
        // With rows: a pair of two rows is priced once, from its lower end.
        if (rows && (y === x || (rows[y] === 1 && y < x))) continue;
        const sum = du + right2[y]!;
        const v = right[y]!;
        if (!focused) {
          scorer.setFocus(u);
          focused = true;
        }
        counts.checked++;
        const cheap = scorer.cheap(v);
        const costly = bound.costlyBound(u, v);
        if (cheap < 0 || cheap + costly < minScore) continue;
        if (sum >= 2 * ((cheap + costly) * scale + bonus)) continue;
        counts.scored++;
        const full = cheap + scorer.costly(v);
        if (full < minScore) continue;
        const w = full * scale + (bonus && this.isPrevious(u, v) ? 1 : 0);
        const slack = sum - 2 * w;
        // Violated pairs always, nearly violated ones up to the limit.
        if (slack < 0 || (slack < watchSlack && watch.x.length < watchLimit))
          watch.push(x, y, u, v, full, w);
        if (slack >= 0) continue;
        const violation = -(slack + (shared2 ? shared2(x, y) : 0));
        if (violation <= 0) continue;
        violated.push(x, y, u, v, full, w);
        violation2.push(violation);
      }
    }
    const pairs = violated.finish();
    const violations = Float64Array.from(violation2);
    const raise2 = coverViolations(
      pairs.x,
      pairs.y,
      violations,
      rightOffset,
      left.length + (bipartite ? right.length : 0),
      rightCapacity &&
        Float64Array.from({ length: rightOffset + right.length }, (_, v) =>
          v < rightOffset ? 1 : rightCapacity[v - rightOffset]!,
        ),
    );
    return { ...pairs, violation2: violations, raise2, counts, watch: watch.finish() };
  }

  /** The pairs of `watch` that violate the dual (no bound on the others: see findViolated). */
  findViolatedAmong(watch: ScoredPairs, dual: PricingDual): ScoredPairs {
    const violated = new PairBuffer();
    const { left2, right2, shared2 } = dual;
    for (let e = 0; e < watch.x.length; e++) {
      const x = watch.x[e]!;
      const y = watch.y[e]!;
      const slack = left2[x]! + right2[y]! - 2 * watch.weight[e]!;
      if (slack >= 0 || slack + (shared2 ? shared2(x, y) : 0) >= 0) continue;
      violated.push(x, y, watch.a[e]!, watch.b[e]!, watch.score[e]!, watch.weight[e]!);
    }
    return violated.finish();
  }
}
