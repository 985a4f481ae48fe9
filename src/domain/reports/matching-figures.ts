/**
 * The matching in figures (issue 13), from the scored pairs inside the round's partnerships
 * — the same pairs the matching page scores: a pair is one, a triad three, a mentorship one
 * per mentee — grouped by the two people's countries.
 */
import type { LinkStat } from "./report-facts.ts";
import { meanOf, percentOf } from "./report-numbers.ts";

export interface CountryPair {
  /** countryA ≤ countryB; equal for pairs within one country. */
  countryA: string;
  countryB: string;
  pairs: number;
}

export interface MatchingFigures {
  scoredPairs: number;
  meanScore: number | null;
  lowestScore: number | null;
  /** Scored pairs whose two people live in different countries. */
  crossCountry: number;
  crossCountryPercent: number | null;
  /** Scored pairs whose two people work in different sectors. */
  crossSector: number;
  crossSectorPercent: number | null;
  /** Which countries met which: most pairs first. */
  countryPairs: CountryPair[];
}

export function matchingFigures(links: readonly LinkStat[]): MatchingFigures {
  let scoredPairs = 0;
  let scoreSum = 0;
  let lowest = Infinity;
  let crossCountry = 0;
  let crossSector = 0;
  const pairs = new Map<string, CountryPair>();
  for (const l of links) {
    scoredPairs += l.links;
    scoreSum += l.scoreSum;
    lowest = Math.min(lowest, l.lowestScore);
    crossSector += l.crossSector;
    if (l.countryA !== l.countryB) crossCountry += l.links;
    const key = `${l.countryA}|${l.countryB}`;
    const pair = pairs.get(key) ?? { countryA: l.countryA, countryB: l.countryB, pairs: 0 };
    pair.pairs += l.links;
    pairs.set(key, pair);
  }
  return {
    scoredPairs,
    meanScore: meanOf(scoreSum, scoredPairs),
    lowestScore: scoredPairs === 0 ? null : lowest,
    crossCountry,
    crossCountryPercent: percentOf(crossCountry, scoredPairs),
    crossSector,
    crossSectorPercent: percentOf(crossSector, scoredPairs),
    countryPairs: [...pairs.values()].sort(
      (a, b) =>
        b.pairs - a.pairs ||
        a.countryA.localeCompare(b.countryA) ||
        a.countryB.localeCompare(b.countryB),
    ),
  };
}
