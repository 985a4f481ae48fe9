import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./languages.ts";
import { localeForRequest } from "./request-locale.ts";

const headers = (values: Record<string, string>) => new Headers(values);

describe("the reader's language", () => {
  it("follows the switcher first, then the account, then the browser", () => {
    expect(localeForRequest(headers({ cookie: "lang=fr", "accept-language": "es" }), "es")).toBe(
      "fr",
    );
    expect(localeForRequest(headers({ "accept-language": "fr" }), "es")).toBe("es");
    expect(localeForRequest(headers({ "accept-language": "fr-CA,fr;q=0.9,en;q=0.5" }), null)).toBe(
      "fr",
    );
    expect(
      localeForRequest(headers({ cookie: "lang=xx", "accept-language": "de, en;q=0.1" }), null),
    ).toBe("en");
    expect(localeForRequest(headers({}), null)).toBe("en");
  });

  it("honours q-values and ignores unsupported languages", () => {
    expect(localeFromAcceptLanguage("de-DE, es;q=0.4, fr;q=0.8")).toBe("fr");
    expect(localeFromAcceptLanguage("zh, ja")).toBeUndefined();
    expect(localeFromAcceptLanguage("es;q=0")).toBeUndefined();
  });
});
