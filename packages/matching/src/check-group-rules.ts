/**
 * The check that runs after every solve (match-round.ts): every hard rule holds between
 * every two members of every group the engine formed — pairs, triads and groups — and
 * between a mentor and each of their mentees. Groups the facilitator locked are exempt
 * (their links say which rule they override). In a mentorship the mentor and each mentee
 * follow every rule, and two mentees of one mentor every rule but the roles'.
 */
import type { MatchedGroup } from "./round-result.ts";
import {
  findCoMenteeViolation,
  findHardRuleViolation,
  type HardRuleViolation,
} from "./scoring/hard-rules.ts";
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
  for (const group of groups) {
    if (group.locked) continue;
    const ids = group.memberIds;
    const coMentees = group.kind === "mentorship";
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [index.indexById.get(ids[i]!)!, index.indexById.get(ids[j]!)!];
        const rule =
          coMentees && i > 0
            ? findCoMenteeViolation(index, a, b)
            : findHardRuleViolation(index, a, b);
        if (rule !== null) breaks.push({ ids: [ids[i]!, ids[j]!], rule });
      }
  }
  return breaks;
}
