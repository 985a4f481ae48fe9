/**
 * What became of a round's partnerships (issue 13): how many there were, how many lasted,
 * went silent, were dissolved or replaced, and the round's completion.
 */
import type { FollowUpCount, PartnershipStat } from "./report-facts.ts";
import { percentOf } from "./report-numbers.ts";

export const PARTNERSHIP_KINDS = ["pair", "triad", "mentorship", "group"] as const;

export interface PartnershipOutcomes {
  /** Every partnership of the round: those publishing made and the re-matches made after. */
  total: number;
  byKind: { kind: string; count: number }[];
  /** Made after publishing to give someone a new partner. */
  rematched: number;
  active: number;
  /** Closed by the round's end. */
  ended: number;
  /** Ended early by a facilitator. */
  dissolved: number;
  /**
   * Partnerships the follow-up job judged silent (no meeting held and no "in touch" answer for
   * the round's nudgeAfterDays, the rule in src/domain/partnerships/silence.ts) and nudged.
   */
  nudged: number;
  /** Partnerships that went on the follow-up list for silence (after followUpAfterDays). */
  listedSilent: number;
  /** Partnerships in which someone reported a problem in a check-in. */
  problems: number;
}

/**
 * Completion, defined once for the page, the comparison and the public summary: of all the
 * round's partnerships, the share that was not dissolved — it ended with the round, or was
 * still active when the round finished. Known only once the round has finished (null before).
 */
export interface Completion {
  completed: number;
  dissolved: number;
  total: number;
  percent: number | null;
}

export function partnershipOutcomes(
  stats: readonly PartnershipStat[],
  followUps: readonly FollowUpCount[],
): PartnershipOutcomes {
  const sum = (test: (s: PartnershipStat) => boolean) =>
    stats.filter(test).reduce((n, s) => n + s.count, 0);
  const listed = (reason: string) =>
    followUps.filter((f) => f.reason === reason).reduce((n, f) => n + f.partnerships, 0);
  const kinds = [...new Set([...PARTNERSHIP_KINDS, ...stats.map((s) => s.kind)])];
  return {
    total: sum(() => true),
    byKind: kinds
      .map((kind) => ({ kind, count: sum((s) => s.kind === kind) }))
      .filter((k) => k.count > 0),
    rematched: sum((s) => s.rematched),
    active: sum((s) => s.status === "active"),
    ended: sum((s) => s.status === "ended"),
    dissolved: sum((s) => s.status === "dissolved"),
    nudged: stats.reduce((n, s) => n + s.nudged, 0),
    listedSilent: listed("silent"),
    problems: listed("problem"),
  };
}

export function completionOf(
  outcomes: Pick<PartnershipOutcomes, "total" | "dissolved">,
  roundStatus: string,
): Completion {
  const completed = outcomes.total - outcomes.dissolved;
  return {
    completed,
    dissolved: outcomes.dissolved,
    total: outcomes.total,
    percent: roundStatus === "finished" ? percentOf(completed, outcomes.total) : null,
  };
}
