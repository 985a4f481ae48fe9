/**
 * Mentor mode: how well the mentor can help with what the mentee asked for — text
 * similarity of the mentee's goals and free-text interests to the mentor's interests,
 * free text and goals (60 %) — and how much more experience the mentor has beyond the
 * required minimum (40 %).
 */
import type { Contribution } from "../explanation.ts";
import { ROLE_ORDER } from "../participant.ts";
import type { RoundIndex } from "./round-index.ts";
import { documentSimilarity, topSharedWords } from "./text-features.ts";
import * as textSimilarity from "./text-similarity.ts";

const MENTOR = ROLE_ORDER.indexOf("mentor");
// Bound once: the app's matching worker loads the engine as CommonJS, where every use of
// an imported name is a getter call (see weighted-blossom-solver.ts); these run per pair.
const { textValueOf } = textSimilarity;

/** Whether `a` is the mentor of the pair (else `b` is). */
export function isMentorOfPair(index: RoundIndex, a: number): boolean {
  return index.role[a] === MENTOR;
}

function parts(index: RoundIndex, a: number, b: number) {
  const [mentor, mentee] = isMentorOfPair(index, a) ? [a, b] : [b, a];
  const similarity = documentSimilarity(
    index.text,
    index.needsText[mentee]!,
    index.offersText[mentor]!,
  );
  const extraYears = index.experienceYears[mentor]! - index.experienceYears[mentee]!;
  return { mentor, mentee, similarity, extraYears };
}

export function mentorFitValue(index: RoundIndex, a: number, b: number): number {
  const { mentor, mentee, similarity } = parts(index, a, b);
  return mentorFitValueWith(index, mentor, mentee, similarity);
}

/** The value given the similarity of the mentee's needs to the mentor's offer. */
export function mentorFitValueWith(
  index: RoundIndex,
  mentor: number,
  mentee: number,
  similarity: number,
): number {
  const { config, experienceYears } = index;
  const beyondMinimum =
    experienceYears[mentor]! - experienceYears[mentee]! - config.hard.mentorMinExtraYears;
  const experienceFit = Math.max(
    0,
    Math.min(1, beyondMinimum / config.mentorExtraYearsForFullPoints),
  );
  return 0.6 * textValueOf(index, similarity) + 0.4 * experienceFit;
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
    items: topSharedWords(index.text, index.needsText[mentee]!, index.offersText[mentor]!, 3),
    detail: { extraYears, cosine: Math.round(similarity * 1000) / 1000 },
  };
}
