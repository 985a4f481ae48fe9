/**
 * The criteria a facilitator reviews before a run: the engine's weights and hard rules
 * (packages/matching scoring-config.ts), per round mode, plus fairness-first and triads.
 * Plain-words descriptions live in the "matching" translations under the same names.
 */
import { DEFAULT_SCORING_CONFIG, type RoundConfigInput } from "@shelfmates/matching";
import type { FieldErrors } from "../field-errors.ts";
import type { RoundMode } from "../rounds/round-modes.ts";
import type { MatchingCriteria } from "./matching-run-types.ts";

export type WeightName = keyof MatchingCriteria["weights"];
export type RuleName = Exclude<keyof MatchingCriteria["rules"], "mentorMinExtraYears">;

const PEER_WEIGHTS: readonly WeightName[] = [
  "sharedInterests",
  "matchBy",
  "partnerSector",
  "availability",
  "language",
  "textSimilarity",
];
const MENTOR_WEIGHTS: readonly WeightName[] = [
  "sharedInterests",
  "mentorFit",
  "partnerSector",
  "availability",
  "language",
  "textSimilarity",
];
/** Every weight a round can set, in either mode. */
export const WEIGHT_NAMES: readonly WeightName[] = [
  ...new Set([...PEER_WEIGHTS, ...MENTOR_WEIGHTS]),
];
export const RULE_NAMES: readonly RuleName[] = [
  "otherCountry",
  "sharedLanguage",
  "notSameLibrary",
  "notPreviousPartners",
];
export const MAX_WEIGHT = 1000;

/** The weights that count in this mode, in the order the page lists them. */
export function weightsForMode(mode: RoundMode): readonly WeightName[] {
  return mode === "mentor" ? MENTOR_WEIGHTS : PEER_WEIGHTS;
}

export function defaultCriteria(round: { allowTriads: boolean }): MatchingCriteria {
  const { hard, weights } = DEFAULT_SCORING_CONFIG;
  return {
    weights: { ...weights },
    rules: {
      otherCountry: hard.otherCountry,
      sharedLanguage: hard.minSharedLanguageLevel !== null,
      notSameLibrary: hard.notSameLibrary,
      notPreviousPartners: hard.notPreviousPartners,
      mentorMinExtraYears: hard.mentorMinExtraYears,
    },
    fairnessFirst: false,
    allowTriads: round.allowTriads,
  };
}

/** The engine's settings for these criteria in this round. */
export function toRoundConfig(
  criteria: MatchingCriteria,
  round: { mode: RoundMode; groupSize: number | null },
): RoundConfigInput {
  return {
    mode: round.mode,
    weights: criteria.weights,
    hard: {
      otherCountry: criteria.rules.otherCountry,
      minSharedLanguageLevel: criteria.rules.sharedLanguage
        ? DEFAULT_SCORING_CONFIG.hard.minSharedLanguageLevel
        : null,
      notSameLibrary: criteria.rules.notSameLibrary,
      notPreviousPartners: criteria.rules.notPreviousPartners,
      mentorMinExtraYears: criteria.rules.mentorMinExtraYears,
    },
    fairnessFirst: criteria.fairnessFirst,
    allowTriads: round.mode === "peer" && criteria.allowTriads,
    ...(round.mode === "group" && round.groupSize ? { groupSize: round.groupSize } : {}),
  };
}

/** Field errors for weights outside 0–1000 or a bad mentor gap; the engine checks the rest. */
export function checkCriteria(criteria: MatchingCriteria): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, weight] of Object.entries(criteria.weights)) {
    if (!Number.isInteger(weight) || weight < 0 || weight > MAX_WEIGHT)
      errors[`weight-${name}`] = { key: "matching:criteria.weightRange" };
  }
  const gap = criteria.rules.mentorMinExtraYears;
  if (!Number.isInteger(gap) || gap < 0 || gap > 40)
    errors.mentorMinExtraYears = { key: "matching:criteria.yearsRange" };
  return errors;
}
