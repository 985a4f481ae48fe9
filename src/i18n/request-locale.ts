import { DEFAULT_LOCALE, isLocale, localeFromAcceptLanguage, type Locale } from "./languages.ts";

export const LOCALE_COOKIE = "lang";

export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** The reader's language: their account setting, else the switcher's cookie, else Accept-Language. */
export function localeForRequest(headers: Headers | undefined, userLocale?: string | null): Locale {
  if (isLocale(userLocale)) return userLocale;
  const cookie = readCookie(headers?.get("cookie") ?? null, LOCALE_COOKIE);
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(headers?.get("accept-language") ?? null) ?? DEFAULT_LOCALE;
}
