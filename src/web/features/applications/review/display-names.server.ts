import { countryName } from "../../../../domain/vocabulary/countries.ts";
import { languageName } from "../../../../domain/vocabulary/languages.ts";

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
