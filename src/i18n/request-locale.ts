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

/**
 * The reader's language: the switcher's latest choice on this browser (a cookie; the switcher
 * also saves it on the account), else their account setting (a new device), else Accept-Language.
 */
export function localeForRequest(headers: Headers | undefined, userLocale?: string | null): Locale {
  const cookie = readCookie(headers?.get("cookie") ?? null, LOCALE_COOKIE);
  if (isLocale(cookie)) return cookie;
  if (isLocale(userLocale)) return userLocale;
  return localeFromAcceptLanguage(headers?.get("accept-language") ?? null) ?? DEFAULT_LOCALE;
}
