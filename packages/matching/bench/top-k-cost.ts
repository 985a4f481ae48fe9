/**
 * How much total score keeping each person's best k candidates costs against scoring all
 * pairs, on seeded synthetic librarian rounds (peer mode, default scoring).
 * Run: node --import tsx packages/matching/bench/top-k-cost.ts [n] [seed...]
 */
import { matchRound } from "../src/match-round.ts";
import type { RoundResult } from "../src/round-result.ts";
import { generateSyntheticParticipants } from "../src/synthetic-round.ts";

const n = Number(process.argv[2] ?? 2000);
const seeds = process.argv.slice(3).map(Number);
const total = (r: RoundResult) => r.groups.reduce((s, g) => s + g.score, 0);

for (const seed of seeds.length > 0 ? seeds : [1]) {
  const people = generateSyntheticParticipants(n, seed);
  let started = performance.now();
  const all = matchRound(people, { allPairsUpTo: n }, { seed });
  const allSeconds = (performance.now() - started) / 1000;
  const best = total(all);
  console.log(
    `n=${n} seed=${seed} all pairs: ${all.candidates.pairs} candidate pairs, ${all.summary.pairs} pairs, total ${best}, ` +
      `${allSeconds.toFixed(1)} s, certified ${all.certified}`,
  );
  for (const k of [5, 10, 20, 50]) {
    started = performance.now();
    const topK = matchRound(people, { allPairsUpTo: 0, candidatesPerPerson: k }, { seed });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `  k=${k}: ${topK.candidates.pairs} candidate pairs, ${topK.summary.pairs} pairs, total ${total(topK)} = ` +
        `${((100 * total(topK)) / best).toFixed(2)} % of all pairs, ${seconds.toFixed(1)} s, certified ${topK.certified}`,
    );
  }
}
