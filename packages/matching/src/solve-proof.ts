/** What a round's solve proved, for the result's `proof` (round-result.ts). */
export interface SolveProof {
  /**
   * all_allowed_pairs: optimal (most people matched, then the highest total) over every pair
   * the hard rules allow. candidate_pairs: optimal only among the candidate pairs (each
   * person's best candidates plus any pairs pricing added); `gap` then bounds what is missing
   * when it is known.
   */
  scope: "all_allowed_pairs" | "candidate_pairs" | "heuristic";
  /** Solves run (1 + the re-solves after pricing). */
  passes: number;
  /** Pairs pricing added to the candidates. */
  pairsAdded: number;
  candidatePairs: number;
  /** Why the scope is only the candidates. */
  stoppedBy?: "time_budget" | "weights_too_large";
  /** When pricing stopped early: at most this many more pairs, and at equal size this many more score points. */
  gap?: { pairs: number; score: number };
  /**
   * Heuristic (mentor rounds whose optimum put mentees who may not be together with one
   * mentor): what was found, and the optimum without that rule (over all allowed pairs, or
   * the candidates), which no solution can beat: at most `mentees` matched, and with as
   * many matched at most `score`.
   */
  bound?: {
    matched: number;
    total: number;
    mentees: number;
    score: number;
    over: "all_allowed_pairs" | "candidate_pairs";
  };
}
