/** One decimal of a drawing unit is invisible in a chart and keeps the SVG short. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
