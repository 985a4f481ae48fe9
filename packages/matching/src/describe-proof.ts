/** The `proof` of a round's result, in data and in one English sentence (round-result.ts). */
import type { RoundProof } from "./round-result.ts";
import type { SolveProof } from "./solve-proof.ts";

export function describeProof(solve: SolveProof, topK: number | null): RoundProof {
  const base = {
    scope: solve.scope,
    candidatesPerPerson: topK,
    passes: solve.passes,
    pairsAdded: solve.pairsAdded,
    ...(solve.gap ? { gap: solve.gap } : {}),
    ...(solve.bound ? { bound: solve.bound } : {}),
  };
  if (solve.scope === "heuristic" && solve.bound) {
    const b = solve.bound;
    const over = b.over === "all_allowed_pairs" ? "all allowed pairs" : "the candidates";
    return {
      ...base,
      statement: `a heuristic: mentees of one mentor must be allowed together, which the exact solver does not model; ${b.matched} mentees matched with ${b.total} points, and without that rule the optimum over ${over} matches ${b.mentees} with ${b.score}, which no grouping can beat`,
    };
  }
  if (solve.scope === "all_allowed_pairs") {
    const how =
      topK === null
        ? "every allowed pair was scored"
        : `solved on each person's best ${topK} candidates, then every other allowed pair was priced against the dual (${solve.pairsAdded} added, ${solve.passes} solve${solve.passes === 1 ? "" : "s"})`;
    return { ...base, statement: `optimal over all allowed pairs: ${how}` };
  }
  const added = solve.pairsAdded > 0 ? ` plus ${solve.pairsAdded} pairs added by pricing` : "";
  const gap = solve.gap
    ? `; the all-pairs optimum has at most ${solve.gap.pairs} more pairs, or at equal size at most ${solve.gap.score} more score points`
    : "";
  return {
    ...base,
    statement: `optimal among each person's best ${topK ?? "all"} candidates${added}, not proved over all allowed pairs (${solve.stoppedBy === "weights_too_large" ? "the weights are too large to price the other pairs exactly" : "the time budget stopped pricing"})${gap}`,
  };
}
