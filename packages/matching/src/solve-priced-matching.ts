/**
 * Peer mode of a large round: the most pairs, then the highest total, over ALL allowed
 * pairs, although only the candidate pairs are given. Solved as a plain maximum-weight
 * matching with every weight raised by C = ⌊n/2⌋·(highest possible weight) + 1 (so one more
 * pair outweighs any difference in score, cardinality-shift.ts) on the candidates; then the
 * pairs left out are priced against the dual (price-round-pairs.ts), the violated ones join
 * and the solver starts again from the last optimum, until none is left. A full pricing pass
 * touches every pair, so after a re-solve the pairs the last pass scored are checked first,
 * and the next full pass runs only when none of them is violated. C is fixed by the
 * highest weight any allowed pair could have, not by the candidates', so the final dual
 * proves both the size and the total over every allowed pair.
 *
 * With a deadline the loop may stop after a pricing pass that still found violated pairs.
 * The matching is then optimal among the pairs seen, and the pass bounds what is missing:
 * raising the vertex duals so that each violated pair's two raises cover its violation
 * (dual-raise.ts) makes the dual feasible for every allowed pair, so the all-pairs optimum
 * exceeds this one by at most half the sum of those raises (G, in weight units): at most
 * ⌊(w + G)/C⌋ more pairs, and with as many pairs at most ⌊(G + n/2)/scale⌋ more score
 * points.
 */
import { maxEdgeWeight, type WeightedGraph } from "./graph.ts";
import type { MatchingResult } from "./matching-result.ts";
import { buildMatchingResult } from "./matching-result-builder.ts";
import { BlossomMemberships } from "./price-edges.ts";
import type { RoundPairPricer, ScoredPairs } from "./price-round-pairs.ts";
import { solveWeightedBlossom, type WarmStart } from "./weighted-blossom-solver.ts";

export interface PricingDeadline {
  now: () => number;
  /** On the `now` clock; checked after each pricing pass. */
  at: number;
}

export interface PricingOutcome {
  /** The matching in unshifted weights, its dual converted (maxCardinality form). */
  result: MatchingResult;
  /** The candidate graph it is optimal on (candidates plus the pairs pricing added). */
  graph: WeightedGraph;
  /** The score of each of `graph`'s edges. */
  edgeScore: Int32Array;
  /** Whether the last pricing pass found every allowed pair feasible. */
  complete: boolean;
  /** Solves run. */
  passes: number;
  pairsAdded: number;
  /** When not complete: at most this many more pairs, and this much more score at equal size. */
  gap?: { pairs: number; score: number };
}

export interface PricedProblem {
  /** Participant index per vertex. */
  vertices: Int32Array;
  /** Candidate edges by vertex, their scores and solver weights (score · scale + bonus). */
  from: Int32Array;
  to: Int32Array;
  score: Int32Array;
  weight: Float64Array;
  scale: number;
}

export function solvePricedMatching(
  problem: PricedProblem,
  pricer: RoundPairPricer,
  minScore: number,
  deadline?: PricingDeadline,
): PricingOutcome | undefined {
  const n = problem.vertices.length;
  const shift = Math.floor(n / 2) * pricer.maxWeight + 1;
  if (shift + pricer.maxWeight > maxEdgeWeight) return undefined;
  const edges = new GrowingEdges(problem);
  let warmStart: WarmStart | undefined;
  let watch: ScoredPairs | undefined;
  let fullPassDual: Float64Array | undefined;
  let passes = 0;
  let pairsAdded = 0;
  for (;;) {
    const graph = edges.graph();
    const shifted = graph.edgeWeight.map((w) => w + shift);
    const solved = solveWeightedBlossom(n, graph.edgeFrom, graph.edgeTo, shifted, false, warmStart);
    passes++;
    warmStart = solved;
    const vertexDual2 = solved.vertexDual2.map((y) => y - shift);
    const memberships =
      solved.blossoms.length > 0 ? new BlossomMemberships(n, solved.blossoms) : undefined;
    const dual = {
      left2: vertexDual2,
      right2: vertexDual2,
      shared2: memberships ? (x: number, y: number) => memberships.sharedDual2(x, y) : undefined,
      minScore,
    };
    // The pairs scored by the last full pass first: re-solves move the dual only locally.
    if (watch) {
      const again = pricer.findViolatedAmong(watch, dual);
      if (again.a.length > 0) {
        pairsAdded += edges.add(again);
        continue;
      }
    }
    // A pair priced feasible by the last full pass on vertex duals alone stays feasible
    // while neither end's dual falls below that pass's (pairs that needed a blossom's dual
    // are watched): only the rows whose dual fell are priced again, until none has.
    let fell: Uint8Array | undefined;
    if (fullPassDual) {
      fell = new Uint8Array(n);
      let count = 0;
      for (let v = 0; v < n; v++) if (vertexDual2[v]! < fullPassDual[v]!) count += fell[v] = 1;
      // Pricing most rows anyway: a full pass, which becomes the new reference.
      if (count * 2 > n) fell = undefined;
    }
    const priced = pricer.findViolated(dual, fell);
    if (!fell) fullPassDual = vertexDual2;
    watch = fell ? mergeWatch(watch!, priced.watch) : priced.watch;
    const result = buildMatchingResult(graph, solved.mates, vertexDual2, solved.blossoms);
    const outcome = { result, graph, edgeScore: edges.scores(), passes, pairsAdded };
    if (priced.a.length === 0) return { ...outcome, complete: true };
    if (deadline && deadline.now() >= deadline.at) {
      const gap = priced.raise2 / 2;
      return {
        ...outcome,
        complete: false,
        gap: {
          pairs: Math.floor((result.weight + gap) / shift),
          score: Math.floor((gap + (n >> 1)) / problem.scale),
        },
      };
    }
    pairsAdded += edges.add(priced);
  }
}

/** Both watch lists in one (the older one still guards the pairs of its full pass). */
function mergeWatch(older: ScoredPairs, newer: ScoredPairs): ScoredPairs {
  const join = <T extends Int32Array | Float64Array>(a: T, b: T, make: (n: number) => T): T => {
    const out = make(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  };
  const ints = (n: number) => new Int32Array(n);
  return {
    x: join(older.x, newer.x, ints),
    y: join(older.y, newer.y, ints),
    a: join(older.a, newer.a, ints),
    b: join(older.b, newer.b, ints),
    score: join(older.score, newer.score, ints),
    weight: join(older.weight, newer.weight, (n) => new Float64Array(n)),
  };
}

/** The candidate edges, growing as pricing adds pairs (participant indexes mapped to vertices). */
class GrowingEdges {
  private readonly from: number[];
  private readonly to: number[];
  private readonly score: number[];
  private readonly weight: number[];
  private readonly vertexOf = new Map<number, number>();

  constructor(private readonly problem: PricedProblem) {
    this.from = [...problem.from];
    this.to = [...problem.to];
    this.score = [...problem.score];
    this.weight = [...problem.weight];
    problem.vertices.forEach((p, v) => this.vertexOf.set(p, v));
  }

  add(pairs: ScoredPairs): number {
    for (let e = 0; e < pairs.a.length; e++) {
      this.from.push(this.vertexOf.get(pairs.a[e]!)!);
      this.to.push(this.vertexOf.get(pairs.b[e]!)!);
      this.score.push(pairs.score[e]!);
      this.weight.push(pairs.weight[e]!);
    }
    return pairs.a.length;
  }

  graph(): WeightedGraph {
    return {
      vertexCount: this.problem.vertices.length,
      edgeFrom: Int32Array.from(this.from),
      edgeTo: Int32Array.from(this.to),
      edgeWeight: Float64Array.from(this.weight),
    };
  }

  scores(): Int32Array {
    return Int32Array.from(this.score);
  }
}
