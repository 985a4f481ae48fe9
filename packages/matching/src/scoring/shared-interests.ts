/**
 * Shared vocabulary interests weighted by rarity: each shared interest counts its IDF in
 * the round, ln((N + 1) / (df + 1)) + 1, so a shared rare topic ("indigenous knowledge")
 * counts more than a common one ("digital literacy"). Full points at
 * `interestsForFullPoints` interests of typical rarity.
 */
import type { Contribution } from "../explanation.ts";
import type { RoundIndex } from "./round-index.ts";

export function sharedInterestIdf(index: RoundIndex, a: number, b: number): number {
  const { interestStart: start, interestId: id, interestIdf: idf } = index;
  let i = start[a]!;
  let j = start[b]!;
  const iEnd = start[a + 1]!;
  const jEnd = start[b + 1]!;
  let sum = 0;
  while (i < iEnd && j < jEnd) {
    const x = id[i]!;
    const y = id[j]!;
    if (x === y) {
      sum += idf[x]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

export function sharedInterestsValue(index: RoundIndex, a: number, b: number): number {
  return interestsValueOf(index, sharedInterestIdf(index, a, b));
}

/** The value of a pair whose shared interests' IDFs sum to `sharedIdf`. */
export function interestsValueOf(index: RoundIndex, sharedIdf: number): number {
  const full = index.config.interestsForFullPoints * index.meanInterestIdf;
  return Math.min(1, sharedIdf / full);
}

export function explainSharedInterests(
  index: RoundIndex,
  a: number,
  b: number,
  points: number,
): Contribution {
  const { interestStart: start, interestId: id, interestIdf: idf } = index;
  const shared: number[] = [];
  for (let i = start[a]!; i < start[a + 1]!; i++) {
    for (let j = start[b]!; j < start[b + 1]!; j++) if (id[i] === id[j]) shared.push(id[i]!);
  }
  // Rarest first: they say most about why these two fit.
  shared.sort((x, y) => idf[y]! - idf[x]! || x - y);
  return {
    contribution: "shared_interests",
    points,
    items: shared.map((t) => index.interestNames[t]!),
    detail: { count: shared.length },
  };
}
