/** Scores into equal-width bands for the distribution chart (pure, so it is tested alone). */
export interface ScoreBand {
  from: number;
  /** Exclusive, except for the last band. */
  to: number;
  count: number;
}

export function scoreHistogram(scores: readonly number[], bandCount = 10): ScoreBand[] {
  const highest = scores.reduce((a, b) => Math.max(a, b), 0);
  // Default weights give 0–1,000; heavier weights stretch the axis in steps of 100.
  const max = Math.max(1000, Math.ceil(highest / 100) * 100);
  const width = max / bandCount;
  const bands: ScoreBand[] = Array.from({ length: bandCount }, (_, i) => ({
    from: Math.round(i * width),
    to: Math.round((i + 1) * width),
    count: 0,
  }));
  for (const score of scores) {
    const band = Math.min(bandCount - 1, Math.max(0, Math.floor(score / width)));
    bands[band]!.count++;
  }
  return bands;
}

/** Bar geometry in a viewBox: heights scaled to the tallest band. */
export function barLayout(
  bands: readonly ScoreBand[],
  size: { width: number; height: number },
): { x: number; y: number; width: number; height: number }[] {
  const tallest = bands.reduce((a, b) => Math.max(a, b.count), 0) || 1;
  const slot = size.width / bands.length;
  return bands.map((band, i) => {
    const height = Math.round((band.count / tallest) * size.height);
    return { x: i * slot + 2, y: size.height - height, width: slot - 4, height };
  });
}
