import i18next, { type i18n } from "i18next";
import { DEFAULT_LOCALE, type Locale } from "./languages.ts";
import { NAMESPACES, resources } from "./resources.ts";

const cache = new Map<Locale, i18n>();

/** A ready i18next instance for one locale (resources are bundled, so init is synchronous). */
export function createI18n(locale: Locale): i18n {
  const cached = cache.get(locale);
  if (cached) return cached;
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources,
    ns: [...NAMESPACES],
    defaultNS: "common",
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  cache.set(locale, instance);
  return instance;
}
