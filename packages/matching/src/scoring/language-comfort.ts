/**
 * How comfortably the two can talk: the weaker level of their best shared language, from
 * 0 at the minimum usable level to 1 when both are native speakers.
 */
import type { Contribution } from "../explanation.ts";
import { LANGUAGE_LEVEL_ORDER } from "../participant.ts";
import { minLanguageLevelIndex } from "./hard-rules.ts";
import type { RoundIndex } from "./round-index.ts";
import { bestSharedLevel, sharedLanguages } from "./shared-languages.ts";

const NATIVE = LANGUAGE_LEVEL_ORDER.length - 1;

export function languageValue(index: RoundIndex, a: number, b: number): number {
  return languageValueAt(index, bestSharedLevel(index, a, b));
}

/** The value for the best level at which the two share a language (-1: none). */
export function languageValueAt(index: RoundIndex, best: number): number {
  const floor = Math.max(0, index.minLanguageLevel);
  if (best < floor) return 0;
  return floor === NATIVE ? 1 : (best - floor) / (NATIVE - floor);
}

export function explainLanguage(
  index: RoundIndex,
  a: number,
  b: number,
  points: number,
): Contribution {
  const shared = sharedLanguages(index, a, b, Math.max(0, minLanguageLevelIndex(index)));
  const best = shared[0];
  return {
    contribution: "language",
    points,
    items: shared.map((l) => l.code),
    detail: best ? { level: LANGUAGE_LEVEL_ORDER[best.level]! } : {},
  };
}
