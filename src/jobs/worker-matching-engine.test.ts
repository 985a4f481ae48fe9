import {
  generateSyntheticParticipants,
  matchRound,
  type MatchProgress,
} from "@shelfmates/matching";
import { describe, expect, it } from "vitest";
import { createWorkerMatchingEngine } from "./worker-matching-engine.ts";

const participants = generateSyntheticParticipants(80, 11);
const others = generateSyntheticParticipants(50, 12);
const pairsOf = (result: { groups: { memberIds: string[] }[] }) =>
  result.groups.map((g) => g.memberIds.join("+"));

describe("the worker-thread matching engine", () => {
  it("gives the engine's own result, run after run and for runs at the same time", async () => {
    const engine = createWorkerMatchingEngine();
    const expected = matchRound(participants, {}, { seed: 3 });
    const progress: MatchProgress[] = [];
    const first = await engine.run(participants, {}, { seed: 3 }, (p) => progress.push(p));
    expect(pairsOf(first)).toEqual(pairsOf(expected));
    expect(first.certified).toBe(true);
    expect(progress.map((p) => p.stage)).toContain("solving");
    // The kept worker takes the next run, with other people and options.
    const second = await engine.run(others, { mode: "peer" }, { seed: 4 }, () => {});
    expect(pairsOf(second)).toEqual(pairsOf(matchRound(others, { mode: "peer" }, { seed: 4 })));
    // Two at once: a second worker starts beside the kept one.
    const [a, b] = await Promise.all([
      engine.run(participants, {}, { seed: 3 }, () => {}),
      engine.run(others, {}, { seed: 4 }, () => {}),
    ]);
    expect(pairsOf(a)).toEqual(pairsOf(expected));
    expect(pairsOf(b)).toEqual(pairsOf(second));
  }, 60_000);

  it("reports the engine's error and keeps working", async () => {
    const engine = createWorkerMatchingEngine();
    await expect(
      engine.run(participants, { weights: { interests: -5 } } as never, { seed: 1 }, () => {}),
    ).rejects.toThrow("weights.interests must be a number from 0 to 10000, got -5");
    const result = await engine.run(others, {}, { seed: 4 }, () => {});
    expect(result.certified).toBe(true);
  }, 60_000);
});
