import { COUNTRY_CODES, countryName } from "../../../../domain/vocabulary/countries.ts";
import { LANGUAGE_CODES, languageName } from "../../../../domain/vocabulary/languages.ts";
import { TIME_ZONES } from "../../../../domain/vocabulary/time-zones.ts";
import type { Option } from "./form-values.ts";

const cache = new Map<string, Option[]>();

/** Sorted once per language: these lists are long and the same for every reader of a language. */
function cached(key: string, build: () => Option[]): Option[] {
  let options = cache.get(key);
  if (!options) {
    options = build();
    cache.set(key, options);
  }
  return options;
}

function sortedByLabel(options: Option[], locale: string): Option[] {
  const collator = new Intl.Collator(locale);
  return options.sort((a, b) => collator.compare(a.label, b.label));
}

/** Every ISO 3166 country, named in the reader's language. */
export function countryOptions(locale: string): Option[] {
  return cached(`country:${locale}`, () =>
    sortedByLabel(
      COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })),
      locale,
    ),
  );
}

/** Every ISO 639-1 language, named in the reader's language. */
export function languageOptions(locale: string): Option[] {
  return cached(`language:${locale}`, () =>
    sortedByLabel(
      LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code, locale) })),
      locale,
    ),
  );
}

export interface ApplicationFormOptions {
  countries: Option[];
  languages: Option[];
  /** IANA names; the form shows them with spaces for underscores. */
  timeZones: readonly string[];
}

/**
 * The long lists of the form, built on the server and sent with the page: browsers ship
 * other versions of the Unicode data (names, time zones), and the page must hydrate as rendered.
 */
export function applicationFormOptions(locale: string): ApplicationFormOptions {
  return {
    countries: countryOptions(locale),
    languages: languageOptions(locale),
    timeZones: TIME_ZONES,
  };
}
