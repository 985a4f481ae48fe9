/**
 * The check that runs after every solve (match-round.ts): every hard rule holds between
 * every two members of every group the engine formed — pairs, triads and groups — and
 * between a mentor and each of their mentees. Groups the facilitator locked are exempt
 * (their links say which rule they override). Mentees of one mentor are each the mentor's
 * own 1:1 link, so the rules apply mentor–mentee, not mentee–mentee.
 */
import type { MatchedGroup } from "./round-result.ts";
import { findHardRuleViolation, type HardRuleViolation } from "./scoring/hard-rules.ts";
import type { RoundIndex } from "./scoring/round-index.ts";

export interface GroupRuleBreak {
  ids: [string, string];
  rule: HardRuleViolation;
}

export function findGroupRuleBreaks(
  index: RoundIndex,
  groups: readonly MatchedGroup[],
): GroupRuleBreak[] {
  const breaks: GroupRuleBreak[] = [];
  const check = (a: string, b: string) => {
    const rule = findHardRuleViolation(index, index.indexById.get(a)!, index.indexById.get(b)!);
    if (rule !== null) breaks.push({ ids: [a, b], rule });
  };
  for (const group of groups) {
    if (group.locked) continue;
    const ids = group.memberIds;
    if (group.kind === "mentorship") {
      for (let i = 1; i < ids.length; i++) check(ids[0]!, ids[i]!);
      continue;
    }
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) check(ids[i]!, ids[j]!);
  }
  return breaks;
}
