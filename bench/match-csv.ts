/**
 * `npm run bench` (after the page latencies): a coordinator's spreadsheet of 392 applicants (the demo round, written
 * in the import CSV format) matched end to end by the `shelfmates match` command, each run a
 * new process, timed from spawn to exit: Node starting, loading the command, reading and
 * checking the CSV, scoring all pairs, the certified optimum, explanations, writing pairs.csv.
 * Target (issue 3): under 1 s. Printed beside the same run's reference, a bare `node -e ""`
 * start, so runs on different machines can be compared; `npx` in front adds npm's own start
 * (measured too, about half a second here).
 *
 *   node --import tsx bench/match-csv.ts        (BENCH_RUNS=5: median of five runs)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDemoApplicants } from "../src/demo/demo-applicants.ts";
import { DEMO_SEED } from "../src/demo/load-demo.ts";
import { writeApplicationsCsv } from "../src/domain/applications/application-csv/write-applications-csv.ts";
import { ROOT } from "./bench-server.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_SECONDS = 1;

const dir = mkdtempSync(join(tmpdir(), "shelfmates-bench-csv-"));
try {
  const csv = join(dir, "applications.csv");
  const profiles = generateDemoApplicants({ seed: DEMO_SEED, count: 392, mode: "peer" });
  writeFileSync(csv, writeApplicationsCsv(profiles.map((profile) => ({ profile }))));
  const out = join(dir, "pairs.csv");
  const matchArgs = ["match", csv, "--mode", "peer", "--out", out];

  const reference = medianSeconds(process.execPath, ["-e", ""]);
  const direct = medianSeconds(process.execPath, [join(ROOT, "bin/shelfmates.js"), ...matchArgs]);
  const viaNpx = medianSeconds("npx", ["--no-install", "shelfmates", ...matchArgs]);
  console.log("command | median s | target s | met | × bare node start");
  for (const [name, seconds] of [
    ["node bin/shelfmates.js match (392 applicants)", direct],
    ["npx shelfmates match (392 applicants)", viaNpx],
    ["node -e '' (reference)", reference],
  ] as const) {
    const met = name.includes("reference") ? "" : seconds < TARGET_SECONDS ? "yes" : "NO";
    console.log(
      `${name} | ${seconds.toFixed(2)} | ${name.includes("reference") ? "" : TARGET_SECONDS} | ${met} | ${(seconds / reference).toFixed(1)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function medianSeconds(command: string, args: string[]): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const done = spawnSync(command, args, { cwd: ROOT, encoding: "utf8" });
    times.push((performance.now() - started) / 1000);
    if (done.status !== 0) {
      throw new Error(`${command} ${args.join(" ")} failed (${done.status}): ${done.stderr}`);
    }
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}
