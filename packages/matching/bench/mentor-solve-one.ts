/**
 * Child process of the benchmark's mentor instances: solves one .mentor.txt file (see
 * generate-mentor-round.ts) with our b-matching solver in maxCardinality mode, as mentor
 * rounds run it, and prints one JSON line. `solveSeconds` is the first call in a fresh
 * process; `steadySeconds` (runs under a second) the median of three solves after two
 * other random instances of the same size, as in solve-one.ts.
 */
import { readFileSync } from "node:fs";
import {
  maxWeightBipartiteBMatching,
  type BipartiteBMatchingInput,
} from "../src/bipartite-b-matching.ts";
import { generateUniformMentors } from "./generate-mentor-round.ts";

const input = parseMentorFile(readFileSync(process.argv[2]!, "utf8"));
const solve = (i: BipartiteBMatchingInput) =>
  maxWeightBipartiteBMatching(i, { maxCardinality: true });
const started = performance.now();
const result = solve(input);
const solveSeconds = (performance.now() - started) / 1000;

let steadySeconds: number | undefined;
if (solveSeconds < 1) {
  const degree = Math.max(1, Math.round(input.edgeLeft.length / Math.max(1, input.leftCount)));
  for (const seed of [101, 102])
    solve(generateUniformMentors(seed, input.leftCount, input.rightCount, degree, 100));
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    solve(input);
    return (performance.now() - start) / 1000;
  });
  steadySeconds = times.sort((a, b) => a - b)[1];
}
console.log(
  JSON.stringify({
    assigned: result.assignedCount,
    weight: result.weight,
    certified: result.certified,
    solveSeconds,
    steadySeconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);

function parseMentorFile(text: string): BipartiteBMatchingInput {
  const lines = text.split("\n");
  const [L, R, m] = lines[0]!.split(" ").map(Number) as [number, number, number];
  const rightCapacity = Int32Array.from(R > 0 ? lines[1]!.split(" ").map(Number) : []);
  const edgeLeft = new Int32Array(m);
  const edgeRight = new Int32Array(m);
  const edgeWeight = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const [i, j, w] = lines[2 + e]!.split(" ");
    edgeLeft[e] = Number(i);
    edgeRight[e] = Number(j);
    edgeWeight[e] = Number(w);
  }
  return { leftCount: L, rightCount: R, rightCapacity, edgeLeft, edgeRight, edgeWeight };
}
