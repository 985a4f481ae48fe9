/**
 * The rules that remove a candidate pair before any scoring (see HardRules). The first
 * rule broken is returned, so an unmatched person can be told why no one fitted.
 */
import { ROLE_ORDER } from "../participant.ts";
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

const MENTOR = ROLE_ORDER.indexOf("mentor");
const MENTEE = ROLE_ORDER.indexOf("mentee");

/** The index into LANGUAGE_LEVEL_ORDER from which a shared language counts; -1 = any or none. */
export function minLanguageLevelIndex(index: RoundIndex): number {
  return index.minLanguageLevel;
}

export function findHardRuleViolation(
  index: RoundIndex,
  a: number,
  b: number,
): HardRuleViolation | null {
  return findHardRuleViolationAt(index, a, b, bestSharedLevel(index, a, b));
}

/**
 * Between two mentees of one mentor (issue 11: every hard rule between every two members of
 * a group): every rule but the roles'. The role rules come last in
 * findHardRuleViolationAt, so two mentees reaching them broke nothing else.
 */
export function findCoMenteeViolation(
  index: RoundIndex,
  a: number,
  b: number,
): HardRuleViolation | null {
  const violation = findHardRuleViolation(index, a, b);
  return violation === "not_mentor_and_mentee" || violation === "mentor_not_experienced_enough"
    ? null
    : violation;
}

/** The same, given the pair's bestSharedLevel (scoring computes it once for two uses). */
export function findHardRuleViolationAt(
  index: RoundIndex,
  a: number,
  b: number,
  bestLevel: number,
): HardRuleViolation | null {
  if (a === b) return "same_person";
  const { hard, mode } = index.config;
  if (index.hasExclusions[a] === 1) {
    const excluded = index.exclusions.get(a)?.get(b);
    if (excluded === "blocked") return "blocked";
    if (excluded === "previous") return "previous_partner";
  }
  const minLevel = index.minLanguageLevel;
  if (minLevel >= 0 && bestLevel < minLevel) return "no_shared_language";
  if (hard.otherCountry && index.country[a] === index.country[b]) return "same_country";
  if (hard.notSameLibrary && index.library[a]! >= 0 && index.library[a] === index.library[b])
    return "same_library";
  if (mode === "mentor") {
    const { role, experienceYears } = index;
    const mentor = role[a] === MENTOR ? a : role[b] === MENTOR ? b : -1;
    const mentee = role[a] === MENTEE ? a : role[b] === MENTEE ? b : -1;
    if (mentor < 0 || mentee < 0) return "not_mentor_and_mentee";
    if (experienceYears[mentor]! - experienceYears[mentee]! < hard.mentorMinExtraYears) {
      return "mentor_not_experienced_enough";
    }
  }
  return null;
}
