/**
 * Mentor mode in the benchmark (issue 11): our bipartite b-matching (maxCardinality, as
 * mentor rounds run it) against SciPy and LEMON on the same instances, each solver in its
 * own process on the same file.
 *
 * - SciPy (python3 with scipy, bench/scipy-mentor.py): each mentor repeated per unit of
 *   capacity and one dummy column per mentee, so a full assignment of the rows is the same
 *   problem; `linear_sum_assignment` (LAPJV) on the dense matrix when it has at most 25 M
 *   cells, else `min_weight_full_bipartite_matching` (LAPJVsp) on the sparse one.
 * - LEMON (bench/lemon-mentor-driver.cpp): MaxWeightedMatching with mentors cloned per unit
 *   of capacity, and NetworkSimplex on the uncloned flow network.
 *
 * The number of mentees assigned and the total weight must agree everywhere (a mismatch is
 * printed loudly and counted); the ratio is ours against the fastest reference.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { BipartiteBMatchingInput } from "../src/bipartite-b-matching.ts";
import {
  generateMentorRound,
  generateUniformMentors,
  writeMentorFile,
} from "./generate-mentor-round.ts";

export const mentorInstances: { name: string; n: number; make: () => BipartiteBMatchingInput }[] = [
  { name: "mentor-2000-all", n: 2000, make: () => generateMentorRound(11, 2000, 0.21, 0) },
  { name: "mentor-2000-k50", n: 2000, make: () => generateMentorRound(11, 2000, 0.21, 50) },
  { name: "mentor-10000-k50", n: 10_000, make: () => generateMentorRound(12, 10_000, 0.21, 50) },
  {
    name: "mentor-uniform-10000-d20",
    n: 10_000,
    make: () => generateUniformMentors(13, 8000, 2000, 20, 1000),
  },
];

interface MentorRun {
  method?: string;
  assigned: number;
  weight: number;
  solveSeconds: number;
  steadySeconds?: number;
  certified?: boolean;
  peakRssMb: number;
}

function runLines(command: string, args: string[], cwd: string): MentorRun[] | string {
  const child = spawnSync(command, args, { encoding: "utf8", timeout: 1_800_000, cwd });
  if (child.status !== 0) return `failed: ${(child.stderr || String(child.error)).slice(0, 200)}`;
  return child.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as MentorRun);
}

function compileLemonMentor(benchDir: string, outDir: string): string | undefined {
  if (!existsSync("/usr/include/lemon/network_simplex.h")) return undefined;
  const binary = join(outDir, "lemon-mentor-driver");
  const built = spawnSync("g++", ["-O2", "-o", binary, join(benchDir, "lemon-mentor-driver.cpp")], {
    encoding: "utf8",
  });
  return built.status === 0 ? binary : undefined;
}

/** Runs the selected mentor instances; returns how many failed or disagreed. */
export function runMentorBench(names: string[], benchDir: string, outDir: string): number {
  if (names.length === 0) return 0;
  const lemon = compileLemonMentor(benchDir, outDir);
  const hasScipy = spawnSync("python3", ["-c", "import scipy"]).status === 0;
  if (!lemon) console.log("LEMON headers or g++ not found: mentor LEMON columns skipped");
  if (!hasScipy) console.log("python3 with scipy not found: mentor SciPy column skipped");
  console.log(
    "mentor instance | mentees | mentors | capacity | edges | ours first s | ours steady s | SciPy s (steady) | LEMON matching s (steady) | LEMON flow s (steady) | steady ours/fastest | assigned | weight | agree",
  );
  let failures = 0;
  for (const instance of mentorInstances.filter((i) => names.includes(i.name))) {
    const input = instance.make();
    const file = join(outDir, `${instance.name}.mentor.txt`);
    writeMentorFile(input, file);
    const capacity = input.rightCapacity.reduce((s, c) => s + c, 0);
    const cwd = join(benchDir, "..");
    const ours = runLines(
      process.execPath,
      ["--max-old-space-size=4096", "--import", "tsx", join(benchDir, "mentor-solve-one.ts"), file],
      cwd,
    );
    const denseCells = input.leftCount * (capacity + input.leftCount);
    const scipy = hasScipy
      ? runLines(
          "python3",
          [join(benchDir, "scipy-mentor.py"), file, ...(denseCells > 25e6 ? ["--sparse"] : [])],
          cwd,
        )
      : undefined;
    const lemonRuns = lemon
      ? (["matching", "flow"] as const).map((method) => runLines(lemon, [file, method], cwd))
      : [];
    if (typeof ours === "string") {
      console.log(`${instance.name}: our solver ${ours}`);
      failures++;
      continue;
    }
    const our = ours[0]!;
    const references = [scipy, ...lemonRuns].map((r) => (typeof r === "object" ? r[0] : r));
    const solved = references.filter((r): r is MentorRun => typeof r === "object");
    const agree =
      our.certified === true &&
      solved.every((r) => r.assigned === our.assigned && r.weight === our.weight);
    if (!agree) {
      failures++;
      console.log(
        `!!!!! MISMATCH on ${instance.name}: ours ${our.assigned} assigned, weight ${our.weight} (certified ${our.certified}); ${references
          .map((r) => (typeof r === "object" ? `${r.method} ${r.assigned}/${r.weight}` : r))
          .join("; ")} !!!!!`,
      );
    }
    const steadyOf = (r: MentorRun) => r.steadySeconds ?? r.solveSeconds;
    const fastest = Math.min(...solved.map(steadyOf));
    const show = (r: MentorRun | string | undefined) =>
      r === undefined
        ? "—"
        : typeof r === "string"
          ? r
          : `${r.solveSeconds.toFixed(3)} (${steadyOf(r).toFixed(3)})${r.method === "sparse" ? " sparse" : ""}`;
    console.log(
      [
        instance.name,
        input.leftCount,
        input.rightCount,
        capacity,
        input.edgeLeft.length,
        our.solveSeconds.toFixed(3),
        steadyOf(our).toFixed(3),
        ...references.map(show),
        solved.length ? (steadyOf(our) / Math.max(fastest, 1e-4)).toFixed(2) : "—",
        our.assigned,
        our.weight,
        agree ? "yes" : "NO",
      ].join(" | "),
    );
  }
  return failures;
}
