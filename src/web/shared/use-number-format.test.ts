import { describe, expect, it } from "vitest";
import { numberFormat } from "./use-number-format.ts";

describe("numbers in the reader's language", () => {
  it("groups thousands and signs changes as the language writes them", () => {
    expect(numberFormat("en").format(145719)).toBe("145,719");
    expect(numberFormat("es").format(145719)).toBe("145.719");
    expect(numberFormat("fr").format(145719)).toBe("145\u202f719");
    expect(numberFormat("en").signed(1204)).toBe("+1,204");
    expect(numberFormat("en").signed(0)).toBe("0");
    expect(numberFormat("fr").signed(-2.5)).toBe("-2,5");
  });
});
