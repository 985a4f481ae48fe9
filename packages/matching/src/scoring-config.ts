/**
 * How a round scores a candidate pair: hard rules that remove a pair, and the weight of
 * each named contribution. With the defaults a pair scores 0–1000 in peer mode; every
 * contribution is rounded to whole points so the solvers stay exact.
 */
import type { LanguageLevel } from "./participant.ts";

export interface HardRules {
  /** Partners must live in different countries (international rounds). */
  otherCountry: boolean;
  /** Both must speak at least one language at this level or better; null = no language rule. */
  minSharedLanguageLevel: LanguageLevel | null;
  /** Two people from the same library (same name, same country) are never paired. */
  notSameLibrary: boolean;
  /** People listed as each other's previous partners are never paired again. */
  notPreviousPartners: boolean;
  /** Mentor mode: the mentor has at least this many more years of experience than the mentee. */
  mentorMinExtraYears: number;
}

export interface ScoringWeights {
  /** Shared vocabulary interests, weighted by rarity in the round (IDF). */
  sharedInterests: number;
  /** Each person's "match me by" choice: interests, career stage or anyone. */
  matchBy: number;
  /** Each person's partner-sector preference: same, other or any. */
  partnerSector: number;
  /** Weekly hours both are available, across their time zones. */
  availability: number;
  /** How comfortably both speak their best shared language. */
  language: number;
  /** Similarity of free-text interests and goals (words and character n-grams). */
  textSimilarity: number;
  /** Mentor mode: the mentee's goals against the mentor's interests, and the experience gap. */
  mentorFit: number;
}

export interface ScoringConfig {
  mode: "peer" | "mentor";
  hard: HardRules;
  weights: ScoringWeights;
  /** Shared interests reach full points at this many "typical" (mean-IDF) shared interests. */
  interestsForFullPoints: number;
  /** Weekly hours in common that earn full availability points. */
  availabilityHoursForFullPoints: number;
  /** Text cosine similarity that earns full points (free text rarely overlaps much). */
  textSimilarityForFullPoints: number;
  /** Mentor mode: extra years of experience (beyond the minimum) that earn full experience points. */
  mentorExtraYearsForFullPoints: number;
}

export const DEFAULT_SCORING_CONFIG: ScoringConfig = {
  mode: "peer",
  hard: {
    otherCountry: true,
    minSharedLanguageLevel: "B1",
    notSameLibrary: true,
    notPreviousPartners: true,
    mentorMinExtraYears: 3,
  },
  weights: {
    sharedInterests: 350,
    matchBy: 150,
    partnerSector: 150,
    availability: 150,
    language: 50,
    textSimilarity: 150,
    mentorFit: 250,
  },
  interestsForFullPoints: 3,
  availabilityHoursForFullPoints: 4,
  textSimilarityForFullPoints: 0.3,
  mentorExtraYearsForFullPoints: 10,
};

export type ScoringConfigInput = Partial<Omit<ScoringConfig, "hard" | "weights">> & {
  hard?: Partial<HardRules>;
  weights?: Partial<ScoringWeights>;
};

/** Defaults filled in and values checked; throws a RangeError naming the bad setting. */
export function resolveScoringConfig(input: ScoringConfigInput = {}): ScoringConfig {
  const config: ScoringConfig = {
    ...DEFAULT_SCORING_CONFIG,
    ...input,
    hard: { ...DEFAULT_SCORING_CONFIG.hard, ...input.hard },
    weights: { ...DEFAULT_SCORING_CONFIG.weights, ...input.weights },
  };
  for (const [name, weight] of Object.entries(config.weights)) {
    if (!Number.isFinite(weight) || weight < 0 || weight > 10_000) {
      throw new RangeError(
        `weights.${name} must be a number from 0 to 10000, got ${String(weight)}`,
      );
    }
  }
  const positive = {
    interestsForFullPoints: config.interestsForFullPoints,
    availabilityHoursForFullPoints: config.availabilityHoursForFullPoints,
    textSimilarityForFullPoints: config.textSimilarityForFullPoints,
    mentorExtraYearsForFullPoints: config.mentorExtraYearsForFullPoints,
  };
  for (const [name, value] of Object.entries(positive)) {
    if (!Number.isFinite(value) || value <= 0)
      throw new RangeError(`${name} must be a positive number, got ${String(value)}`);
  }
  if (!Number.isInteger(config.hard.mentorMinExtraYears) || config.hard.mentorMinExtraYears < 0) {
    throw new RangeError(
      `hard.mentorMinExtraYears must be a whole number ≥ 0, got ${String(config.hard.mentorMinExtraYears)}`,
    );
  }
  return config;
}
