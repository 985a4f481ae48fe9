import { COUNTRY_CODES, countryName } from "../../../domain/vocabulary/countries.ts";
import { LANGUAGE_CODES, languageName } from "../../../domain/vocabulary/languages.ts";

/*
 * Country and language names are looked up on the server and sent with the page: Node and
 * the browser ship different ICU data, and names computed on both sides would break hydration.
 */
export interface Option {
  value: string;
  label: string;
}

function sorted(options: Option[], locale: string): Option[] {
  const collator = new Intl.Collator(locale);
  return options.sort((a, b) => collator.compare(a.label, b.label));
}

export function countryOptions(locale: string, codes: Iterable<string> = COUNTRY_CODES): Option[] {
  return sorted(
    [...new Set(codes)].map((code) => ({ value: code, label: countryName(code, locale) })),
    locale,
  );
}

export function languageOptions(
  locale: string,
  codes: Iterable<string> = LANGUAGE_CODES,
): Option[] {
  return sorted(
    [...new Set(codes)].map((code) => ({ value: code, label: languageName(code, locale) })),
    locale,
  );
}

/** Names of the countries and languages a page shows, by code. */
export function namesOf(locale: string, countries: Iterable<string>, languages: Iterable<string>) {
  return {
    countries: Object.fromEntries(
      [...new Set(countries)].filter(Boolean).map((c) => [c, countryName(c, locale)]),
    ),
    languages: Object.fromEntries([...new Set(languages)].map((l) => [l, languageName(l, locale)])),
  };
}
