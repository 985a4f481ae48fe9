/**
 * Each person's "match me by" wish, met or not: "interests" is met as far as they share
 * interests, "career_stage" fully by the same stage and half by a neighbouring one,
 * "anyone" always. The pair's value is the mean of the two.
 */
import type { Contribution } from "../explanation.ts";
import { MATCH_BY_ORDER } from "../participant.ts";
import type { RoundIndex } from "./round-index.ts";
import { sharedInterestsValue } from "./shared-interests.ts";

const INTERESTS = MATCH_BY_ORDER.indexOf("interests");
const CAREER_STAGE = MATCH_BY_ORDER.indexOf("career_stage");

function wishMet(index: RoundIndex, self: number, other: number, interests: number): number {
  const wish = index.matchBy[self];
  if (wish === INTERESTS) return interests;
  if (wish === CAREER_STAGE) {
    const gap = Math.abs(index.careerStage[self]! - index.careerStage[other]!);
    return gap === 0 ? 1 : gap === 1 ? 0.5 : 0;
  }
  return 1;
}

export function matchByValue(index: RoundIndex, a: number, b: number): number {
  return matchByValueWith(index, a, b, sharedInterestsValue(index, a, b));
}

/** The same, given the pair's shared-interests value (scoring computes it once for both). */
export function matchByValueWith(
  index: RoundIndex,
  a: number,
  b: number,
  interests: number,
): number {
  return (wishMet(index, a, b, interests) + wishMet(index, b, a, interests)) / 2;
}

export function explainMatchBy(
  index: RoundIndex,
  a: number,
  b: number,
  points: number,
): Contribution {
  const pa = index.participants[a]!;
  const pb = index.participants[b]!;
  const interests = sharedInterestsValue(index, a, b);
  return {
    contribution: "match_by",
    points,
    detail: {
      wishA: pa.matchBy,
      wishB: pb.matchBy,
      metA: round2(wishMet(index, a, b, interests)),
      metB: round2(wishMet(index, b, a, interests)),
      careerStageA: pa.careerStage,
      careerStageB: pb.careerStage,
    },
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
