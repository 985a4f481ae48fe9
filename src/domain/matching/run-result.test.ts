import { generateSyntheticParticipants, matchRound } from "@shelfmates/matching";
import { describe, expect, it } from "vitest";
import type { RunGroup } from "./matching-run-types.ts";
import { fromEngineResult, summariseRun } from "./run-result.ts";

const people = new Map(
  ["mentor-fi", "mentor-gh", "mentee-br", "mentee-in", "mentee-jp"].map((id) => [
    id,
    { country: id.slice(-2).toUpperCase(), sector: "public" },
  ]),
);

function mentorship(key: string, mentor: string, mentees: string[]): RunGroup {
  return {
    key,
    kind: "mentorship",
    memberIds: [mentor, ...mentees],
    score: 700,
    links: mentees.map((mentee) => ({
      ids: [mentor, mentee],
      score: 700,
      explanation: { score: 700, contributions: [] },
    })),
    locked: false,
    manual: false,
    hardRuleBreaks: [],
  };
}

describe("summariseRun", () => {
  it("counts each mentor–mentee pair of a mentorship as a pair, as the engine does", () => {
    const summary = summariseRun(
      [
        mentorship("g1", "mentor-fi", ["mentee-br", "mentee-in"]),
        mentorship("g2", "mentor-gh", ["mentee-jp"]),
      ],
      [],
      people,
    );
    expect(summary).toMatchObject({ people: 5, groups: 2, pairs: 3, triads: 0, unmatched: 0 });
  });
});

describe("fromEngineResult", () => {
  const people = generateSyntheticParticipants(60, 7);
  const facts = new Map(people.map((p) => [p.id, { country: p.country, sector: p.sector }]));

  it("keeps what the engine proved: optimal over every allowed pair", () => {
    const run = fromEngineResult(matchRound(people, {}, { seed: 7 }), facts);
    expect(run.certified).toBe(true);
    expect(run.proof).toMatchObject({ scope: "all_allowed_pairs" });
  });

  it("keeps a proof that stopped short, with its bound, so the page cannot call it optimal", () => {
    const run = fromEngineResult(
      matchRound(
        people,
        { candidatesPerPerson: 2, allPairsUpTo: 0 },
        { seed: 7, pricingBudgetSeconds: 0, now: () => 0 },
      ),
      facts,
    );
    expect(run.certified).toBe(false);
    expect(run.proof).toMatchObject({ scope: "candidate_pairs", candidatesPerPerson: 2 });
    expect(run.proof?.gap?.pairs).toBeGreaterThanOrEqual(0);
  });
});
