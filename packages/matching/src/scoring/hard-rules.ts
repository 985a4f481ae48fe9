/**
 * The rules that remove a candidate pair before any scoring (see HardRules). The first
 * rule broken is returned, so an unmatched person can be told why no one fitted.
 */
import { LANGUAGE_LEVEL_ORDER } from "../participant.ts";
import type { RoundIndex } from "./round-index.ts";
import { bestSharedLevel } from "./shared-languages.ts";

export type HardRuleViolation =
  | "same_person"
  | "blocked"
  | "previous_partner"
  | "no_shared_language"
  | "same_country"
  | "same_library"
  | "not_mentor_and_mentee"
  | "mentor_not_experienced_enough";

/** The index into LANGUAGE_LEVEL_ORDER from which a shared language counts; -1 = any or none. */
export function minLanguageLevelIndex(index: RoundIndex): number {
  const level = index.config.hard.minSharedLanguageLevel;
  return level === null ? -1 : LANGUAGE_LEVEL_ORDER.indexOf(level);
}

export function findHardRuleViolation(
  index: RoundIndex,
  a: number,
  b: number,
): HardRuleViolation | null {
  if (a === b) return "same_person";
  const { hard, mode } = index.config;
  const excluded = index.exclusions.get(a)?.get(b);
  if (excluded === "blocked") return "blocked";
  if (excluded === "previous") return "previous_partner";
  const minLevel = minLanguageLevelIndex(index);
  if (minLevel >= 0 && bestSharedLevel(index, a, b) < minLevel) return "no_shared_language";
  if (hard.otherCountry && index.country[a] === index.country[b]) return "same_country";
  if (hard.notSameLibrary && index.library[a]! >= 0 && index.library[a] === index.library[b])
    return "same_library";
  if (mode === "mentor") {
    const pa = index.participants[a]!;
    const pb = index.participants[b]!;
    const mentor = pa.role === "mentor" ? pa : pb.role === "mentor" ? pb : null;
    const mentee = pa.role === "mentee" ? pa : pb.role === "mentee" ? pb : null;
    if (!mentor || !mentee) return "not_mentor_and_mentee";
    if (mentor.experienceYears - mentee.experienceYears < hard.mentorMinExtraYears) {
      return "mentor_not_experienced_enough";
    }
  }
  return null;
}
