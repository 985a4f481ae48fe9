/**
 * Independent optimality check of a bipartite b-matching from LP duals. The LP
 *   max Σ w'_ij x_ij  s.t.  Σ_j x_ij ≤ 1,  Σ_i x_ij ≤ c_j,  x ≥ 0     (w' = w + offset)
 * is integral (its matrix is totally unimodular), and x is optimal when there are duals
 * u, v ≥ 0 with u_i + v_j ≥ w'_ij on every edge, equality on assigned edges, u_i = 0 on
 * unassigned left vertices and v_j = 0 where mentor j has spare capacity. With offset
 * M > any total weight (maxCardinality mode) the optimum has the most assignments first.
 */
import type { BipartiteBMatchingInput } from "./bipartite-b-matching.ts";

export function verifyBMatchingCertificate(
  input: BipartiteBMatchingInput,
  result: {
    assignment: Int32Array;
    weight: number;
    leftDual: Float64Array;
    rightDual: Float64Array;
    weightOffset: number;
  },
): { certified: boolean; reason?: string } {
  const { leftCount: L, rightCount: R, rightCapacity, edgeLeft, edgeRight, edgeWeight } = input;
  const { assignment, leftDual: u, rightDual: v, weightOffset } = result;
  const fail = (reason: string) => ({ certified: false, reason });
  if (assignment.length !== L || u.length !== L || v.length !== R)
    return fail("array lengths do not match the input");
  for (let i = 0; i < L; i++) if (!(u[i]! >= 0)) return fail(`left dual ${i} is ${u[i]}`);
  for (let j = 0; j < R; j++) if (!(v[j]! >= 0)) return fail(`right dual ${j} is ${v[j]}`);
  const load = new Int32Array(R);
  for (let i = 0; i < L; i++) {
    const j = assignment[i]!;
    if (j === -1) {
      if (u[i] !== 0) return fail(`unassigned left vertex ${i} has dual ${u[i]}`);
    } else if (j < 0 || j >= R) {
      return fail(`left vertex ${i} is assigned to ${j}, not a right vertex`);
    } else {
      load[j]!++;
    }
  }
  for (let j = 0; j < R; j++) {
    if (load[j]! > rightCapacity[j]!)
      return fail(`right vertex ${j} holds ${load[j]} > capacity ${rightCapacity[j]}`);
    if (load[j]! < rightCapacity[j]! && v[j] !== 0)
      return fail(`right vertex ${j} has spare capacity but dual ${v[j]}`);
  }
  // Each assigned left vertex needs a tight edge to its right vertex; its weight counts.
  const tightWeight = new Float64Array(L).fill(-1);
  for (let e = 0; e < edgeLeft.length; e++) {
    const i = edgeLeft[e]!;
    const j = edgeRight[e]!;
    const w = edgeWeight[e]! + weightOffset;
    const slack = u[i]! + v[j]! - w;
    if (slack < 0) return fail(`edge ${e} (${i}, ${j}) has negative reduced cost ${slack}`);
    if (assignment[i] === j && slack === 0)
      tightWeight[i] = Math.max(tightWeight[i]!, edgeWeight[e]!);
  }
  let weight = 0;
  for (let i = 0; i < L; i++) {
    if (assignment[i] === -1) continue;
    if (tightWeight[i]! < 0) return fail(`left vertex ${i} is assigned along no tight edge`);
    weight += tightWeight[i]!;
  }
  if (weight !== result.weight)
    return fail(`weight is ${result.weight}, the assignment sums to ${weight}`);
  return { certified: true };
}
