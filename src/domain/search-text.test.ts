import { describe, expect, it } from "vitest";
import { foldForSearch, matchesSearch } from "./search-text.ts";

describe("searching text people wrote", () => {
  it("ignores case and accents, both ways", () => {
    expect(matchesSearch("Biblioteca José Martí", "jose")).toBe(true);
    expect(matchesSearch("Jose Marti Library", "JOSÉ")).toBe(true);
    expect(matchesSearch("María García", "garcia")).toBe(true);
    expect(matchesSearch("Søren Kierkegaard", "soren")).toBe(true);
    expect(matchesSearch("Łódź", "lodz")).toBe(true);
    expect(foldForSearch("Ærøskøbing Straße Ğ")).toBe("aeroskobing strasse g");
  });
});
