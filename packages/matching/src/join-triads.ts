/**
 * Peer mode with triads allowed: each person left over joins the pair where they add the
 * most (the sum of their scores with both members), one extra person per pair. Every hard
 * rule holds between every two members of a triad: the joiner must be an allowed partner of
 * both (other country, shared usable language, not blocked, not an earlier partner, not
 * the same library). People with the fewest options go first, so they are not crowded out.
 */
import { findHardRuleViolation } from "./scoring/hard-rules.ts";
import type { RoundIndex } from "./scoring/round-index.ts";
import { scoreAllowedPair } from "./score-pair.ts";

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
      if (findHardRuleViolation(index, person, a) !== null) return;
      if (findHardRuleViolation(index, person, b) !== null) return;
      choices.push({
        pair,
        gain: scoreAllowedPair(index, person, a) + scoreAllowedPair(index, person, b),
      });
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
