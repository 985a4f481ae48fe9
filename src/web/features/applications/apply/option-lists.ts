/**
 * The form's long lists (every country, every language, every time zone), named in the
 * reader's language, as the HTML of their <option>s. They are rendered once on the server and,
 * through LongSelect, taken back from the page by the browser instead of travelling a second
 * time in the hydration data; a form reached by client-side navigation builds them in the
 * browser (with its own Unicode data: no server HTML to match then).
 */
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

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** A list's <option>s, the chosen one selected, after a first empty "Choose…" option. */
export function optionsHtml(options: readonly Option[], chosen: string, placeholder: string) {
  const option = (value: string, label: string) =>
    `<option value="${escapeHtml(value)}"${value === chosen ? " selected" : ""}>${escapeHtml(label)}</option>`;
  return option("", placeholder) + options.map((o) => option(o.value, o.label)).join("");
}

/**
 * The time zones, each written as people read it ("America/Argentina/Buenos Aires") and sent
 * as written: a value the same as the text needs no value attribute, which halves the list
 * (420 zones); timeZoneFromForm turns the spaces back into IANA's underscores. A zone the list
 * lacks (an alias some browsers report) is still offered, as sent.
 */
export function timeZoneOptionsHtml(chosen: string, placeholder: string): string {
  const readable = (zone: string) => escapeHtml(zone.replace(/_/g, " "));
  const zones = chosen === "" || TIME_ZONES.includes(chosen) ? TIME_ZONES : [chosen, ...TIME_ZONES];
  return (
    `<option value="">${escapeHtml(placeholder)}</option>` +
    zones
      .map((zone) => `<option${zone === chosen ? " selected" : ""}>${readable(zone)}</option>`)
      .join("")
  );
}

/** What the form's time zone list sends ("America/New York"), as IANA names it. */
export function timeZoneFromForm(sent: string): string {
  return sent.trim().replace(/ /g, "_");
}
