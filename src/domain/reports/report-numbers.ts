/** How the report rounds what it computes: one decimal, the same everywhere it is shown. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** `part` of `whole` in percent with one decimal; null when there is no whole to divide. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : round1((100 * part) / whole);
}

/** A mean with one decimal; null when nothing was counted. */
export function meanOf(sum: number, count: number): number | null {
  return count === 0 ? null : round1(sum / count);
}
