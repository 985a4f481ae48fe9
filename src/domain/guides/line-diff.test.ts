import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffCounts, diffLines, splitLines } from "./line-diff.ts";

const lines = fc.array(fc.constantFrom("a", "b", "c", "", "d e", "ñandú"), { maxLength: 30 });
const text = lines.map((l) => l.join("\n"));

/** The LCS length by brute force over the DP, independently written. */
function lcsLength(a: string[], b: string[]): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = x === b[j - 1] ? diag + 1 : Math.max(prev[j]!, prev[j - 1]!);
      diag = up;
    }
  }
  return prev[b.length]!;
}

describe("diffLines", () => {
  it("gives back the old text (same + removed) and the new one (same + added)", () => {
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        const diff = diffLines(oldText, newText);
        expect(diff.filter((l) => l.kind !== "added").map((l) => l.text)).toEqual(
          splitLines(oldText),
        );
        expect(diff.filter((l) => l.kind !== "removed").map((l) => l.text)).toEqual(
          splitLines(newText),
        );
      }),
    );
  });

  it("keeps as many lines as the longest common subsequence (a minimal diff)", () => {
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        const same = diffLines(oldText, newText).filter((l) => l.kind === "same").length;
        expect(same).toBe(lcsLength(splitLines(oldText), splitLines(newText)));
      }),
    );
  });

  it("numbers the lines of each side in order", () => {
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        const diff = diffLines(oldText, newText);
        const olds = diff.flatMap((l) => (l.kind === "added" ? [] : [l.oldNumber]));
        const news = diff.flatMap((l) => (l.kind === "removed" ? [] : [l.newNumber]));
        expect(olds).toEqual(olds.map((_, i) => i + 1));
        expect(news).toEqual(news.map((_, i) => i + 1));
      }),
    );
  });

  it("shows one changed line as removed then added, the rest the same", () => {
    const diff = diffLines("Intro\nOld line\nEnd", "Intro\nNew line\nEnd");
    expect(diff.map((l) => [l.kind, l.text])).toEqual([
      ["same", "Intro"],
      ["removed", "Old line"],
      ["added", "New line"],
      ["same", "End"],
    ]);
    expect(diffCounts(diff)).toEqual({ added: 1, removed: 1 });
  });

  it("reads Windows line ends as plain ones", () => {
    expect(diffCounts(diffLines("a\r\nb", "a\nb"))).toEqual({ added: 0, removed: 0 });
  });
});
