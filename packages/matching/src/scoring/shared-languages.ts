/** Languages both people speak, with the weaker of their two levels (index into LANGUAGE_LEVEL_ORDER). */
import type { RoundIndex } from "./round-index.ts";

export interface SharedLanguage {
  code: string;
  level: number;
}

/** The best level at which the two share any language, or -1 when they share none. */
export function bestSharedLevel(index: RoundIndex, a: number, b: number): number {
  const { languageStart: start, languageId: id, languageLevel: level } = index;
  let i = start[a]!;
  let j = start[b]!;
  const iEnd = start[a + 1]!;
  const jEnd = start[b + 1]!;
  let best = -1;
  while (i < iEnd && j < jEnd) {
    const x = id[i]!;
    const y = id[j]!;
    if (x === y) {
      const shared = Math.min(level[i++]!, level[j++]!);
      if (shared > best) best = shared;
    } else if (x < y) i++;
    else j++;
  }
  return best;
}

/** All shared languages at `minLevel` or better, best first. */
export function sharedLanguages(
  index: RoundIndex,
  a: number,
  b: number,
  minLevel: number,
): SharedLanguage[] {
  const { languageStart: start, languageId: id, languageLevel: level } = index;
  const shared: SharedLanguage[] = [];
  for (let i = start[a]!; i < start[a + 1]!; i++) {
    for (let j = start[b]!; j < start[b + 1]!; j++) {
      if (id[i] !== id[j]) continue;
      const both = Math.min(level[i]!, level[j]!);
      if (both >= minLevel) shared.push({ code: index.languageCodes[id[i]!]!, level: both });
    }
  }
  return shared.sort((x, y) => y.level - x.level || (x.code < y.code ? -1 : 1));
}
