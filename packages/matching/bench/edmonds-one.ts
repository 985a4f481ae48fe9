/** Child process of the benchmark: the `edmonds-blossom` npm package (O(n³)) on one edge-list file. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseEdgeList } from "../../../src/cli/solve-graph.ts";

const blossom = createRequire(import.meta.url)("edmonds-blossom") as (
  edges: number[][],
  maxCardinality?: boolean,
) => number[];
const graph = parseEdgeList(readFileSync(process.argv[2]!));
if (typeof graph === "string") throw new Error(graph);
const edges: number[][] = [];
for (let e = 0; e < graph.edgeFrom.length; e++) {
  edges.push([graph.edgeFrom[e]!, graph.edgeTo[e]!, graph.edgeWeight[e]!]);
}
const best = new Map<number, number>();
for (const [u, v, w] of edges) {
  const key = Math.min(u!, v!) * graph.vertexCount + Math.max(u!, v!);
  best.set(key, Math.max(best.get(key) ?? 0, w!));
}
const started = performance.now();
const mates = edges.length > 0 ? blossom(edges) : [];
const solveSeconds = (performance.now() - started) / 1000;
let weight = 0;
let pairs = 0;
mates.forEach((mate, v) => {
  if (mate > v) {
    weight += best.get(v * graph.vertexCount + mate)!;
    pairs++;
  }
});
console.log(
  JSON.stringify({ weight, pairs, solveSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }),
);
