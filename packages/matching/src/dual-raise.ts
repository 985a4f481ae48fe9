/**
 * How far a dual must rise to cover the pairs a stopped pricing pass found violated, for the
 * gap bound of a run the time budget stopped (solve-priced-matching.ts, solve-mentorships.ts).
 *
 * Any raises r ≥ 0 of the doubled vertex duals with r_x + r_y ≥ violation(x, y) on every
 * violated pair make the dual feasible for every allowed pair (the others already were), so
 * the all-pairs optimum is at most the solved one plus Σ c_v·r_v / 2, where c_v is what
 * the vertex's dual counts in the dual objective (1; a mentor's capacity in mentor mode).
 * The least such sum is a weighted fractional vertex cover (an LP); this takes the smallest
 * of four feasible covers: half the
 * largest violation at every vertex, the largest violation at each pair's first end only,
 * at its second end only, and a greedy one (largest violations first, each deficit on the end
 * with more violated pairs per unit of c). The first is half of what raising both ends by
 * their largest violation costs, the bound stated before in peer mode; the second is the
 * bound stated before in mentor mode (mentees first).
 */
export function coverViolations(
  x: Int32Array,
  y: Int32Array,
  violation2: Float64Array,
  /** Vertex of y = y + rightOffset (0 in peer mode, where x and y index the same vertices). */
  rightOffset: number,
  vertexCount: number,
  /** c_v per vertex; absent: 1 everywhere. */
  cost?: Float64Array,
): number {
  const pairs = x.length;
  if (pairs === 0) return 0;
  const largest = new Float64Array(vertexCount);
  const onFirst = new Float64Array(vertexCount);
  const onSecond = new Float64Array(vertexCount);
  const degree = new Int32Array(vertexCount);
  for (let e = 0; e < pairs; e++) {
    const u = x[e]!;
    const v = y[e]! + rightOffset;
    const c = violation2[e]!;
    if (c > largest[u]!) largest[u] = c;
    if (c > largest[v]!) largest[v] = c;
    if (c > onFirst[u]!) onFirst[u] = c;
    if (c > onSecond[v]!) onSecond[v] = c;
    degree[u]!++;
    degree[v]!++;
  }
  const costOf = (v: number) => (cost ? cost[v]! : 1);
  const sum = (r: Float64Array) => r.reduce((s, value, v) => s + costOf(v) * value, 0);
  const raise = new Float64Array(vertexCount);
  const order = Array.from({ length: pairs }, (_, e) => e).sort(
    (e, f) => violation2[f]! - violation2[e]! || e - f,
  );
  for (const e of order) {
    const u = x[e]!;
    const v = y[e]! + rightOffset;
    const deficit = violation2[e]! - raise[u]! - raise[v]!;
    if (deficit <= 0) continue;
    if (degree[u]! * costOf(v) >= degree[v]! * costOf(u)) raise[u]! += deficit;
    else raise[v]! += deficit;
  }
  return Math.min(sum(largest) / 2, sum(onFirst), sum(onSecond), sum(raise));
}
