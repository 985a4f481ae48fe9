import { countryName } from "../../../../domain/countries.ts";
import { LANGUAGE_CODES, languageName } from "../../../../domain/languages.ts";

/*
 * Country and language names are looked up on the server and sent with the page: Node and
 * the browser ship different ICU data (Node says "Venda", Chromium "ve"), and names computed
 * on both sides would differ and break hydration.
 */

export function countryNames(codes: Iterable<string>, locale: string): Record<string, string> {
  return Object.fromEntries([...new Set(codes)].map((code) => [code, countryName(code, locale)]));
}

export function languageNames(codes: Iterable<string>, locale: string): Record<string, string> {
  return Object.fromEntries([...new Set(codes)].map((code) => [code, languageName(code, locale)]));
}

const languageOptionsByLocale = new Map<string, { code: string; name: string }[]>();

/** Every ISO 639-1 language, sorted by its name in the locale. */
export function languageOptions(locale: string): { code: string; name: string }[] {
  let options = languageOptionsByLocale.get(locale);
  if (!options) {
    options = LANGUAGE_CODES.map((code) => ({ code, name: languageName(code, locale) })).sort(
      (a, b) => a.name.localeCompare(b.name, locale),
    );
    languageOptionsByLocale.set(locale, options);
  }
  return options;
}
