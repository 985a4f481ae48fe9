/**
 * A candidate pair's score: the sum of its named contributions, each `round(weight · value)`
 * with value in [0, 1], so scores are whole points (0–1000 with the default weights) and
 * the matching solvers stay exact. `scorePair` is the hot path (no allocation; the
 * contributions summed directly, each shared quantity computed once); `explainPair` gives
 * the same total with the reasons as data, from the RULES table.
 */
import type { Contribution, ContributionName, PairExplanation } from "./explanation.ts";
import type { Participant } from "./participant.ts";
import {
  resolveScoringConfig,
  type ScoringConfigInput,
  type ScoringWeights,
} from "./scoring-config.ts";
import * as availability from "./scoring/availability-overlap.ts";
import { findHardRuleViolationAt } from "./scoring/hard-rules.ts";
import * as language from "./scoring/language-comfort.ts";
import * as matchBy from "./scoring/match-by.ts";
import { explainMentorFit, mentorFitValue } from "./scoring/mentor-fit.ts";
import * as partnerSector from "./scoring/partner-sector.ts";
import { buildRoundIndex, type RoundIndex } from "./scoring/round-index.ts";
import * as sharedInterests from "./scoring/shared-interests.ts";
import { bestSharedLevel } from "./scoring/shared-languages.ts";
import { explainTextSimilarity, textSimilarityValue } from "./scoring/text-similarity.ts";

// Bound once: the app's matching worker loads the engine as CommonJS, where every use of
// an imported name is a getter call (see weighted-blossom-solver.ts); these run per pair.
const { availabilityValue, explainAvailability } = availability;
const { explainLanguage, languageValue, languageValueAt } = language;
const { explainMatchBy, matchByValue, matchByValueWith } = matchBy;
const { explainPartnerSector, partnerSectorValue } = partnerSector;
const { explainSharedInterests, interestsValueOf, sharedInterestIdf, sharedInterestsValue } =
  sharedInterests;

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
    costly: true,
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
  const cheap = sumCheapRules(
    index,
    a,
    b,
    sharedInterestIdf(index, a, b),
    bestSharedLevel(index, a, b),
  );
  return cheap + scoreCostlyPart(index, a, b);
}

/** The contributions that need no text comparison, or -1 when a hard rule removes the pair. */
export function scoreCheapPart(index: RoundIndex, a: number, b: number): number {
  const bestLevel = bestSharedLevel(index, a, b);
  if (findHardRuleViolationAt(index, a, b, bestLevel) !== null) return -1;
  return sumCheapRules(index, a, b, sharedInterestIdf(index, a, b), bestLevel);
}

/** The text contributions (free-text similarity, mentor fit): RULES marked `costly`. */
export function scoreCostlyPart(index: RoundIndex, a: number, b: number): number {
  const weights = index.config.weights;
  let total = 0;
  if (index.config.mode === "mentor" && weights.mentorFit > 0)
    total += points(weights.mentorFit, mentorFitValue(index, a, b));
  if (weights.textSimilarity > 0)
    total += points(weights.textSimilarity, textSimilarityValue(index, a, b));
  return total;
}

/**
 * The most the costly part can add, so candidates that cannot reach a top k are skipped
 * exactly: each costly value is at most 1, so its points at most round(weight).
 */
export function maxCostlyPoints(index: RoundIndex): number {
  let max = 0;
  for (const rule of activeRules(index))
    if (rule.costly) max += Math.round(index.config.weights[rule.weight]);
  return max;
}

/**
 * RULES without `costly`, summed as explainPair does, given the two quantities several of
 * them use: the Σ IDF of the shared interests and the best shared language level.
 */
export function sumCheapRules(
  index: RoundIndex,
  a: number,
  b: number,
  sharedIdf: number,
  bestLevel: number,
): number {
  const weights = index.config.weights;
  const interests = interestsValueOf(index, sharedIdf);
  return (
    points(weights.sharedInterests, interests) +
    points(weights.language, languageValueAt(index, bestLevel)) +
    points(weights.availability, availabilityValue(index, a, b)) +
    points(weights.matchBy, matchByValueWith(index, a, b, interests)) +
    points(weights.partnerSector, partnerSectorValue(index, a, b))
  );
}

function points(weight: number, value: number): number {
  return weight > 0 ? Math.round(weight * value) : 0;
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
