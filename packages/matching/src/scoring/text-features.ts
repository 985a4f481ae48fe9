/**
 * Free text to TF-IDF vectors: the words and character n-grams of tokenize-text.ts
 * (any script; stop words left out), weighted (1 + ln tf) · idf with
 * idf = ln((N + 1) / (df + 1)) + 1 (smoothed, as in scikit-learn), each part L2-normalised;
 * similarity = mean of the word and n-gram cosines.
 */
import { tokenize } from "./tokenize-text.ts";

/**
 * All documents of a round in flat arrays (one allocation, read in order when scoring):
 * document d's word features are ids[wordStart[d], gramStart[d]), its n-gram features
 * ids[gramStart[d], wordStart[d + 1]), each part sorted by id with L2-normalised weights.
 * The last document is empty (for people a comparison does not apply to).
 */
export interface TextVectors {
  wordStart: Int32Array;
  gramStart: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  featureNames: string[];
  /** The empty document. */
  empty: number;
}

/** Feature ids and document frequencies over all documents of a round. */
export class TextCorpus {
  readonly featureNames: string[] = [];
  private readonly idByWord = new Map<string, number>();
  private readonly idByGram = new Map<string, number>();
  private readonly documentFrequency: number[] = [];
  /** Per document: its word ids, then its n-gram ids, each part sorted. */
  private readonly pending: { words: Int32Array; grams: Int32Array }[] = [];
  /** Distinct features summed over documents (the length of the vectors). */
  private total = 0;

  /** Adds a document; returns its index in the vectors `finish` gives. */
  add(text: string): number {
    const { words, grams } = tokenize(text);
    const doc = { words: new Int32Array(words.length), grams: new Int32Array(grams.length) };
    for (let i = 0; i < words.length; i++) doc.words[i] = this.idOf(this.idByWord, words[i]!, "w:");
    for (let i = 0; i < grams.length; i++) doc.grams[i] = this.idOf(this.idByGram, grams[i]!, "");
    doc.words.sort();
    doc.grams.sort();
    this.countDocument(doc.words);
    this.countDocument(doc.grams);
    this.pending.push(doc);
    return this.pending.length - 1;
  }

  finish(): TextVectors {
    const n = this.pending.length;
    const idf = Float64Array.from(this.documentFrequency, (df) => Math.log((n + 1) / (df + 1)) + 1);
    const wordStart = new Int32Array(n + 2);
    const gramStart = new Int32Array(n + 1);
    const ids = new Int32Array(this.total);
    const weights = new Float64Array(this.total);
    let end = 0;
    this.pending.forEach((doc, d) => {
      wordStart[d] = end;
      end = weigh(doc.words, idf, ids, weights, end);
      gramStart[d] = end;
      end = weigh(doc.grams, idf, ids, weights, end);
    });
    wordStart[n] = gramStart[n] = wordStart[n + 1] = end;
    return { wordStart, gramStart, ids, weights, featureNames: this.featureNames, empty: n };
  }

  /** Counts each distinct id of a sorted list once in documentFrequency. */
  private countDocument(sorted: Int32Array): void {
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) continue;
      this.documentFrequency[sorted[i]!]!++;
      this.total++;
    }
  }

  /** The feature's name is `prefix` + token ("w:" for words, so they never equal an n-gram). */
  private idOf(ids: Map<string, number>, token: string, prefix: string): number {
    let id = ids.get(token);
    if (id === undefined) {
      id = this.featureNames.length;
      ids.set(token, id);
      this.featureNames.push(prefix + token);
      this.documentFrequency.push(0);
    }
    return id;
  }
}

/**
 * Writes the weighted, normalised vector of a sorted list of feature ids (repeats = term
 * frequency) at `offset`; returns its end.
 */
function weigh(
  sorted: Int32Array,
  idf: Float64Array,
  ids: Int32Array,
  weights: Float64Array,
  offset: number,
): number {
  let end = offset;
  let norm = 0;
  for (let i = 0; i < sorted.length;) {
    const id = sorted[i]!;
    let next = i + 1;
    while (next < sorted.length && sorted[next] === id) next++;
    const w = (1 + Math.log(next - i)) * idf[id]!;
    ids[end] = id;
    weights[end++] = w;
    norm += w * w;
    i = next;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = offset; k < end; k++) weights[k]! /= norm;
  return end;
}

/** Σ of the products of equal ids in two sorted ranges of `text` (a cosine for normalised parts). */
function dot(text: TextVectors, i: number, iEnd: number, j: number, jEnd: number): number {
  const { ids, weights } = text;
  let sum = 0;
  while (i < iEnd && j < jEnd) {
    const x = ids[i]!;
    const y = ids[j]!;
    if (x === y) sum += weights[i++]! * weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Documents a and b: the mean of the word cosine and the n-gram cosine. */
export function documentSimilarity(text: TextVectors, a: number, b: number): number {
  const { wordStart, gramStart } = text;
  const words = dot(text, wordStart[a]!, gramStart[a]!, wordStart[b]!, gramStart[b]!);
  const grams = dot(text, gramStart[a]!, wordStart[a + 1]!, gramStart[b]!, wordStart[b + 1]!);
  return (words + grams) / 2;
}

/** The shared words that weigh most in the similarity, best first (for explanations). */
export function topSharedWords(text: TextVectors, a: number, b: number, limit: number): string[] {
  const { ids, weights, wordStart, gramStart, featureNames } = text;
  const shared: { name: string; weight: number }[] = [];
  let i = wordStart[a]!;
  let j = wordStart[b]!;
  while (i < gramStart[a]! && j < gramStart[b]!) {
    const x = ids[i]!;
    const y = ids[j]!;
    if (x === y)
      shared.push({ name: featureNames[x]!.slice(2), weight: weights[i++]! * weights[j++]! });
    else if (x < y) i++;
    else j++;
  }
  shared.sort((p, q) => q.weight - p.weight || (p.name < q.name ? -1 : 1));
  return shared.slice(0, limit).map((s) => s.name);
}
