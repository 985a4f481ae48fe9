import { describe, expect, it } from "vitest";
import { parseLanguages } from "../applications/application-csv/field-parsers.ts";
import { canonicalLanguageCode, LANGUAGE_CODES, languageName } from "./languages.ts";

describe("the language list", () => {
  it("names each language once, in every interface language", () => {
    for (const locale of ["en", "es", "fr"]) {
      const names = LANGUAGE_CODES.map((code) => languageName(code, locale));
      expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    }
  });

  it("reads Twi as Akan wherever a code comes in", () => {
    expect(canonicalLanguageCode("tw")).toBe("ak");
    expect(parseLanguages("tw:native;en")).toMatchObject({
      ok: true,
      value: [{ code: "ak" }, { code: "en" }],
    });
  });
});
