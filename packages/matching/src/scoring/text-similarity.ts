/** Similarity of the two people's free-text interests and goals (see text-features.ts). */
import type { Contribution } from "../explanation.ts";
import type { RoundIndex } from "./round-index.ts";
import { documentSimilarity, topSharedWords } from "./text-features.ts";

export function textSimilarityValue(index: RoundIndex, a: number, b: number): number {
  const similarity = documentSimilarity(index.profileText[a]!, index.profileText[b]!);
  return Math.min(1, similarity / index.config.textSimilarityForFullPoints);
}

export function explainTextSimilarity(
  index: RoundIndex,
  a: number,
  b: number,
  points: number,
): Contribution {
  const similarity = documentSimilarity(index.profileText[a]!, index.profileText[b]!);
  return {
    contribution: "text_similarity",
    points,
    items: topSharedWords(index.profileText[a]!, index.profileText[b]!, index.featureNames, 3),
    detail: { cosine: Math.round(similarity * 1000) / 1000 },
  };
}
