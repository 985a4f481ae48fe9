import { describe, expect, it } from "vitest";
import { wrapLabel } from "./wrap-label.ts";

describe("wrapLabel", () => {
  it("breaks at spaces within the width", () => {
    expect(wrapLabel("Academic and research libraries", 12, 3)).toEqual([
      "Academic and",
      "research",
      "libraries",
    ]);
  });

  it("keeps a short label on one line", () => {
    expect(wrapLabel("  Public   libraries ", 40, 3)).toEqual(["Public libraries"]);
  });

  it("cuts a word longer than a line", () => {
    expect(wrapLabel("Bibliothekswissenschaft", 10, 3)).toEqual([
      "Bibliothek",
      "swissensch",
      "aft",
    ]);
  });

  it("ends with … past the last line allowed", () => {
    expect(wrapLabel("one two three four five six", 7, 2)).toEqual(["one two", "three…"]);
  });
});
