import { describe, expect, it } from "vitest";
import { pairsOf } from "./pairs-of.ts";

describe("pairsOf", () => {
  it("lists every two members of a group once, the smaller id first (as match_constraint keeps them)", () => {
    expect(pairsOf(["c", "a", "b"])).toEqual([
      ["a", "c"],
      ["b", "c"],
      ["a", "b"],
    ]);
  });
});
