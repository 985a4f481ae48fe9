import { describe, expect, it } from "vitest";
import { keptDisplayNames } from "./kept-display-names.ts";

describe("keptDisplayNames", () => {
  const name = keptDisplayNames("region", new Set(["FR", "KE"]));

  it("names a code in the reader's language", () => {
    expect(name("FR", "fr")).toBe("France");
    expect(name("KE", "es")).toBe("Kenia");
    expect(name("KE", "en")).toBe("Kenya");
  });

  it("shows a malformed code as it is instead of failing the page", () => {
    expect(name("not a code", "en")).toBe("not a code");
    expect(name("", "fr")).toBe("");
  });
});
