/**
 * One text document spread into a dense array indexed by feature id, to compare one
 * person's text with many others' (candidate generation): each comparison then walks only
 * the other document's features instead of merging two sorted lists. The result is
 * bit-for-bit `documentSimilarity`'s: the same products, added in the same (ascending id)
 * order (features the loaded document lacks are skipped, as the merge skips them).
 */
import type { TextVectors } from "./text-features.ts";

export class DenseTextDocument {
  private readonly dense: Float64Array;
  private loaded = -1;

  constructor(private readonly text: TextVectors) {
    this.dense = new Float64Array(text.featureNames.length);
  }

  /** Word and n-gram ids are distinct, so both parts share the dense array. */
  load(doc: number): void {
    if (this.loaded === doc) return;
    const { ids, weights, wordStart } = this.text;
    if (this.loaded >= 0) {
      for (let k = wordStart[this.loaded]!; k < wordStart[this.loaded + 1]!; k++)
        this.dense[ids[k]!] = 0;
    }
    for (let k = wordStart[doc]!; k < wordStart[doc + 1]!; k++) this.dense[ids[k]!] = weights[k]!;
    this.loaded = doc;
  }

  /** documentSimilarity(text, loaded, other): the mean of the word and n-gram cosines. */
  similarity(other: number): number {
    const { wordStart, gramStart } = this.text;
    const words = this.dot(wordStart[other]!, gramStart[other]!);
    const grams = this.dot(gramStart[other]!, wordStart[other + 1]!);
    return (words + grams) / 2;
  }

  private dot(from: number, to: number): number {
    const { ids, weights } = this.text;
    const dense = this.dense;
    let sum = 0;
    for (let k = from; k < to; k++) {
      // Most features are not shared; skipping their +0 keeps the sum's (serial) chain short.
      const weight = dense[ids[k]!]!;
      if (weight !== 0) sum += weight * weights[k]!;
    }
    return sum;
  }
}
