/**
 * Seeded synthetic librarian rounds for the benchmark: 40 countries with skewed sizes, 60
 * interest tags with Zipf popularity, working languages and time zones. No pair within one
 * country or without a common language. A pair's score rewards shared interests (rarer
 * counts more), overlapping working hours and a shared career stage.
 */
import { findCandidatePairs } from "../src/candidate-pairs.ts";
import type { WeightedGraph } from "../src/graph.ts";
import { prepareScoring } from "../src/score-pair.ts";
import { seededPermutation } from "../src/seeded-random.ts";
import { generateAlikeParticipants } from "../src/testing/alike-round.ts";
import { createRandom } from "../src/testing/random-graphs.ts";

const countryCount = 40;
const tagCount = 60;
const languageCount = 12;

export interface Person {
  country: number;
  languages: number; // bit mask
  tagsLow: number; // tags 0..29
  tagsHigh: number; // tags 30..59
  utcOffset: number;
  stage: number;
}

function pickZipf(random: () => number, cumulative: Float64Array): number {
  const x = random() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function zipfCumulative(count: number, exponent: number): Float64Array {
  const cumulative = new Float64Array(count);
  let sum = 0;
  for (let i = 0; i < count; i++) {
    sum += 1 / (i + 1) ** exponent;
    cumulative[i] = sum;
  }
  return cumulative;
}

export function createPeople(seed: number, n: number): Person[] {
  const random = createRandom(seed);
  const countryWeights = zipfCumulative(countryCount, 1.1);
  const tagWeights = zipfCumulative(tagCount, 0.9);
  const countryOffset = Array.from({ length: countryCount }, () => Math.floor(random() * 24) - 11);
  const countryLanguage = Array.from(
    { length: countryCount },
    (_, c) => 1 + (c % (languageCount - 1)),
  );
  const people: Person[] = [];
  for (let i = 0; i < n; i++) {
    const country = pickZipf(random, countryWeights);
    let languages = 1 << countryLanguage[country]!;
    if (random() < 0.75) languages |= 1; // English
    if (random() < 0.2) languages |= 1 << Math.floor(random() * languageCount);
    let tagsLow = 0;
    let tagsHigh = 0;
    const tagTotal = 3 + Math.floor(random() * 5);
    for (let t = 0; t < tagTotal; t++) {
      const tag = pickZipf(random, tagWeights);
      if (tag < 30) tagsLow |= 1 << tag;
      else tagsHigh |= 1 << (tag - 30);
    }
    people.push({
      country,
      languages,
      tagsLow,
      tagsHigh,
      utcOffset: countryOffset[country]!,
      stage: Math.floor(random() * 4),
    });
  }
  return people;
}

export function tagRarity(people: Person[]): Float64Array {
  const counts = new Float64Array(tagCount);
  for (const p of people) {
    for (let t = 0; t < 30; t++) {
      if (p.tagsLow & (1 << t)) counts[t]!++;
      if (p.tagsHigh & (1 << t)) counts[30 + t]!++;
    }
  }
  return counts.map((c) => Math.round(10 * Math.log((people.length + 1) / (c + 1))) + 5);
}

export function score(a: Person, b: Person, rarity: Float64Array): number {
  if (a.country === b.country || (a.languages & b.languages) === 0) return -1;
  let total = 0;
  let shared = a.tagsLow & b.tagsLow;
  while (shared !== 0) {
    const bit = 31 - Math.clz32(shared & -shared);
    total += rarity[bit]!;
    shared &= shared - 1;
  }
  shared = a.tagsHigh & b.tagsHigh;
  while (shared !== 0) {
    const bit = 31 - Math.clz32(shared & -shared);
    total += rarity[30 + bit]!;
    shared &= shared - 1;
  }
  const gap = Math.abs(a.utcOffset - b.utcOffset);
  const overlapHours = Math.max(0, 8 - Math.min(gap, 24 - gap));
  total += 3 * overlapHours;
  if (a.stage === b.stage) total += 6;
  return total;
}

/**
 * A round of n people. k = 0: all admissible pairs. k > 0: each person's best k
 * candidates (ties broken by index), scanning all others when n ≤ 20,000 and a seeded
 * sample of 600 otherwise, as a candidate index would.
 */
export function generateRound(seed: number, n: number, k: number): WeightedGraph {
  const people = createPeople(seed, n);
  const rarity = tagRarity(people);
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  if (k === 0) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const s = score(people[i]!, people[j]!, rarity);
        if (s >= 0) {
          from.push(i);
          to.push(j);
          weight.push(s);
        }
      }
    }
  } else {
    const random = createRandom(seed + 1);
    const seen = new Set<number>();
    const sample = n <= 20_000 ? n : 600;
    const candidateScore = new Float64Array(sample);
    const candidate = new Int32Array(sample);
    for (let i = 0; i < n; i++) {
      let count = 0;
      for (let c = 0; c < sample; c++) {
        const j = sample === n ? c : Math.floor(random() * n);
        if (j === i) continue;
        const s = score(people[i]!, people[j]!, rarity);
        if (s < 0) continue;
        candidate[count] = j;
        candidateScore[count++] = s;
      }
      const order = Array.from({ length: count }, (_, x) => x);
      order.sort(
        (x, y) => candidateScore[y]! - candidateScore[x]! || candidate[x]! - candidate[y]!,
      );
      for (let r = 0; r < Math.min(k, count); r++) {
        const j = candidate[order[r]!]!;
        const key = i < j ? i * n + j : j * n + i;
        if (seen.has(key)) continue;
        seen.add(key);
        from.push(Math.min(i, j));
        to.push(Math.max(i, j));
        weight.push(candidateScore[order[r]!]!);
      }
    }
  }
  return {
    vertexCount: n,
    edgeFrom: Int32Array.from(from),
    edgeTo: Int32Array.from(to),
    edgeWeight: Float64Array.from(weight),
  };
}

/** Uniform random graph: about n·averageDegree/2 distinct edges, weights uniform in 1..maxWeight. */
export function generateUniform(
  seed: number,
  n: number,
  averageDegree: number,
  maxWeight: number,
): WeightedGraph {
  const random = createRandom(seed);
  const m = Math.round((n * averageDegree) / 2);
  const seen = new Set<number>();
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const weight = new Float64Array(m);
  let e = 0;
  while (e < m) {
    const u = Math.floor(random() * n);
    const v = Math.floor(random() * n);
    if (u === v) continue;
    const key = u < v ? u * n + v : v * n + u;
    if (seen.has(key)) continue;
    seen.add(key);
    from[e] = u;
    to[e] = v;
    weight[e++] = 1 + Math.floor(random() * maxWeight);
  }
  return { vertexCount: n, edgeFrom: from, edgeTo: to, edgeWeight: weight };
}

/**
 * A round of alike applicants (src/testing/alike-round.ts) as the engine sees it: every
 * allowed pair with its score (k = 0), or each person's best k candidates with ties broken
 * per person. Nearly every weight ties, which is what once collapsed large rounds (issue 11).
 */
export function generateAlike(seed: number, n: number, k: number): WeightedGraph {
  const people = generateAlikeParticipants(n, seed);
  const index = prepareScoring(people);
  const rank = new Int32Array(n);
  seededPermutation(n, seed).forEach((p, r) => (rank[p] = r));
  const everyone = Int32Array.from({ length: n }, (_, i) => i);
  const pairs = findCandidatePairs(index, everyone, null, { k: k === 0 ? null : k, rank });
  return {
    vertexCount: n,
    edgeFrom: pairs.a,
    edgeTo: pairs.b,
    edgeWeight: Float64Array.from(pairs.score),
  };
}
