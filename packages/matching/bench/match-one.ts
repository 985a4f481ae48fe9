/**
 * Child process of the benchmark: one whole round through matchRound, as `shelfmates match`
 * runs it (candidates, solve, pricing over all allowed pairs), printing one JSON line.
 * Run: node --import tsx packages/matching/bench/match-one.ts alike|demo N
 */
import { matchRound } from "../src/match-round.ts";
import { generateSyntheticParticipants } from "../src/synthetic-round.ts";
import { generateAlikeParticipants } from "../src/testing/alike-round.ts";

const kind = process.argv[2];
const n = Number(process.argv[3] ?? 10_000);
const people =
  kind === "alike" ? generateAlikeParticipants(n, 1) : generateSyntheticParticipants(n, 1);
const started = performance.now();
const result = matchRound(people, {}, { seed: 1 });
console.log(
  JSON.stringify({
    people: n,
    matched: result.summary.matchedPeople,
    unmatched: result.summary.unmatched,
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    certified: result.certified,
    scope: result.proof.scope,
    passes: result.proof.passes,
    pairsAdded: result.proof.pairsAdded,
  }),
);
