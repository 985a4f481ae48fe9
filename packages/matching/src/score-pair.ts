/**
 * A candidate pair's score: the sum of its named contributions, each `round(weight · value)`
 * with value in [0, 1], so scores are whole points (0–1000 with the default weights) and
 * the matching solvers stay exact. `scorePair` is the hot path (no allocation);
 * `explainPair` gives the same total with the reasons as data.
 */
import type { Contribution, ContributionName, PairExplanation } from "./explanation.ts";
import type { Participant } from "./participant.ts";
import {
  resolveScoringConfig,
  type ScoringConfigInput,
  type ScoringWeights,
} from "./scoring-config.ts";
import { availabilityValue, explainAvailability } from "./scoring/availability-overlap.ts";
import { findHardRuleViolation } from "./scoring/hard-rules.ts";
import { explainLanguage, languageValue } from "./scoring/language-comfort.ts";
import { explainMatchBy, matchByValue } from "./scoring/match-by.ts";
import { explainMentorFit, mentorFitValue } from "./scoring/mentor-fit.ts";
import { explainPartnerSector, partnerSectorValue } from "./scoring/partner-sector.ts";
import { buildRoundIndex, type RoundIndex } from "./scoring/round-index.ts";
import { explainSharedInterests, sharedInterestsValue } from "./scoring/shared-interests.ts";
import { explainTextSimilarity, textSimilarityValue } from "./scoring/text-similarity.ts";

export type { RoundIndex } from "./scoring/round-index.ts";
export type { HardRuleViolation } from "./scoring/hard-rules.ts";
export { findHardRuleViolation } from "./scoring/hard-rules.ts";

interface ContributionRule {
  name: ContributionName;
  weight: keyof ScoringWeights;
  value: (index: RoundIndex, a: number, b: number) => number;
  explain: (index: RoundIndex, a: number, b: number, points: number) => Contribution;
  mentorOnly?: boolean;
  /** Text comparisons: scored last, and skipped for candidates that cannot make a top k. */
  costly?: boolean;
}

/** In the order an explanation lists them. */
const RULES: readonly ContributionRule[] = [
  {
    name: "shared_interests",
    weight: "sharedInterests",
    value: sharedInterestsValue,
    explain: explainSharedInterests,
  },
  {
    name: "mentor_fit",
    weight: "mentorFit",
    value: mentorFitValue,
    explain: explainMentorFit,
    mentorOnly: true,
  },
  { name: "language", weight: "language", value: languageValue, explain: explainLanguage },
  {
    name: "availability",
    weight: "availability",
    value: availabilityValue,
    explain: explainAvailability,
  },
  { name: "match_by", weight: "matchBy", value: matchByValue, explain: explainMatchBy },
  {
    name: "partner_sector",
    weight: "partnerSector",
    value: partnerSectorValue,
    explain: explainPartnerSector,
  },
  {
    name: "text_similarity",
    weight: "textSimilarity",
    value: textSimilarityValue,
    explain: explainTextSimilarity,
    costly: true,
  },
];

/** Precomputes the round once; pass the result to scorePair and explainPair. */
export function prepareScoring(
  participants: readonly Participant[],
  config: ScoringConfigInput = {},
): RoundIndex {
  return buildRoundIndex(participants, resolveScoringConfig(config));
}

function activeRules(index: RoundIndex): readonly ContributionRule[] {
  return index.config.mode === "mentor" ? RULES : RULES.filter((r) => !r.mentorOnly);
}

/** Whole points, or -1 when a hard rule removes the pair. */
export function scorePair(index: RoundIndex, a: number, b: number): number {
  const cheap = scoreCheapPart(index, a, b);
  return cheap < 0 ? -1 : cheap + scoreCostlyPart(index, a, b);
}

/** The score without checking hard rules (for locked pairs, which the facilitator fixed anyway). */
export function scoreAllowedPair(index: RoundIndex, a: number, b: number): number {
  return sumRules(index, a, b, false) + sumRules(index, a, b, true);
}

/** The contributions that need no text comparison, or -1 when a hard rule removes the pair. */
export function scoreCheapPart(index: RoundIndex, a: number, b: number): number {
  if (findHardRuleViolation(index, a, b) !== null) return -1;
  return sumRules(index, a, b, false);
}

/** The text contributions (free-text similarity, mentor fit). */
export function scoreCostlyPart(index: RoundIndex, a: number, b: number): number {
  return sumRules(index, a, b, true);
}

/** The most the costly part can add, so candidates that cannot reach a top k are skipped exactly. */
export function maxCostlyPoints(index: RoundIndex): number {
  let max = 0;
  for (const rule of activeRules(index)) if (rule.costly) max += index.config.weights[rule.weight];
  return Math.ceil(max);
}

function sumRules(index: RoundIndex, a: number, b: number, costly: boolean): number {
  const weights = index.config.weights;
  const mentor = index.config.mode === "mentor";
  let total = 0;
  for (const rule of RULES) {
    if ((rule.mentorOnly && !mentor) || Boolean(rule.costly) !== costly) continue;
    const weight = weights[rule.weight];
    if (weight > 0) total += Math.round(weight * rule.value(index, a, b));
  }
  return total;
}

export function explainPair(index: RoundIndex, a: number, b: number): PairExplanation {
  const weights = index.config.weights;
  const contributions: Contribution[] = [];
  let score = 0;
  for (const rule of activeRules(index)) {
    const weight = weights[rule.weight];
    const points = weight > 0 ? Math.round(weight * rule.value(index, a, b)) : 0;
    score += points;
    contributions.push(rule.explain(index, a, b, points));
  }
  return { score, contributions };
}
