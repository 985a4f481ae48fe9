/** Similarity of the two people's free-text interests and goals (see text-features.ts). */
import type { Contribution } from "../explanation.ts";
import type { RoundIndex } from "./round-index.ts";
import { documentSimilarity, topSharedWords } from "./text-features.ts";

export function textSimilarityValue(index: RoundIndex, a: number, b: number): number {
  return textValueOf(index, profileSimilarity(index, a, b));
}

function profileSimilarity(index: RoundIndex, a: number, b: number): number {
  return documentSimilarity(index.text, index.profileText[a]!, index.profileText[b]!);
}

/** The value of a document similarity (also mentor fit's text part). */
export function textValueOf(index: RoundIndex, similarity: number): number {
  return Math.min(1, similarity / index.config.textSimilarityForFullPoints);
}

export function explainTextSimilarity(
  index: RoundIndex,
  a: number,
  b: number,
  points: number,
): Contribution {
  const similarity = profileSimilarity(index, a, b);
  return {
    contribution: "text_similarity",
    points,
    items: topSharedWords(index.text, index.profileText[a]!, index.profileText[b]!, 3),
    detail: { cosine: Math.round(similarity * 1000) / 1000 },
  };
}
