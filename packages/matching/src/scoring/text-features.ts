/**
 * Free text to TF-IDF vectors that work in any script: words for languages written with
 * spaces, plus character n-grams (trigrams of each word; bigrams for Chinese, Japanese,
 * Korean and Thai, which do not separate words), so "βιβλιοθήκη"/"βιβλιοθήκες",
 * "مكتبة"/"المكتبة" and "图书馆"/"图书馆学" still meet. Accents and other combining marks are
 * dropped (NFD) so spelling with or without them compares equal.
 * Weights: (1 + ln tf) · idf with idf = ln((N + 1) / (df + 1)) + 1 (smoothed, as in
 * scikit-learn), each part L2-normalised; similarity = mean of the word and n-gram cosines.
 */

export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface TextDocument {
  words: SparseVector;
  grams: SparseVector;
}

const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const STOP_WORDS = new Set(
  (
    "the and for with from that this into about our their them they have has are was were will " +
    "would can could how what who why when where which want learn more other like also such " +
    "all any some new share how its his her your you not but los las del por para con una que " +
    "les des pour avec une dans sur"
  ).split(" "),
);

export function tokenize(text: string): { words: string[]; grams: string[] } {
  const normalised = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const words: string[] = [];
  const grams: string[] = [];
  for (const word of normalised.split(/[^\p{L}\p{N}]+/u)) {
    if (word === "") continue;
    if (UNSPACED.test(word)) {
      const chars = Array.from(word);
      if (chars.length === 1) grams.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
      if (chars.length <= 4) words.push(word);
      continue;
    }
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    words.push(word);
    const padded = Array.from(`_${word}_`);
    for (let i = 0; i + 2 < padded.length; i++)
      grams.push(padded[i]! + padded[i + 1]! + padded[i + 2]!);
  }
  return { words, grams };
}

/** Feature ids and document frequencies over all documents of a round. */
export class TextCorpus {
  readonly featureNames: string[] = [];
  private readonly idByName = new Map<string, number>();
  private documentFrequency: number[] = [];
  private readonly pending: { words: number[]; grams: number[] }[] = [];

  /** Adds a document; returns its index for `vectorOf` after `finish`. */
  add(text: string): number {
    const { words, grams } = tokenize(text);
    const doc = {
      words: words.map((w) => this.idOf(`w:${w}`)),
      grams: grams.map((g) => this.idOf(g)),
    };
    for (const id of new Set([...doc.words, ...doc.grams])) this.documentFrequency[id]!++;
    this.pending.push(doc);
    return this.pending.length - 1;
  }

  finish(): TextDocument[] {
    const n = this.pending.length;
    const idf = this.documentFrequency.map((df) => Math.log((n + 1) / (df + 1)) + 1);
    return this.pending.map((doc) => ({
      words: weigh(doc.words, idf),
      grams: weigh(doc.grams, idf),
    }));
  }

  private idOf(name: string): number {
    let id = this.idByName.get(name);
    if (id === undefined) {
      id = this.featureNames.length;
      this.idByName.set(name, id);
      this.featureNames.push(name);
      this.documentFrequency.push(0);
    }
    return id;
  }
}

function weigh(featureIds: number[], idf: number[]): SparseVector {
  const counts = new Map<number, number>();
  for (const id of featureIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ids = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const weights = new Float64Array(ids.length);
  let norm = 0;
  for (let k = 0; k < ids.length; k++) {
    const w = (1 + Math.log(counts.get(ids[k]!)!)) * idf[ids[k]!]!;
    weights[k] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
  return { ids, weights };
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

export function documentSimilarity(a: TextDocument, b: TextDocument): number {
  return (cosine(a.words, b.words) + cosine(a.grams, b.grams)) / 2;
}

/** The shared words that weigh most in the similarity, best first (for explanations). */
export function topSharedWords(
  a: TextDocument,
  b: TextDocument,
  names: readonly string[],
  limit: number,
): string[] {
  const shared: { name: string; weight: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.words.ids.length && j < b.words.ids.length) {
    const x = a.words.ids[i]!;
    const y = b.words.ids[j]!;
    if (x === y)
      shared.push({
        name: names[x]!.slice(2),
        weight: a.words.weights[i++]! * b.words.weights[j++]!,
      });
    else if (x < y) i++;
    else j++;
  }
  shared.sort((p, q) => q.weight - p.weight || (p.name < q.name ? -1 : 1));
  return shared.slice(0, limit).map((s) => s.name);
}
