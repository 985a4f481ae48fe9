/** What the guide's downloads are made with: their words in the guide's language, and its address. */
import type { GuideFileLabels } from "../../../../domain/guides/guide-markdown.ts";
import { createI18n } from "../../../../i18n/create-i18n.ts";
import { DEFAULT_LOCALE, isLocale } from "../../../../i18n/languages.ts";

export function guideFileLabels(language: string): GuideFileLabels {
  const locale = isLocale(language) ? language : DEFAULT_LOCALE;
  const t = createI18n(locale).getFixedT(locale, "guides");
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  return {
    writtenBy: (names) => t("writtenBy", { names: list.format(names) }),
    licence: t("licenceSentence"),
    contents: t("contents"),
  };
}

/** The guide's public address on this site (the request's origin). */
export function guideUrl(request: Request, slug: string): string {
  return `${new URL(request.url).origin}/guides/${slug}`;
}

/** A file name from the slug, safe in a Content-Disposition header. */
export function guideFileName(slug: string, extension: string): string {
  return `${slug.replace(/[^A-Za-z0-9._-]/g, "-") || "guide"}.${extension}`;
}
