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
  private readonly idByName = new Map<string, number>();
  private documentFrequency: number[] = [];
  private readonly pending: { words: number[]; grams: number[] }[] = [];

  /** Adds a document; returns its index in the vectors `finish` gives. */
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

  finish(): TextVectors {
    const n = this.pending.length;
    const idf = this.documentFrequency.map((df) => Math.log((n + 1) / (df + 1)) + 1);
    const wordStart = new Int32Array(n + 2);
    const gramStart = new Int32Array(n + 1);
    let total = 0;
    for (const doc of this.pending) total += new Set(doc.words).size + new Set(doc.grams).size;
    const ids = new Int32Array(total);
    const weights = new Float64Array(total);
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

/** Writes the weighted, normalised vector of `featureIds` at `offset`; returns its end. */
function weigh(
  featureIds: number[],
  idf: number[],
  ids: Int32Array,
  weights: Float64Array,
  offset: number,
): number {
  const counts = new Map<number, number>();
  for (const id of featureIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const sorted = [...counts.keys()].sort((a, b) => a - b);
  let norm = 0;
  for (let k = 0; k < sorted.length; k++) {
    const w = (1 + Math.log(counts.get(sorted[k]!)!)) * idf[sorted[k]!]!;
    ids[offset + k] = sorted[k]!;
    weights[offset + k] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < sorted.length; k++) weights[offset + k]! /= norm;
  return offset + sorted.length;
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
