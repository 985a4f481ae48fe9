import { describe, expect, it } from "vitest";
import { barLayout, scoreHistogram } from "./score-histogram.ts";

describe("scoreHistogram", () => {
  it("counts scores in ten bands of 100 points with the default scale", () => {
    const bands = scoreHistogram([0, 99, 100, 550, 999, 1000]);
    expect(bands).toHaveLength(10);
    expect(bands.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(bands[9]).toMatchObject({ from: 900, to: 1000 });
  });

  it("stretches the axis when heavier weights give higher scores", () => {
    const bands = scoreHistogram([1450]);
    expect(bands[9]).toMatchObject({ from: 1350, to: 1500, count: 1 });
  });

  it("scales bars to the tallest band", () => {
    const bars = barLayout(scoreHistogram([50, 50, 950]), { width: 500, height: 100 });
    expect(bars[0]).toMatchObject({ height: 100, y: 0 });
    expect(bars[9]).toMatchObject({ height: 50, y: 50 });
    expect(bars[5]!.height).toBe(0);
  });
});
