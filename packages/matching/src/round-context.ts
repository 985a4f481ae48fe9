/** What the round's matching steps share: the scored round, settings, seeded order, locks. */
import { explainLink } from "./explain-link.ts";
import type { RoundConfig } from "./round-config.ts";
import type { MatchedGroup, MatchLink, RoundResult } from "./round-result.ts";
import type { RoundIndex } from "./scoring/round-index.ts";
import type { PricingDeadline } from "./solve-priced-matching.ts";

export interface MatchProgress {
  stage: "scoring" | "solving" | "explaining";
  done: number;
  total: number;
}

export interface MatchRoundOptions {
  /** Breaks ties between equal scores; the same seed gives the same result. */
  seed: number;
  /** A previous result's groups (member ids): on equal scores, these pairs are kept. */
  previousGroups?: readonly (readonly string[])[];
  onProgress?: (progress: MatchProgress) => void;
  /**
   * Large rounds: stop pricing the pairs left out after this many seconds (checked after
   * each pricing pass, so a pass and a solve may run past it); the result then says what
   * was proved. Absent: price until the result is optimal over all allowed pairs.
   */
  pricingBudgetSeconds?: number;
  /** The clock for the budget, in milliseconds (default: performance.now). */
  now?: () => number;
}

export interface RoundContext {
  index: RoundIndex;
  config: RoundConfig;
  /** Tie-break rank per participant (seeded). */
  rank: Int32Array;
  /** Participants in seeded order. */
  order: Int32Array;
  isPreviousPair: (a: number, b: number) => boolean;
  lockedGroups: number[][];
  options: MatchRoundOptions;
}

export type PartialResult = Omit<RoundResult, "mode" | "summary">;

/** The pricing deadline of the run's budget, if it has one (started now). */
export function pricingDeadline(options: MatchRoundOptions): PricingDeadline | undefined {
  if (options.pricingBudgetSeconds === undefined) return undefined;
  const now = options.now ?? (() => performance.now());
  return { now, at: now() + options.pricingBudgetSeconds * 1000 };
}

export function groupOf(
  index: RoundIndex,
  members: number[],
  links: MatchLink[],
  kind: MatchedGroup["kind"],
  locked: boolean,
): MatchedGroup {
  const score =
    links.length === 0 ? 0 : Math.round(links.reduce((s, l) => s + l.score, 0) / links.length);
  return { kind, memberIds: members.map((m) => index.participants[m]!.id), score, links, locked };
}

/** Every pair inside a locked group, explained, flagged as locked. */
export function lockedGroupOf(index: RoundIndex, members: number[]): MatchedGroup {
  const links: MatchLink[] = [];
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++)
      links.push(explainLink(index, members[x]!, members[y]!, true));
  }
  const kind = members.length === 2 ? "pair" : members.length === 3 ? "triad" : "group";
  return groupOf(index, members, links, kind, true);
}
