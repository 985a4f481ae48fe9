/**
 * Cut counts into at most `classes` ranges of roughly equal numbers of countries (quantiles),
 * so one country with 120 participants does not leave every other country the palest shade.
 * Returns each range as [lowest, highest], ascending, covering every count from 1 to the max.
 */
export function classBreaks(counts: readonly number[], classes: number): [number, number][] {
  const positive = counts.filter((n) => n > 0).sort((a, b) => a - b);
  if (positive.length === 0) return [];
  const min = positive[0]!;
  const max = positive[positive.length - 1]!;
  // The first range starts at 1 so every count has one; a range starting at the smallest
  // count would leave 1…min-1 a shade that no country has.
  const lowers: number[] = [1];
  for (let i = 1; i < classes; i++) {
    const lower = Math.ceil(positive[Math.floor((i * positive.length) / classes)]!);
    if (lower > lowers[lowers.length - 1]! && lower > min) lowers.push(lower);
  }
  return lowers.map((lower, i) => [lower, i + 1 < lowers.length ? lowers[i + 1]! - 1 : max]);
}

/** The index of the range a positive count falls in (-1 for 0). */
export function classOf(count: number, ranges: readonly [number, number][]): number {
  if (count <= 0) return -1;
  for (let i = 0; i < ranges.length; i++) if (count <= ranges[i]![1]) return i;
  return ranges.length - 1;
}

/**
 * Cut 1…max into at most `classes` ranges growing geometrically (1, 2–3, 4–8, 9–25 for a max
 * of 25), for counts where most are 1 and a few are large, like partnerships per pair of
 * countries: quantiles would put nearly every pair in the lowest class.
 */
export function geometricBreaks(max: number, classes: number): [number, number][] {
  if (max < 1) return [];
  const lowers: number[] = [1];
  for (let i = 1; i < classes; i++) {
    const lower = Math.round(max ** (i / classes));
    if (lower > lowers[lowers.length - 1]! && lower <= max) lowers.push(lower);
  }
  return lowers.map((lower, i) => [lower, i + 1 < lowers.length ? lowers[i + 1]! - 1 : max]);
}
