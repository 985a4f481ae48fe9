/**
 * `shelfmates solve-graph FILE [--mates]`: maximum-weight matching of a plain edge list
 * (first line `n m`, then m lines `u v w`, 0-based vertices, non-negative integer weights).
 * Prints one JSON line; malformed input exits with code 2 and names the line.
 */
import { readFile } from "node:fs/promises";
import {
  maxWeightMatching,
  verifyMatchingCertificate,
  type WeightedGraph,
} from "@shelfmates/matching";
import type { CommandIo } from "./command-io.ts";

const usage = "Usage: shelfmates solve-graph FILE [--mates]\n";

export async function run(args: string[], io: CommandIo): Promise<number> {
  const files = args.filter((a) => !a.startsWith("--"));
  const flags = args.filter((a) => a.startsWith("--"));
  const unknown = flags.filter((f) => f !== "--mates");
  if (files.length !== 1 || unknown.length > 0) {
    io.stderr(unknown.length > 0 ? `Unknown option ${unknown[0]}\n${usage}` : usage);
    return 2;
  }
  const file = files[0]!;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : String(error);
    io.stderr(`solve-graph: cannot read ${file}: ${why}\n`);
    return 2;
  }
  const parsed = parseEdgeList(bytes);
  if (typeof parsed === "string") {
    io.stderr(`solve-graph: ${file}: ${parsed}\n`);
    return 2;
  }
  const started = performance.now();
  const result = maxWeightMatching(parsed);
  const solveSeconds = (performance.now() - started) / 1000;
  const { certified, reason } = verifyMatchingCertificate(parsed, result);
  const summary: Record<string, unknown> = {
    vertices: parsed.vertexCount,
    edges: parsed.edgeFrom.length,
    weight: result.weight,
    pairs: result.pairCount,
    solveSeconds: Math.round(solveSeconds * 1000) / 1000,
    certified,
  };
  if (!certified) summary.reason = reason;
  let line = JSON.stringify(summary);
  if (flags.includes("--mates")) line = `${line.slice(0, -1)},"mates":[${result.mates.join(",")}]}`;
  io.stdout(`${line}\n`);
  return certified ? 0 : 1;
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const ZERO = 48;

/**
 * Parses the edge list without splitting into strings (large inputs have millions of
 * lines). Returns the graph, or a message naming the first bad line.
 */
export function parseEdgeList(bytes: Uint8Array): WeightedGraph | string {
  const length = bytes.length;
  const numbers = [0, 0, 0, 0];
  let at = 0;
  let lineNumber = 0;
  let lineStart = 0;
  const lineText = (): string => {
    let end = lineStart;
    while (end < length && bytes[end] !== LF && bytes[end] !== CR) end++;
    const text = new TextDecoder().decode(bytes.subarray(lineStart, Math.min(end, lineStart + 80)));
    return end - lineStart > 80 ? `${text}…` : text;
  };
  /** Reads the integers of the next line into `numbers`; returns their count, -1 at a bad token, -2 at the end. */
  const readLine = (): number => {
    if (at >= length) return -2;
    lineNumber++;
    lineStart = at;
    let count = 0;
    for (;;) {
      while (at < length && (bytes[at] === SPACE || bytes[at] === TAB || bytes[at] === CR)) at++;
      if (at >= length || bytes[at] === LF) {
        at++;
        return count;
      }
      let value = 0;
      let digits = 0;
      while (at < length) {
        const d = bytes[at]! - ZERO;
        if (d < 0 || d > 9) break;
        value = value * 10 + d;
        digits++;
        at++;
      }
      const next = at < length ? bytes[at]! : LF;
      if (
        digits === 0 ||
        (next !== SPACE && next !== TAB && next !== CR && next !== LF) ||
        count === 4
      ) {
        while (at < length && bytes[at] !== LF) at++;
        at++;
        return -1;
      }
      numbers[count++] = value;
    }
  };
  let count = readLine();
  while (count === 0) count = readLine();
  if (count !== 2) {
    return count === -2
      ? "empty file: expected a first line 'n m'"
      : `line ${lineNumber}: expected 2 integers 'n m', got '${lineText()}'`;
  }
  const n = numbers[0]!;
  const m = numbers[1]!;
  if (n > 0x3fffffff || m > 0x3fffffff) return `line ${lineNumber}: n and m must be below 2^30`;
  const edgeFrom = new Int32Array(m);
  const edgeTo = new Int32Array(m);
  const edgeWeight = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    count = readLine();
    if (count === -2)
      return `line ${lineNumber + 1}: expected ${m} edge lines after 'n m', found ${e}`;
    if (count !== 3) return `line ${lineNumber}: expected 3 integers 'u v w', got '${lineText()}'`;
    const u = numbers[0]!;
    const v = numbers[1]!;
    const w = numbers[2]!;
    if (u >= n || v >= n)
      return `line ${lineNumber}: vertex ${u >= n ? u : v} is outside 0..${n - 1}`;
    if (w > 2 ** 49) return `line ${lineNumber}: weight ${w} is above 2^49`;
    edgeFrom[e] = u;
    edgeTo[e] = v;
    edgeWeight[e] = w;
  }
  for (count = readLine(); count !== -2; count = readLine()) {
    if (count !== 0)
      return `line ${lineNumber}: expected ${m} edge lines, found more: '${lineText()}'`;
  }
  return { vertexCount: n, edgeFrom, edgeTo, edgeWeight };
}
