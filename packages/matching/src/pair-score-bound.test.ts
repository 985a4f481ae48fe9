import { describe, expect, it } from "vitest";
import { PairScoreBound } from "./pair-score-bound.ts";
import { makeParticipant } from "./round-testing/make-participant.ts";
import { prepareScoring, scorePair } from "./score-pair.ts";
import { createRandom } from "./seeded-random.ts";
import { generateSyntheticParticipants } from "./synthetic-round.ts";
import type { Participant } from "./participant.ts";
import { generateAlikeParticipants } from "./testing/alike-round.ts";

/** Every allowed pair's score is at most its bound, and a bound of -1 means not allowed. */
function expectBoundHolds(people: Participant[], mode: "peer" | "mentor") {
  const index = prepareScoring(people, { mode });
  const bound = new PairScoreBound(index);
  let tight = 0;
  for (let u = 0; u < people.length; u++) {
    for (let v = u + 1; v < people.length; v++) {
      const score = scorePair(index, u, v);
      const upper = bound.bound(u, v);
      if (upper < 0) expect(score).toBe(-1);
      else expect(upper).toBeGreaterThanOrEqual(score);
      if (score >= 0 && upper === score) tight++;
    }
  }
  expect(bound.maxScore).toBeGreaterThan(0);
  // A whole row is skipped only when no pair of it can beat the dual: with every dual just
  // below u's best allowed score, u's best pair must survive.
  const others = Int32Array.from(people.keys());
  const survivors = new Int32Array(people.length);
  for (let u = 0; u < people.length; u++) {
    let best = -1;
    for (let v = 0; v < people.length; v++)
      if (v !== u) best = Math.max(best, scorePair(index, u, v));
    if (best < 0) continue;
    const dual2 = new Float64Array(people.length).fill(best - 1);
    const found = bound.findRowSurvivors(
      u,
      best,
      others,
      dual2,
      0,
      people.length,
      1,
      0,
      0,
      survivors,
      best - 1,
    );
    expect(found).toBeGreaterThan(0);
  }
  return tight;
}

describe("PairScoreBound", () => {
  it("is at least the score of every allowed pair, in peer and mentor mode", () => {
    expectBoundHolds(generateSyntheticParticipants(250, 4), "peer");
    expectBoundHolds(generateSyntheticParticipants(250, 5, { mentorShare: 0.4 }), "mentor");
  });

  it("holds with more than 64 interests, where interest ids share mask bits", () => {
    const random = createRandom(9);
    const people = Array.from({ length: 150 }, (_, i) =>
      makeParticipant(`p${i}`, {
        country: ["FI", "GR", "ES", "PE"][i % 4]!,
        interests: Array.from({ length: 1 + (i % 6) }, () => `t${Math.floor(random() * 130)}`),
        matchBy: "interests",
      }),
    );
    expectBoundHolds(people, "peer");
    // Interests 0 and 64 (in order of appearance) share a bit: two shared, one common bit.
    const solos = Array.from({ length: 70 }, (_, k) =>
      makeParticipant(`solo${k}`, { country: "JP", interests: [`solo-${k}`] }),
    );
    const both = { interests: ["solo-0", "solo-64"], matchBy: "interests" as const };
    const pair = [
      makeParticipant("a", { country: "FI", ...both }),
      makeParticipant("b", { country: "GR", ...both }),
    ];
    expectBoundHolds([...solos, ...pair], "peer");
  });

  it("holds on alike profiles and when everyone gave their availability", () => {
    const alike = generateAlikeParticipants(120, 3);
    expectBoundHolds(alike, "peer");
    // One person without availability: a pair with them scores half, above a short slot.
    expectBoundHolds(
      [...alike, { ...alike[0]!, id: "none", country: "ZZ", availability: [] }],
      "peer",
    );
  });
});
