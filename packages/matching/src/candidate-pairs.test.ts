import { describe, expect, it } from "vitest";
import { findCandidatePairs } from "./candidate-pairs.ts";
import { explainPair, prepareScoring, scorePair } from "./score-pair.ts";
import { seededPermutation, tieShiftOf } from "./seeded-random.ts";
import { generateAlikeParticipants } from "./testing/alike-round.ts";
import { generateSyntheticParticipants } from "./synthetic-round.ts";

function rankOf(count: number, seed: number): Int32Array {
  const rank = new Int32Array(count);
  seededPermutation(count, seed).forEach((p, r) => (rank[p] = r));
  return rank;
}

function sharesInterest(interests: readonly string[], others: readonly string[]): boolean {
  return interests.some((i) => others.includes(i));
}

describe("candidate pairs", () => {
  it("score every pair as its explanation adds up, in peer and mentor mode", () => {
    for (const mode of ["peer", "mentor"] as const) {
      const people = generateSyntheticParticipants(80, 5, {
        mentorShare: mode === "mentor" ? 0.4 : 0,
      });
      const index = prepareScoring(people, { mode });
      const everyone = Int32Array.from(people.keys());
      const candidates = findCandidatePairs(index, everyone, null, {
        k: null,
        rank: rankOf(80, 1),
      });
      for (let e = 0; e < candidates.a.length; e++) {
        const [a, b] = [candidates.a[e]!, candidates.b[e]!];
        expect(candidates.score[e]).toBe(explainPair(index, a, b).score);
      }
    }
  });

  it("in a large round keep each person's k best allowed partners among those sharing an interest", () => {
    const people = generateSyntheticParticipants(300, 8);
    const index = prepareScoring(people);
    const rank = rankOf(people.length, 2);
    const k = 6;
    const everyone = Int32Array.from(people.keys());
    const candidates = findCandidatePairs(index, everyone, null, { k, rank });
    const kept = new Map<string, number>();
    for (let e = 0; e < candidates.a.length; e++)
      kept.set(`${candidates.a[e]}-${candidates.b[e]}`, candidates.score[e]!);
    const n = people.length;
    for (let u = 0; u < people.length; u++) {
      const tieRank = (v: number) => (rank[v]! + tieShiftOf(rank[u]!, n)) % n;
      const best = [...everyone]
        .filter((v) => sharesInterest(people[u]!.interests, people[v]!.interests))
        .map((v) => ({ v, score: scorePair(index, u, v) }))
        .filter((c) => c.score >= 0)
        .sort((x, y) => y.score - x.score || tieRank(x.v) - tieRank(y.v));
      if (best.length < k) continue; // topped up from shared languages
      for (const { v, score } of best.slice(0, k))
        expect(kept.get(u < v ? `${u}-${v}` : `${v}-${u}`)).toBe(score);
    }
  });

  it("keep the k best by tie rank when everyone shares one interest and ties (the pool read in tie order)", () => {
    // 3,000 holders of the one interest, a pool of 400: the pool is taken in tie order.
    const people = generateAlikeParticipants(3000, 4);
    const index = prepareScoring(people);
    const n = people.length;
    const rank = rankOf(n, 5);
    const k = 3;
    const everyone = Int32Array.from(people.keys());
    const candidates = findCandidatePairs(index, everyone, null, { k, rank });
    const kept = new Set<string>();
    for (let e = 0; e < candidates.a.length; e++) kept.add(`${candidates.a[e]}-${candidates.b[e]}`);
    for (let u = 0; u < n; u += 97) {
      const tieRank = (v: number) => (rank[v]! + tieShiftOf(rank[u]!, n)) % n;
      const best = [...everyone]
        .map((v) => ({ v, score: scorePair(index, u, v) }))
        .filter((c) => c.score >= 0)
        .sort((x, y) => y.score - x.score || tieRank(x.v) - tieRank(y.v));
      for (const { v } of best.slice(0, k))
        expect(kept.has(u < v ? `${u}-${v}` : `${v}-${u}`)).toBe(true);
    }
  });

  it("break ties per person, so people with alike profiles keep different partners", () => {
    const people = generateAlikeParticipants(1200, 1);
    const index = prepareScoring(people);
    const everyone = Int32Array.from(people.keys());
    const candidates = findCandidatePairs(index, everyone, null, { k: 50, rank: rankOf(1200, 3) });
    const chosen = new Set([...candidates.a, ...candidates.b]);
    expect(chosen.size).toBe(1200);
    const degree = new Int32Array(1200);
    for (let e = 0; e < candidates.a.length; e++) {
      degree[candidates.a[e]!]!++;
      degree[candidates.b[e]!]!++;
    }
    // One shared order would give 50 people a degree near 1,200 and everyone else 50.
    expect(Math.max(...degree)).toBeLessThan(200);
  });
});
