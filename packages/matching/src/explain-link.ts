/** A scored, explained link between two people of a group; locked links say so. */
import type { RoundIndex } from "./scoring/round-index.ts";
import { findHardRuleViolation } from "./scoring/hard-rules.ts";
import { explainPair } from "./score-pair.ts";
import type { MatchLink } from "./round-result.ts";

export function explainLink(index: RoundIndex, a: number, b: number, locked = false): MatchLink {
  const explanation = explainPair(index, a, b);
  if (locked) {
    const violation = findHardRuleViolation(index, a, b);
    explanation.contributions.push({
      contribution: "locked",
      points: 0,
      detail: violation ? { overrides: violation } : {},
    });
  }
  const pa = index.participants[a]!;
  const pb = index.participants[b]!;
  return { ids: [pa.id, pb.id], score: explanation.score, explanation };
}
