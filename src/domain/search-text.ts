/**
 * The one rule for searching text people wrote (names, libraries, cities, addresses):
 * case and accents do not matter, so "jose" finds "José" and "garcia" finds "García".
 * Canonical decomposition (NFD) splits "é" into "e" and a combining mark, which is dropped;
 * the Latin letters that do not decompose ("ø", "ł", "ß"…) are spelled as their base letters.
 */
const UNDECOMPOSED: Record<string, string> = {
  æ: "ae",
  œ: "oe",
  ø: "o",
  ß: "ss",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[æœøßłđðþı]/g, (letter) => UNDECOMPOSED[letter]!);
}

/** Whether `text` contains what was searched for, under that rule. */
export function matchesSearch(text: string, search: string): boolean {
  return foldForSearch(text).includes(foldForSearch(search.trim()));
}

/**
 * What a stored search column holds for a row: each searchable field folded, one per line,
 * so that a search (one line) never matches across two fields.
 */
export function searchTextOf(fields: readonly string[]): string {
  return fields.map(foldForSearch).join("\n");
}
