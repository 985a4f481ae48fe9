/**
 * Maximum-weight bipartite b-matching (mentor mode): each left vertex (mentee) gets at most
 * one right vertex (mentor), each right vertex j at most rightCapacity[j] left vertices.
 *
 * Min-cost flow by successive shortest paths (b-matching-flow.ts) on the uncloned network
 * mentee → mentor → sink, a mentee also free to stay unassigned (cost 0, or M in
 * maxCardinality mode: M exceeds any total weight, so the count comes first). The flow is
 * routed from the scarcer side: from the mentees when the mentors have at least as many
 * places, else from the mentors' places.
 *
 * The final potentials give LP duals u (left) and v (right); `verifyBMatchingCertificate`
 * checks them independently.
 */
import { solveBMatchingFlow } from "./b-matching-flow.ts";
import { verifyBMatchingCertificate } from "./b-matching-certificate.ts";
import { InvalidGraphError, maxEdgeWeight } from "./graph.ts";

export interface BipartiteBMatchingInput {
  leftCount: number;
  rightCount: number;
  rightCapacity: Int32Array;
  edgeLeft: Int32Array;
  edgeRight: Int32Array;
  /** Non-negative integers. */
  edgeWeight: Float64Array;
}

export interface BipartiteBMatchingResult {
  /** Per left vertex: its right vertex, or -1. */
  assignment: Int32Array;
  weight: number;
  assignedCount: number;
  certified: boolean;
  reason?: string;
  /** LP duals: u_i + v_j ≥ w_ij + weightOffset for every edge (see the certificate). */
  leftDual: Float64Array;
  rightDual: Float64Array;
  /** 0, or in maxCardinality mode the M added to every edge weight. */
  weightOffset: number;
}

export function maxWeightBipartiteBMatching(
  input: BipartiteBMatchingInput,
  options: {
    maxCardinality?: boolean;
    /**
     * maxCardinality: the M to add, when the caller knows a bound on every total weight
     * beyond these edges (pricing adds edges later, solve-mentorships.ts); must exceed it.
     */
    cardinalityOffset?: number;
  } = {},
): BipartiteBMatchingResult {
  assertValidInput(input);
  const { leftCount: L, rightCount: R, rightCapacity, edgeLeft, edgeRight, edgeWeight } = input;
  let unassignedCost = 0;
  if (options.maxCardinality === true) {
    unassignedCost = sumOfBestWeights(input) + 1;
    if (options.cardinalityOffset !== undefined)
      unassignedCost = Math.max(unassignedCost, options.cardinalityOffset);
    if (unassignedCost * 4 > 2 ** 53) {
      throw new InvalidGraphError(
        "weights too large for exact maxCardinality mode (total must stay below 2^50)",
      );
    }
  }

  // The scarcer side routes its units (b-matching-flow.ts): mentees when the places are
  // plenty, else the mentors' places, whose searches then end at the first free mentee.
  let places = 0;
  for (let j = 0; j < R; j++) places += rightCapacity[j]!;
  const ones = new Int32Array(L).fill(1);
  const flow =
    places < L
      ? solveBMatchingFlow(
          {
            leftCount: R,
            rightCount: L,
            leftCapacity: rightCapacity,
            rightCapacity: ones,
            edgeLeft: edgeRight,
            edgeRight: edgeLeft,
            edgeWeight,
          },
          unassignedCost,
        )
      : solveBMatchingFlow(
          {
            leftCount: L,
            rightCount: R,
            leftCapacity: ones,
            rightCapacity,
            edgeLeft,
            edgeRight,
            edgeWeight,
          },
          unassignedCost,
        );
  const leftDual = places < L ? flow.rightDual : flow.leftDual;
  const rightDual = places < L ? flow.leftDual : flow.rightDual;
  const { assignment, weight, assignedCount } = assignmentOf(input, flow.edgeUsed);
  const verdict = verifyBMatchingCertificate(input, {
    assignment,
    weight,
    leftDual,
    rightDual,
    weightOffset: unassignedCost,
  });
  return {
    assignment,
    weight,
    assignedCount,
    ...verdict,
    leftDual,
    rightDual,
    weightOffset: unassignedCost,
  };
}

// The loops over the edges are small functions of their own: V8 optimises each whole
// instead of replacing a long loop of one big function mid-run (see b-matching-flow.ts).

/** Σ over left vertices of their heaviest edge to a right vertex with places. */
function sumOfBestWeights(input: BipartiteBMatchingInput): number {
  const { leftCount: L, rightCapacity, edgeLeft, edgeRight, edgeWeight } = input;
  const bestPerLeft = new Float64Array(L);
  for (let e = 0; e < edgeLeft.length; e++) {
    const i = edgeLeft[e]!;
    if (rightCapacity[edgeRight[e]!]! > 0 && edgeWeight[e]! > bestPerLeft[i]!)
      bestPerLeft[i] = edgeWeight[e]!;
  }
  let sum = 0;
  for (let i = 0; i < L; i++) sum += bestPerLeft[i]!;
  return sum;
}

function assignmentOf(
  input: BipartiteBMatchingInput,
  edgeUsed: Uint8Array,
): { assignment: Int32Array; weight: number; assignedCount: number } {
  const { leftCount: L, edgeLeft, edgeRight, edgeWeight } = input;
  const assignment = new Int32Array(L).fill(-1);
  const assignedEdge = new Int32Array(L).fill(-1);
  for (let e = 0; e < edgeLeft.length; e++) {
    if (!edgeUsed[e]) continue;
    assignment[edgeLeft[e]!] = edgeRight[e]!;
    assignedEdge[edgeLeft[e]!] = e;
  }
  let weight = 0;
  let assignedCount = 0;
  for (let i = 0; i < L; i++) {
    if (assignment[i] !== -1) {
      weight += edgeWeight[assignedEdge[i]!]!;
      assignedCount++;
    }
  }
  return { assignment, weight, assignedCount };
}

function assertValidInput(input: BipartiteBMatchingInput): void {
  const { leftCount: L, rightCount: R, rightCapacity, edgeLeft, edgeRight, edgeWeight } = input;
  if (!Number.isInteger(L) || L < 0 || !Number.isInteger(R) || R < 0) {
    throw new InvalidGraphError(
      `leftCount and rightCount must be non-negative integers, got ${L} and ${R}`,
    );
  }
  if (rightCapacity.length !== R) {
    throw new InvalidGraphError(`rightCapacity has length ${rightCapacity.length}, expected ${R}`);
  }
  for (let j = 0; j < R; j++) {
    if (rightCapacity[j]! < 0)
      throw new InvalidGraphError(`right vertex ${j} has capacity ${rightCapacity[j]}`);
  }
  const m = edgeLeft.length;
  if (edgeRight.length !== m || edgeWeight.length !== m) {
    throw new InvalidGraphError("edgeLeft, edgeRight and edgeWeight must have the same length");
  }
  for (let e = 0; e < m; e++) {
    const i = edgeLeft[e]!;
    const j = edgeRight[e]!;
    const w = edgeWeight[e]!;
    if (i < 0 || i >= L || j < 0 || j >= R) {
      throw new InvalidGraphError(
        `edge ${e} (${i}, ${j}) is outside left 0..${L - 1} / right 0..${R - 1}`,
      );
    }
    if (!Number.isInteger(w) || w < 0 || w > maxEdgeWeight) {
      throw new InvalidGraphError(
        `edge ${e} (${i}, ${j}) has weight ${w}; weights must be integers in 0..2^49`,
      );
    }
  }
}
