/**
 * Free text to the features of text-features.ts, in any script: words for languages
 * written with spaces, plus character n-grams (trigrams of each word, padded with "_";
 * bigrams for Chinese, Japanese, Korean and Thai, which do not separate words), so
 * "βιβλιοθήκη"/"βιβλιοθήκες", "библиотека"/"библиотеки", "مكتبة"/"المكتبة" and
 * "图书馆"/"图书馆学" still meet. Accents and other combining marks are dropped (NFD) so
 * spelling with or without them compares equal. Words shorter than three letters and the
 * stop words of the app's languages (stop-words.ts) are left out, words and n-grams both.
 */
import { STOP_WORDS_BY_LANGUAGE } from "./stop-words.ts";

const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const STOP_WORDS: ReadonlySet<string> = new Set(
  Object.values(STOP_WORDS_BY_LANGUAGE).flatMap((list) => normalise(list).split(/\s+/u)),
);

const NOT_ASCII = /[^\x00-\x7f]/;

/** Lower case without accents or other combining marks. */
function normalise(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(normalise(word));
}

export function tokenize(text: string): { words: string[]; grams: string[] } {
  const words: string[] = [];
  const grams: string[] = [];
  // ASCII text (most of it) has no marks, no unspaced scripts, no surrogate pairs.
  const ascii = !NOT_ASCII.test(text);
  for (const word of (ascii ? text.toLowerCase() : normalise(text)).split(/[^\p{L}\p{N}]+/u)) {
    if (word === "") continue;
    if (!ascii && UNSPACED.test(word)) {
      const chars = Array.from(word);
      if (chars.length === 1) grams.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
      if (chars.length <= 4) words.push(word);
      continue;
    }
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    words.push(word);
    const padded = ascii ? `_${word}_` : Array.from(`_${word}_`);
    for (let i = 0; i + 2 < padded.length; i++)
      grams.push(padded[i]! + padded[i + 1]! + padded[i + 2]!);
  }
  return { words, grams };
}
