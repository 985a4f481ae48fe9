/**
 * Mentor mode: mentees (left) to mentors (right) up to each mentor's remaining capacity,
 * by the exact bipartite b-matching solver, matching as many mentees as possible first.
 * "Fairness first" uses the same bottleneck search as peer mode.
 *
 * Large rounds give only candidate pairs; with a pricer the result is made exact over all
 * allowed pairs as in peer mode (solve-priced-matching.ts): M, the weight that makes one more
 * mentee outweigh any score, is fixed by the highest weight any allowed pair could have;
 * after each solve the pairs left out are priced against the duals (u_i + v_j ≥ w_ij + M),
 * the violated ones join and the problem is solved again (from scratch: this solver has no
 * warm start), until none is left or the time budget is spent.
 */
import { maxWeightBipartiteBMatching } from "./bipartite-b-matching.ts";
import type { CandidatePairs } from "./candidate-pairs.ts";
import type { RoundPairPricer } from "./price-round-pairs.ts";
import { tieBreakWeights } from "./previous-pairs.ts";
import type { PricingDeadline } from "./solve-priced-matching.ts";
import type { SolveProof } from "./solve-proof.ts";

export interface MentorSolution {
  /** [mentee, mentor] participant indexes. */
  pairs: [number, number][];
  certified: boolean;
  reason?: string;
  fairnessThreshold?: number;
  proof: SolveProof;
}

export interface MentorSolveOptions {
  fairnessFirst: boolean;
  isPrevious: (mentee: number, mentor: number) => boolean;
  /** Whether two mentees may share a mentor (every hard rule but the roles'). */
  mayShareMentor: (a: number, b: number) => boolean;
  pricer?: RoundPairPricer;
  deadline?: PricingDeadline;
}

export function solveMentorships(
  mentees: Int32Array,
  mentors: Int32Array,
  capacity: Int32Array,
  candidates: CandidatePairs,
  options: MentorSolveOptions,
): MentorSolution {
  const leftOf = new Map<number, number>();
  mentees.forEach((p, i) => leftOf.set(p, i));
  const rightOf = new Map<number, number>();
  mentors.forEach((p, j) => rightOf.set(p, j));
  let edgeA = Array.from(candidates.a);
  let edgeB = Array.from(candidates.b);
  let edgeScore = Array.from(candidates.score);
  // Each edge's mentee and mentor positions, kept beside the participants.
  let edgeI = edgeA.map((a) => leftOf.get(a)!);
  let edgeJ = edgeB.map((b) => rightOf.get(b)!);
  const pricer = options.pricer;
  const offset = pricer ? mentees.length * pricer.maxWeight + 1 : undefined;
  const solve = (edges: number[], weights: Float64Array) =>
    maxWeightBipartiteBMatching(
      {
        leftCount: mentees.length,
        rightCount: mentors.length,
        rightCapacity: capacity,
        edgeLeft: Int32Array.from(edges, (e) => edgeI[e]!),
        edgeRight: Int32Array.from(edges, (e) => edgeJ[e]!),
        edgeWeight: weights,
      },
      { maxCardinality: true, cardinalityOffset: offset },
    );
  /** Mentee–mentor pairs taken out because the mentor's other mentees rule them out. */
  const forbidden = new Set<number>();
  const keyOf = (e: number) => edgeI[e]! * mentors.length + edgeJ[e]!;
  const edgesAtLeast = (threshold: number) => {
    const kept: number[] = [];
    for (let e = 0; e < edgeScore.length; e++)
      if (edgeScore[e]! >= threshold && (forbidden.size === 0 || !forbidden.has(keyOf(e))))
        kept.push(e);
    return kept;
  };
  const countWith = (edges: number[]) =>
    solve(edges, new Float64Array(edges.length).fill(1)).assignedCount;
  const weightsOf = (edges: number[]) =>
    tieBreakWeights(
      Int32Array.from(edges, (e) => edgeScore[e]!),
      (k) => options.isPrevious(edgeA[edges[k]!]!, edgeB[edges[k]!]!),
      mentees.length,
    );

  let passes = 0;
  let pairsAdded = 0;
  let complete = !pricer;
  let gap: SolveProof["gap"];
  /** Solves on the edges scoring ≥ threshold, pricing until done or out of time. */
  const solvePriced = (threshold: number) => {
    for (;;) {
      const edges = edgesAtLeast(threshold);
      const result = solve(edges, weightsOf(edges));
      passes++;
      if (!pricer || !result.certified) return result;
      const M = result.weightOffset;
      const priced = pricer.findViolated(
        {
          left2: result.leftDual.map((u) => 2 * u - M),
          right2: result.rightDual.map((v) => 2 * v - M),
          minScore: threshold,
        },
        undefined,
        capacity,
      );
      if (priced.a.length === 0) {
        complete = true;
        return result;
      }
      if (options.deadline && options.deadline.now() >= options.deadline.at) {
        complete = false;
        const raise2 = priced.raise2;
        gap = {
          pairs: Math.floor((result.weight + raise2 / 2) / M),
          score: Math.floor((raise2 / 2 + mentees.length) / (mentees.length + 1)),
        };
        return result;
      }
      // With the nearly violated pairs too: each re-solve starts from scratch, so fewer
      // rounds matter more than a few more edges.
      const added = priced.watch;
      edgeA = [...edgeA, ...added.a];
      edgeB = [...edgeB, ...added.b];
      edgeScore = [...edgeScore, ...added.score];
      edgeI = [...edgeI, ...Array.from(added.a, (a) => leftOf.get(a)!)];
      edgeJ = [...edgeJ, ...Array.from(added.b, (b) => rightOf.get(b)!)];
      pairsAdded += added.a.length;
    }
  };

  let threshold = 0;
  let fairnessThreshold: number | undefined;
  let result = solvePriced(0);
  if (options.fairnessFirst && edgeScore.length > 0 && complete) {
    // Among the pairs seen (candidates and those pricing added), as in peer mode.
    const distinct = [...new Set(edgeScore)].sort((a, b) => a - b);
    const target = result.assignedCount;
    let lo = 0;
    let hi = distinct.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (countWith(edgesAtLeast(distinct[mid]!)) === target) lo = mid;
      else hi = mid - 1;
    }
    threshold = fairnessThreshold = distinct[lo]!;
    result = solvePriced(threshold);
  }
  // Mentees of one mentor must be allowed together too, which the b-matching does not model.
  // Its optimum bounds every solution that keeps that rule; when the optimum keeps it, it is
  // optimal. Otherwise each mentor keeps its best mutually allowed mentees, the pairs of the
  // others are taken out and the rest solved again (a heuristic, reported against the bound).
  const scoreOf = new Map<number, number>();
  const weightOf = new Map<number, number>();
  const everyEdge = Array.from(edgeScore, (_, e) => e);
  const everyWeight = weightsOf(everyEdge);
  for (const e of everyEdge) {
    scoreOf.set(keyOf(e), edgeScore[e]!);
    weightOf.set(keyOf(e), everyWeight[e]!);
  }
  const totalOf = (assignment: Int32Array, of = scoreOf) => {
    let total = 0;
    assignment.forEach((j, i) => {
      if (j >= 0) total += of.get(i * mentors.length + j)!;
    });
    return total;
  };
  const bound = { mentees: result.assignedCount, score: totalOf(result.assignment) };
  const boundWeight = totalOf(result.assignment, weightOf);
  let assignment = result.assignment;
  for (let attempt = 0; ; attempt++) {
    const { dropped, kept } = findCoMenteeConflicts(
      assignment,
      mentees,
      mentors.length,
      scoreOf,
      options,
    );
    if (dropped.length === 0) break;
    // Out: the dropped pairs, and every pair of a mentor with a mentee not allowed with one
    // it keeps (else the next solve brings in the next such mentee, one solve each).
    for (const i of dropped) forbidden.add(i * mentors.length + assignment[i]!);
    for (let e = 0; e < edgeScore.length; e++) {
      const i = edgeI[e]!;
      const list = kept[edgeJ[e]!];
      if (
        list &&
        !list.includes(i) &&
        list.some((k) => !options.mayShareMentor(edgeA[e]!, mentees[k]!))
      )
        forbidden.add(keyOf(e));
    }
    if (attempt === 3) {
      assignment = Int32Array.from(assignment);
      for (const i of dropped) assignment[i] = -1;
      break;
    }
    const edges = edgesAtLeast(threshold);
    assignment = solve(edges, weightsOf(edges)).assignment;
    passes++;
  }
  if (forbidden.size > 0) {
    // Whoever is left takes a free place with a mentor they are allowed with, together
    // with that mentor's mentees (best pairs first): the pairs taken out were only a
    // device, and this can only add mentees.
    assignment = Int32Array.from(assignment);
    const load = new Int32Array(mentors.length);
    const menteesOf: number[][] = Array.from({ length: mentors.length }, () => []);
    assignment.forEach((j, i) => {
      if (j < 0) return;
      load[j]!++;
      menteesOf[j]!.push(i);
    });
    const open = Array.from(edgeScore, (_, e) => e).filter(
      (e) => edgeScore[e]! >= threshold && assignment[edgeI[e]!] === -1,
    );
    open.sort((e, f) => edgeScore[f]! - edgeScore[e]! || e - f);
    for (const e of open) {
      const i = edgeI[e]!;
      const j = edgeJ[e]!;
      if (assignment[i] !== -1 || load[j]! >= capacity[j]!) continue;
      if (!menteesOf[j]!.every((k) => options.mayShareMentor(mentees[i]!, mentees[k]!))) continue;
      assignment[i] = j;
      load[j]!++;
      menteesOf[j]!.push(i);
    }
  }
  const pairs: [number, number][] = [];
  assignment.forEach((j, i) => {
    if (j >= 0) pairs.push([mentees[i]!, mentors[j]!]);
  });
  // A repaired solution as good as the bound (count and weight) is optimal all the same.
  const reachesBound =
    pairs.length === bound.mentees && totalOf(assignment, weightOf) === boundWeight;
  if (forbidden.size > 0 && !reachesBound) {
    return {
      pairs,
      certified: false,
      reason: "mentees of one mentor must be allowed together: a heuristic placed them",
      fairnessThreshold,
      proof: {
        scope: "heuristic",
        passes,
        pairsAdded,
        candidatePairs: candidates.a.length,
        bound: {
          ...bound,
          over: complete ? "all_allowed_pairs" : "candidate_pairs",
          matched: pairs.length,
          total: totalOf(assignment),
        },
      },
    };
  }
  const proof: SolveProof = {
    scope: complete ? "all_allowed_pairs" : "candidate_pairs",
    passes,
    pairsAdded,
    candidatePairs: candidates.a.length,
    ...(complete ? {} : { stoppedBy: "time_budget" as const }),
    ...(gap ? { gap } : {}),
  };
  return {
    pairs,
    certified: result.certified && complete,
    reason: result.certified
      ? complete
        ? undefined
        : "the time budget stopped pricing before every allowed pair was checked"
      : result.reason,
    fairnessThreshold,
    proof,
  };
}

/**
 * For each mentor, in order of score, the mentees who are not allowed together with one
 * kept before them: those to take out; and, per mentor who had such mentees, those kept.
 */
function findCoMenteeConflicts(
  assignment: Int32Array,
  mentees: Int32Array,
  mentorCount: number,
  scoreOf: Map<number, number>,
  options: MentorSolveOptions,
): { dropped: number[]; kept: (number[] | undefined)[] } {
  const menteesOf: number[][] = Array.from({ length: mentorCount }, () => []);
  assignment.forEach((j, i) => {
    if (j >= 0) menteesOf[j]!.push(i);
  });
  const dropped: number[] = [];
  const keptOf: (number[] | undefined)[] = [];
  menteesOf.forEach((list, j) => {
    if (list.length < 2) return;
    const score = (i: number) => scoreOf.get(i * mentorCount + j)!;
    list.sort((x, y) => score(y) - score(x) || x - y);
    const kept: number[] = [];
    for (const i of list) {
      if (kept.every((k) => options.mayShareMentor(mentees[i]!, mentees[k]!))) kept.push(i);
      else dropped.push(i);
    }
    if (kept.length < list.length) keptOf[j] = kept;
  });
  return { dropped, kept: keptOf };
}
