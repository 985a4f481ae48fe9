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

/**
 * An <option>'s start tag. HTML lets these lists leave out what nobody reads (issue 17: 15 KB
 * of the form's 95): the quotes around a code, and every </option>, which the next <option>
 * or the </select> closes (HTML, "optional tags"); the browser builds the same elements.
 */
const optionTag = (value: string) =>
  /^[\w-]+$/.test(value) ? `<option value=${value}>` : `<option value="${escapeHtml(value)}">`;

const htmlCache = new Map<string, string>();

/** Each list's HTML is written once per language; a request only marks its choice. */
function cachedHtml(key: string, build: () => string): string {
  let html = htmlCache.get(key);
  if (html === undefined) {
    html = build();
    htmlCache.set(key, html);
  }
  return html;
}

/** A list's <option>s, the chosen one selected, after a first empty "Choose…" option. */
export function optionsHtml(
  options: readonly Option[],
  chosen: string,
  placeholder: string,
): string {
  // The placeholder and the list's first name tell lists and languages apart.
  const key = `${placeholder}\u0000${options[0]?.label ?? ""}\u0000${options.length}`;
  const html = cachedHtml(
    key,
    () =>
      `<option value="">${escapeHtml(placeholder)}` +
      options.map((o) => `${optionTag(o.value)}${escapeHtml(o.label)}`).join(""),
  );
  if (chosen === "") return html;
  const tag = optionTag(chosen);
  return html.replace(tag, `${tag.slice(0, -1)} selected>`);
}

/**
 * The time zones, each written as people read it ("America/Argentina/Buenos Aires") and sent
 * as written: a value the same as the text needs no value attribute, which halves the list
 * (420 zones); timeZoneFromForm turns the spaces back into IANA's underscores. A zone the list
 * lacks (an alias some browsers report) is still offered, as sent.
 */
export function timeZoneOptionsHtml(chosen: string, placeholder: string): string {
  const readable = (zone: string) => escapeHtml(zone.replace(/_/g, " "));
  const list = cachedHtml("time-zones", () =>
    TIME_ZONES.map((zone) => `<option>${readable(zone)}`).join(""),
  );
  const first = `<option value="">${escapeHtml(placeholder)}`;
  if (chosen === "") return first + list;
  if (!TIME_ZONES.includes(chosen)) return `${first}<option selected>${readable(chosen)}${list}`;
  // The zone's text ends where the next <option> starts, or the list ends.
  const at = `${list}<`.indexOf(`<option>${readable(chosen)}<`);
  return `${first}${list.slice(0, at)}<option selected>${list.slice(at + "<option>".length)}`;
}

/** What the form's time zone list sends ("America/New York"), as IANA names it. */
export function timeZoneFromForm(sent: string): string {
  return sent.trim().replace(/ /g, "_");
}
