/**
 * Inverted indexes for candidate generation: from each interest, or each usable language,
 * to the people of one side of the problem who have it, as CSR arrays with people in
 * ascending index.
 */
import type { RoundIndex } from "./scoring/round-index.ts";

export interface Postings {
  /** Key k's people are people[start[k], start[k + 1]). */
  start: Int32Array;
  people: Int32Array;
}

/** `side[i]`: 1 = left, 2 = right, 0 = not in the problem. */
export function postInterests(index: RoundIndex, side: Int8Array, wanted: number): Postings {
  return invert(side, wanted, index.interestNames.length, index.interestStart, index.interestId);
}

/** Languages each person speaks at the round's minimum level or better. */
export function postLanguages(index: RoundIndex, side: Int8Array, wanted: number): Postings {
  const minLevel = index.minLanguageLevel;
  return invert(
    side,
    wanted,
    index.languageCodes.length,
    index.languageStart,
    index.languageId,
    (slot) => index.languageLevel[slot]! >= minLevel,
  );
}

/** Postings of the people on side `wanted`: key → people, from a CSR list of keys per person. */
function invert(
  side: Int8Array,
  wanted: number,
  keyCount: number,
  listStart: Int32Array,
  key: Int32Array,
  keep: (slot: number) => boolean = () => true,
): Postings {
  const start = new Int32Array(keyCount + 1);
  for (let i = 0; i < side.length; i++) {
    if (side[i] !== wanted) continue;
    for (let s = listStart[i]!; s < listStart[i + 1]!; s++) if (keep(s)) start[key[s]! + 1]!++;
  }
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, keyCount);
  const people = new Int32Array(start[keyCount]!);
  for (let i = 0; i < side.length; i++) {
    if (side[i] !== wanted) continue;
    for (let s = listStart[i]!; s < listStart[i + 1]!; s++)
      if (keep(s)) people[fill[key[s]!]!++] = i;
  }
  return { start, people };
}
