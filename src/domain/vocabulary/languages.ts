import { keptDisplayNames } from "./kept-display-names.ts";

/** ISO 639-1 two-letter language codes, one per language a person can choose. */
export const LANGUAGE_CODES = (
  "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy " +
  "da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht " +
  "hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky " +
  "la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny " +
  "oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss " +
  "st su sv sw ta te tg th ti tk tl tn to tr ts tt ty ug uk ur uz ve vi vo wa wo xh yi yo " +
  "za zh zu"
).split(" ");

/**
 * Codes that name a language already listed: ISO 639-1 "tw" (Twi) is a variety of Akan
 * ("ak"), and CLDR names both "Akan", so lists showed "Akan" twice and a Twi speaker and
 * an Akan speaker did not share a language. Read as the listed code wherever a code comes in.
 */
const SAME_LANGUAGE: Record<string, string> = { tw: "ak" };

const languageCodeSet = new Set(LANGUAGE_CODES);

export function isLanguageCode(value: string): boolean {
  return languageCodeSet.has(value);
}

/** The listed code for a code (itself, or the language it is a variety of). */
export function canonicalLanguageCode(code: string): string {
  return SAME_LANGUAGE[code] ?? code;
}

const languageNames = keptDisplayNames("language", languageCodeSet);

export function languageName(code: string, locale: string): string {
  return languageNames(code, locale);
}
