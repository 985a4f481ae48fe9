/**
 * Why someone was left without a partner, from the hard rules against everyone who could
 * have been their partner: no shared language at all, only people from their own country,
 * only excluded people (previous partners, blocks, own library), no mentor experienced
 * enough — or they had options but those partners were better used elsewhere.
 */
import type { UnmatchedPerson, UnmatchedReason } from "./round-result.ts";
import { findHardRuleViolation, type HardRuleViolation } from "./scoring/hard-rules.ts";
import type { RoundIndex } from "./scoring/round-index.ts";

const MESSAGES: Record<UnmatchedReason, string> = {
  no_shared_language: "No one else in the round shares a working language with this person.",
  only_same_country: "Everyone who speaks this person's languages is in the same country.",
  only_excluded_partners:
    "Everyone who could be a partner is excluded: a previous partner, blocked by the facilitator, or from the same library.",
  no_experienced_mentor: "No mentor who shares a language has enough more years of experience.",
  not_mentor_or_mentee: "This round pairs mentors with mentees; this person applied as neither.",
  no_mentee_for_mentor:
    "No mentee was assigned: there were fewer suitable mentees than mentor places.",
  odd_one_out:
    "The odd one out: everyone else who fits was paired, and there was no one left to pair with.",
  partners_taken: "Everyone who fits this person was paired with someone who suited them better.",
};

export function describeUnmatched(id: string, reason: UnmatchedReason): UnmatchedPerson {
  return { id, reason, message: MESSAGES[reason] };
}

/** `pool`: everyone who could have been this person's partner (peers, or the other role). */
export function findUnmatchedReason(
  index: RoundIndex,
  person: number,
  pool: Int32Array,
  oddOneOut: boolean,
): UnmatchedReason {
  const counts = new Map<HardRuleViolation, number>();
  for (const other of pool) {
    if (other === person) continue;
    const violation = findHardRuleViolation(index, person, other);
    // One allowed partner settles it (most unmatched people of a large round have many).
    if (violation === null) return oddOneOut ? "odd_one_out" : "partners_taken";
    counts.set(violation, (counts.get(violation) ?? 0) + 1);
  }
  const count = (key: HardRuleViolation) => counts.get(key) ?? 0;
  const others = [...counts.values()].reduce((a, b) => a + b, 0);
  if (others === 0) return "odd_one_out";
  if (count("no_shared_language") === others) return "no_shared_language";
  if (count("mentor_not_experienced_enough") > 0) return "no_experienced_mentor";
  if (
    count("same_country") > 0 &&
    count("same_library") + count("blocked") + count("previous_partner") === 0
  ) {
    return "only_same_country";
  }
  return "only_excluded_partners";
}
