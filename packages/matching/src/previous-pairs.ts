/**
 * Re-runs prefer the previous result's pairs when scores tie: each candidate pair that was
 * together before gets a bonus of 1 on a scale where one score point is worth more than all
 * bonuses together (weight = score · (bonusCount + 1) + bonus), so the bonus only breaks
 * ties and never costs a single point of total score.
 */
export function previousPairKeys(
  previousGroups: readonly (readonly string[])[] | undefined,
): Set<string> {
  const keys = new Set<string>();
  for (const group of previousGroups ?? []) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) keys.add(pairKey(group[x]!, group[y]!));
    }
  }
  return keys;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function tieBreakWeights(
  score: Int32Array,
  isPrevious: (e: number) => boolean,
  maxBonusCount: number,
): Float64Array {
  const scale = maxBonusCount + 1;
  const weights = new Float64Array(score.length);
  for (let e = 0; e < score.length; e++) weights[e] = score[e]! * scale + (isPrevious(e) ? 1 : 0);
  return weights;
}
