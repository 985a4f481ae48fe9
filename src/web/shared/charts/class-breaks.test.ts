import { describe, expect, it } from "vitest";
import { classBreaks, classOf, geometricBreaks } from "./class-breaks.ts";

describe("classBreaks", () => {
  it("cuts counts into ranges with about as many countries in each, covering 1 to the max", () => {
    expect(classBreaks([1, 1, 1, 2, 3, 5, 8, 20], 5)).toEqual([
      [1, 1],
      [2, 2],
      [3, 7],
      [8, 20],
    ]);
  });

  it("leaves out zeros and has no range when nothing is positive", () => {
    expect(classBreaks([0, 0], 5)).toEqual([]);
    expect(classBreaks([0, 4, 4], 5)).toEqual([[1, 4]]);
  });
});

describe("geometricBreaks", () => {
  it("grows ranges geometrically so a few large counts do not flatten the rest", () => {
    expect(geometricBreaks(9, 4)).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
      [5, 9],
    ]);
    expect(geometricBreaks(1, 4)).toEqual([[1, 1]]);
    expect(geometricBreaks(0, 4)).toEqual([]);
  });
});

describe("classOf", () => {
  it("finds a count's range, and -1 for none", () => {
    const ranges = classBreaks([1, 1, 1, 2, 3, 5, 8, 20], 5);
    expect(classOf(0, ranges)).toBe(-1);
    expect(classOf(5, ranges)).toBe(2);
    expect(classOf(20, ranges)).toBe(3);
  });
});
