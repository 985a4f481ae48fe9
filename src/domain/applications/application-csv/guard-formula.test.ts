import { describe, expect, it } from "vitest";
import { guardFormula, unguardFormula } from "./guard-formula.ts";

describe("guardFormula", () => {
  it("makes cells a spreadsheet would run as formulas plain text", () => {
    expect(guardFormula('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
    expect(guardFormula("+33 1 23")).toBe("'+33 1 23");
    expect(guardFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(guardFormula("- a list item")).toBe("'- a list item");
  });

  it("leaves ordinary text and plain numbers as they are", () => {
    expect(guardFormula("Ελένη")).toBe("Ελένη");
    expect(guardFormula("-3")).toBe("-3");
    expect(guardFormula("a = b")).toBe("a = b");
    expect(guardFormula("")).toBe("");
  });

  it("is undone by unguardFormula", () => {
    for (const text of ['=HYPERLINK("http://evil")', "+33", "@A1", "-x", "-3", "plain", "'quoted"])
      expect(unguardFormula(guardFormula(text))).toBe(text);
  });
});
