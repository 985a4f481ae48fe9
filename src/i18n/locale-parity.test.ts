import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from "./languages.ts";
import { NAMESPACES, resources } from "./resources.ts";

// i18next's plural keys end in an Intl.PluralRules category; a bare key (no suffix) is its
// last fallback, so English may write "adjusted" + "adjusted_one" instead of _one + _other.
const PLURAL_SUFFIX = /^(.+)_(zero|one|two|few|many|other)$/;
const ENGLISH_CATEGORIES: string[] = new Intl.PluralRules(DEFAULT_LOCALE).resolvedOptions()
  .pluralCategories;
const translations = SUPPORTED_LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

type Strings = Map<string, string>;

function flatten(value: unknown, prefix = "", into: Strings = new Map()): Strings {
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === "string") into.set(path, child);
    else flatten(child, path, into);
  }
  return into;
}

function stringsOf(locale: string, namespace: string): Strings {
  const bundle = (resources as Record<string, Record<string, unknown>>)[locale]?.[namespace];
  return bundle ? flatten(bundle) : new Map<string, string>();
}

/** Keys that are plural forms of a base English also pluralises, grouped by base. */
function pluralForms(strings: Strings, bases: ReadonlySet<string>): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const key of strings.keys()) {
    const match = PLURAL_SUFFIX.exec(key);
    if (match && bases.has(match[1]!)) {
      forms.set(match[1]!, (forms.get(match[1]!) ?? new Set()).add(match[2]!));
    }
  }
  return forms;
}

/** `{{count, number}}` → `count`; also HTML-like tags such as `<date></date>`. */
function placeholders(text: string): string[] {
  const variables = [...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => `{{${m[1]}}}`);
  const tags = [...text.matchAll(/<\/?[a-zA-Z][^>]*>/g)].map((m) => m[0]);
  return [...new Set([...variables, ...tags])].sort();
}

/** The English text a translated key renders in place of: `_many` stands where English has `_other`. */
function englishFor(key: string, english: Strings): string | undefined {
  if (english.has(key)) return english.get(key);
  const match = PLURAL_SUFFIX.exec(key);
  return match ? (english.get(`${match[1]}_other`) ?? english.get(match[1]!)) : undefined;
}

/** "_one", or a bare key beside "_other": the singular may say "the problem" without the count. */
function isSingular(key: string, english: Strings): boolean {
  return key.endsWith("_one") || (english.has(`${key}_other`) && !english.has(`${key}_one`));
}

describe.each(translations)("the %s texts", (locale) => {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it.each([...NAMESPACES])("have every key of English in %s, and no other", (namespace) => {
    const english = stringsOf(DEFAULT_LOCALE, namespace);
    const translated = stringsOf(locale, namespace);
    const bases = new Set([...english.keys()].flatMap((k) => PLURAL_SUFFIX.exec(k)?.[1] ?? []));
    const isPluralForm = (key: string) => bases.has(PLURAL_SUFFIX.exec(key)?.[1] ?? "");
    const plain = (strings: Strings) => [...strings.keys()].filter((k) => !isPluralForm(k)).sort();

    expect(translated.size, `${locale}/${namespace}.json is missing`).toBeGreaterThan(0);
    expect(plain(translated)).toEqual(plain(english));

    const englishForms = pluralForms(english, bases);
    const translatedForms = pluralForms(translated, bases);
    const problems: string[] = [];
    for (const [base, forms] of englishForms) {
      const own = translatedForms.get(base) ?? new Set<string>();
      // A bare key that is the English plural ("adjusted" beside "adjusted_one") also serves
      // "many"; one that is the singular ("errorSummary" beside "_other") serves only "one".
      const bareStandsFor = ENGLISH_CATEGORIES.filter((category) => !forms.has(category));
      const bareServes = (category: string) =>
        translated.has(base) &&
        (bareStandsFor.includes("other") || bareStandsFor.includes(category));
      for (const category of categories) {
        if (!own.has(category) && !bareServes(category)) problems.push(`${base}_${category}`);
      }
      for (const category of own) {
        if (!categories.includes(category as Intl.LDMLPluralRule)) {
          problems.push(`${base}_${category} (not a ${locale} plural category)`);
        }
      }
    }
    expect(problems, `plural forms missing in ${locale}/${namespace}.json`).toEqual([]);
  });

  it.each([...NAMESPACES])("keep the {{variables}} and tags of English in %s", (namespace) => {
    const english = stringsOf(DEFAULT_LOCALE, namespace);
    const expected = (key: string, source: string) =>
      placeholders(source).filter((p) => !(p === "{{count}}" && isSingular(key, english)));
    const differing = [...stringsOf(locale, namespace)]
      .map(([key, text]) => ({ key, text, source: englishFor(key, english) }))
      .filter(({ key, text, source }) => {
        if (source === undefined) return false;
        const own = placeholders(text).filter(
          (p) => p !== "{{count}}" || !isSingular(key, english),
        );
        return own.join() !== expected(key, source).join();
      })
      .map(({ key }) => key);
    expect(differing).toEqual([]);
  });
});
