import { useContext } from "react";
import { I18nContext } from "react-i18next";
import type { i18n as I18n, TFunction } from "i18next";

const fixedByInstance = new WeakMap<I18n, Map<string, TFunction>>();

/**
 * `t` for a namespace, as useTranslation gives it, for components rendered many times a page
 * (every field of the application form). react-i18next's useTranslation copies the i18next
 * instance into a wrapper on each component's first render, which on the server is every
 * render: a tenth of the form's time went there. Each language has its own i18next instance
 * here (createI18n), which never changes language, so one `t` per instance and namespace
 * serves every component and request; and as its resources are bundled and never change,
 * it remembers what it translated (translating is an eighth of the form's time otherwise).
 */
export function useFixedT(namespace = "common"): TFunction {
  const { i18n } = useContext(I18nContext);
  let fixed = fixedByInstance.get(i18n);
  if (!fixed) {
    fixed = new Map();
    fixedByInstance.set(i18n, fixed);
  }
  let t = fixed.get(namespace);
  if (!t) {
    t = remembering(i18n.getFixedT<string>(null, namespace));
    fixed.set(namespace, t);
  }
  return t;
}

/** Texts remembered per `t`; past this many (names and addresses vary), it starts afresh. */
const REMEMBERED_TEXTS = 5000;

/**
 * The same `t`, answering again from memory for a key alone or with options that are plain
 * values (a count, a name): what i18next returns for them depends on nothing else.
 */
function remembering(t: TFunction): TFunction {
  const texts = new Map<string, unknown>();
  const translate = (key: unknown, options?: unknown, ...rest: unknown[]): unknown => {
    const memo = rest.length === 0 ? memoKey(key, options) : undefined;
    if (memo === undefined)
      return (t as unknown as (...args: unknown[]) => unknown)(key, options, ...rest);
    if (texts.has(memo)) return texts.get(memo);
    const text = (t as unknown as (...args: unknown[]) => unknown)(key, options);
    if (texts.size >= REMEMBERED_TEXTS) texts.clear();
    texts.set(memo, text);
    return text;
  };
  return Object.assign(translate, t);
}

function memoKey(key: unknown, options: unknown): string | undefined {
  if (typeof key !== "string") return undefined;
  if (options === undefined) return key;
  if (typeof options !== "object" || options === null || Array.isArray(options)) return undefined;
  for (const value of Object.values(options)) {
    const kind = typeof value;
    if (kind !== "string" && kind !== "number" && kind !== "boolean") return undefined;
  }
  return `${key}\u0000${JSON.stringify(options)}`;
}
