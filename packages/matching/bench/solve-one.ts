/** Child process of the benchmark: solves one edge-list file with our engine, prints one JSON line. */
import { readFileSync } from "node:fs";
import { parseEdgeList } from "../../../src/cli/solve-graph.ts";
import { maxWeightMatching } from "../src/max-weight-matching.ts";
import { verifyMatchingCertificate } from "../src/certificate.ts";

const graph = parseEdgeList(readFileSync(process.argv[2]!));
if (typeof graph === "string") throw new Error(graph);
const started = performance.now();
const cpuStarted = process.cpuUsage();
const result = maxWeightMatching(graph);
const solveSeconds = (performance.now() - started) / 1000;
const cpuUsed = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
// A second, warm solve for short runs shows the steady state without V8's warm-up.
let warmSeconds: number | undefined;
if (solveSeconds < 1) {
  const warmStarted = performance.now();
  maxWeightMatching(graph);
  warmSeconds = (performance.now() - warmStarted) / 1000;
}
const checkStarted = performance.now();
const { certified } = verifyMatchingCertificate(graph, result);
const checkSeconds = (performance.now() - checkStarted) / 1000;
const memory = process.memoryUsage();
console.log(
  JSON.stringify({
    weight: result.weight,
    pairs: result.pairCount,
    solveSeconds,
    cpuSeconds,
    warmSeconds,
    checkSeconds,
    certified,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapMb: memory.heapUsed / 2 ** 20,
  }),
);
