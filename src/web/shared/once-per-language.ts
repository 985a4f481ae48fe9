import type { TFunction } from "i18next";

const built = new WeakMap<TFunction, Map<string, unknown>>();

/**
 * A value made only of translations (a list of labels, sorted in the language's order) built
 * once per language and reused by every render: `t` comes from useFixedT, one per language
 * and namespace, so it names the language. Long lists on busy pages (the form's interests and
 * availability grid) were translated and sorted again on every request.
 */
export function oncePerLanguage<T>(t: TFunction, key: string, build: () => T): T {
  let values = built.get(t);
  if (!values) {
    values = new Map();
    built.set(t, values);
  }
  if (!values.has(key)) values.set(key, build());
  return values.get(key) as T;
}
