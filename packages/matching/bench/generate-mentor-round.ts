/**
 * Seeded mentor-mode instances for the benchmark (bipartite b-matching): the synthetic
 * librarians of generate-round.ts, about one in five a mentor with a capacity of 1–5, the
 * rest mentees. A mentee–mentor pair scores as a peer pair (no pair within one country or
 * without a common language) plus up to 20 points for the mentor's career stage above the
 * mentee's. k = 0: every allowed pair; k > 0: each mentee's best k mentors (ties by index).
 *
 * File format (bench/out/*.mentor.txt): "L R m", then R capacities on one line, then m lines
 * "mentee mentor weight".
 */
import { writeFileSync } from "node:fs";
import type { BipartiteBMatchingInput } from "../src/bipartite-b-matching.ts";
import { createRandom } from "../src/testing/random-graphs.ts";
import { createPeople, score, tagRarity } from "./generate-round.ts";

export function generateMentorRound(
  seed: number,
  n: number,
  mentorShare: number,
  k: number,
): BipartiteBMatchingInput {
  const people = createPeople(seed, n);
  const rarity = tagRarity(people);
  const random = createRandom(seed + 7);
  const mentees: number[] = [];
  const mentors: number[] = [];
  const capacity: number[] = [];
  for (let p = 0; p < n; p++) {
    if (random() < mentorShare) {
      mentors.push(p);
      capacity.push(1 + Math.floor(random() * 5));
    } else mentees.push(p);
  }
  const left: number[] = [];
  const right: number[] = [];
  const weight: number[] = [];
  const candidate: number[] = [];
  const candidateScore: number[] = [];
  for (let i = 0; i < mentees.length; i++) {
    candidate.length = candidateScore.length = 0;
    const mentee = people[mentees[i]!]!;
    for (let j = 0; j < mentors.length; j++) {
      const mentor = people[mentors[j]!]!;
      const s = score(mentee, mentor, rarity);
      if (s < 0) continue;
      candidate.push(j);
      candidateScore.push(s + 5 * Math.max(0, mentor.stage - mentee.stage) + 5);
    }
    const order = Array.from(candidate, (_, x) => x);
    if (k > 0) {
      order.sort((x, y) => candidateScore[y]! - candidateScore[x]! || x - y);
      order.length = Math.min(k, order.length);
    }
    for (const x of order) {
      left.push(i);
      right.push(candidate[x]!);
      weight.push(candidateScore[x]!);
    }
  }
  return {
    leftCount: mentees.length,
    rightCount: mentors.length,
    rightCapacity: Int32Array.from(capacity),
    edgeLeft: Int32Array.from(left),
    edgeRight: Int32Array.from(right),
    edgeWeight: Float64Array.from(weight),
  };
}

/** Uniform random bipartite instance: each mentee has `degree` distinct random mentors. */
export function generateUniformMentors(
  seed: number,
  menteeCount: number,
  mentorCount: number,
  degree: number,
  maxWeight: number,
): BipartiteBMatchingInput {
  const random = createRandom(seed);
  const capacity = Int32Array.from({ length: mentorCount }, () => 1 + Math.floor(random() * 5));
  const m = menteeCount * degree;
  const left = new Int32Array(m);
  const right = new Int32Array(m);
  const weight = new Float64Array(m);
  const seen = new Set<number>();
  let e = 0;
  for (let i = 0; i < menteeCount; i++) {
    seen.clear();
    while (seen.size < Math.min(degree, mentorCount)) {
      const j = Math.floor(random() * mentorCount);
      if (seen.has(j)) continue;
      seen.add(j);
      left[e] = i;
      right[e] = j;
      weight[e++] = 1 + Math.floor(random() * maxWeight);
    }
  }
  return {
    leftCount: menteeCount,
    rightCount: mentorCount,
    rightCapacity: capacity,
    edgeLeft: left.subarray(0, e),
    edgeRight: right.subarray(0, e),
    edgeWeight: weight.subarray(0, e),
  };
}

export function writeMentorFile(input: BipartiteBMatchingInput, file: string): void {
  const lines = [
    `${input.leftCount} ${input.rightCount} ${input.edgeLeft.length}`,
    Array.from(input.rightCapacity).join(" "),
  ];
  for (let e = 0; e < input.edgeLeft.length; e++)
    lines.push(`${input.edgeLeft[e]} ${input.edgeRight[e]} ${input.edgeWeight[e]}`);
  writeFileSync(file, `${lines.join("\n")}\n`);
}
