/**
 * Peer mode with triads allowed: each person left over joins the pair where they add the
 * most (the sum of their scores with both members), one extra person per pair. A joiner
 * must share a usable language with both members and be allowed with at least one of them
 * (the other link may break only the country or library rule — a triad is still
 * international for its third member); previous partners and blocks always exclude.
 * People with the fewest options go first, so they are not crowded out.
 */
import { findHardRuleViolation } from "./scoring/hard-rules.ts";
import type { RoundIndex } from "./scoring/round-index.ts";
import { scoreAllowedPair } from "./score-pair.ts";

const TOLERATED = new Set(["same_country", "same_library"]);

function linkGain(
  index: RoundIndex,
  joiner: number,
  member: number,
): { allowed: boolean; usable: boolean; score: number } {
  const violation = findHardRuleViolation(index, joiner, member);
  const usable = violation === null || TOLERATED.has(violation);
  return {
    allowed: violation === null,
    usable,
    score: usable ? scoreAllowedPair(index, joiner, member) : 0,
  };
}

/** Returns the triads made (pair index → joiner) and the people still left over. */
export function joinTriads(
  index: RoundIndex,
  pairs: readonly [number, number][],
  leftOver: readonly number[],
  rank: Int32Array,
): { joined: Map<number, number>; stillLeft: number[] } {
  const options = leftOver.map((person) => {
    const choices: { pair: number; gain: number }[] = [];
    pairs.forEach(([a, b], pair) => {
      const la = linkGain(index, person, a);
      const lb = linkGain(index, person, b);
      if (la.usable && lb.usable && (la.allowed || lb.allowed))
        choices.push({ pair, gain: la.score + lb.score });
    });
    choices.sort((x, y) => y.gain - x.gain || x.pair - y.pair);
    return { person, choices };
  });
  options.sort((x, y) => x.choices.length - y.choices.length || rank[x.person]! - rank[y.person]!);
  const joined = new Map<number, number>();
  const stillLeft: number[] = [];
  for (const { person, choices } of options) {
    const choice = choices.find((c) => !joined.has(c.pair));
    if (choice) joined.set(choice.pair, person);
    else stillLeft.push(person);
  }
  return { joined, stillLeft };
}
