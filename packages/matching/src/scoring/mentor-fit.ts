/**
 * Mentor mode: how well the mentor can help with what the mentee asked for — text
 * similarity of the mentee's goals and free-text interests to the mentor's interests,
 * free text and goals (60 %) — and how much more experience the mentor has beyond the
 * required minimum (40 %).
 */
import type { Contribution } from "../explanation.ts";
import type { RoundIndex } from "./round-index.ts";
import { documentSimilarity, topSharedWords } from "./text-features.ts";

function roles(index: RoundIndex, a: number, b: number): { mentor: number; mentee: number } {
  return index.participants[a]!.role === "mentor"
    ? { mentor: a, mentee: b }
    : { mentor: b, mentee: a };
}

function parts(index: RoundIndex, a: number, b: number) {
  const { mentor, mentee } = roles(index, a, b);
  const { config } = index;
  const similarity = documentSimilarity(index.needsText[mentee]!, index.offersText[mentor]!);
  const extraYears =
    index.participants[mentor]!.experienceYears - index.participants[mentee]!.experienceYears;
  const beyondMinimum = extraYears - config.hard.mentorMinExtraYears;
  return {
    mentor,
    mentee,
    similarity,
    extraYears,
    textFit: Math.min(1, similarity / config.textSimilarityForFullPoints),
    experienceFit: Math.max(0, Math.min(1, beyondMinimum / config.mentorExtraYearsForFullPoints)),
  };
}

export function mentorFitValue(index: RoundIndex, a: number, b: number): number {
  const { textFit, experienceFit } = parts(index, a, b);
  return 0.6 * textFit + 0.4 * experienceFit;
}

export function explainMentorFit(
  index: RoundIndex,
  a: number,
  b: number,
  points: number,
): Contribution {
  const { mentor, mentee, similarity, extraYears } = parts(index, a, b);
  return {
    contribution: "mentor_fit",
    points,
    items: topSharedWords(
      index.needsText[mentee]!,
      index.offersText[mentor]!,
      index.featureNames,
      3,
    ),
    detail: { extraYears, cosine: Math.round(similarity * 1000) / 1000 },
  };
}
