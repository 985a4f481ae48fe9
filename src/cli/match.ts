/**
 * `shelfmates match APPLICATIONS.csv --mode peer|mentor|group [--config round.json]
 * [--seed N] [--date YYYY-MM-DD] [--time-budget SECONDS] --out pairs.csv`: matches a round
 * from a spreadsheet. The summary names what was proved: optimal over all allowed pairs,
 * or (when --time-budget stopped the pricing of a large round) only among the candidates.
 * Bad rows are reported with row and column and nothing is written (exit code 2).
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import { matchRound, type RoundConfigInput, type RoundResult } from "@shelfmates/matching";
import { parseApplicationsCsv } from "../domain/applications/application-csv/index.ts";
import type { CommandIo } from "./command-io.ts";
import { readRoundConfig } from "./match-config.ts";
import { formatPairsCsv, formatSummary } from "./match-output.ts";
import { toParticipants } from "./match-participants.ts";
import { createProgressBar } from "./progress-bar.ts";

const usage =
  "Usage: shelfmates match APPLICATIONS.csv --mode peer|mentor|group [--config round.json] [--seed N] [--date YYYY-MM-DD] [--time-budget SECONDS] --out pairs.csv\n";
const VALUE_OPTIONS = new Set(["--mode", "--config", "--out", "--seed", "--date", "--time-budget"]);
const PROGRESS_FROM_PEOPLE = 1000;

function parseArgs(args: string[]): { files: string[]; options: Map<string, string> } | string {
  const files: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith("--")) files.push(arg);
    else if (!VALUE_OPTIONS.has(arg.split("=")[0]!)) return `Unknown option ${arg}`;
    else if (arg.includes("=")) options.set(arg.split("=")[0]!, arg.slice(arg.indexOf("=") + 1));
    else if (i + 1 < args.length) options.set(arg, args[++i]!);
    else return `Option ${arg} needs a value`;
  }
  return { files, options };
}

export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === "string" || parsed.files.length !== 1 || !parsed.options.get("--out")) {
    io.stderr(`${typeof parsed === "string" ? `${parsed}\n` : ""}${usage}`);
    return 2;
  }
  const { files, options } = parsed;
  const file = files[0]!;
  const out = options.get("--out")!;
  const mode = options.get("--mode");
  if (mode !== undefined && !["peer", "mentor", "group"].includes(mode)) {
    io.stderr(`match: --mode must be peer, mentor or group, not "${mode}"\n`);
    return 2;
  }
  const seed = Number(options.get("--seed") ?? "1");
  const roundStart = options.has("--date")
    ? new Date(`${options.get("--date")}T12:00:00Z`)
    : new Date();
  if (!Number.isInteger(seed) || Number.isNaN(roundStart.getTime())) {
    io.stderr(`match: --seed must be a whole number and --date a date such as 2026-03-01\n`);
    return 2;
  }
  const budget = options.has("--time-budget") ? Number(options.get("--time-budget")) : undefined;
  if (budget !== undefined && !(budget >= 0)) {
    io.stderr(`match: --time-budget must be a number of seconds ≥ 0\n`);
    return 2;
  }

  const started = performance.now();
  let config: RoundConfigInput = {};
  const configFile = options.get("--config");
  if (configFile) {
    const read = await readRoundConfig(configFile);
    if (typeof read === "string") {
      io.stderr(`match: ${configFile}: ${read}\n`);
      return 2;
    }
    config = read;
  }
  if (mode) config = { ...config, mode: mode as RoundConfigInput["mode"] };

  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    io.stderr(
      `match: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`,
    );
    return 2;
  }
  const applications = parseApplicationsCsv(bytes);
  if (!applications.ok) {
    io.stderr(
      `match: ${file} has ${applications.errors.length} problem(s); nothing was written:\n`,
    );
    for (const error of applications.errors) io.stderr(`  ${error.message}\n`);
    return 2;
  }
  const profiles = applications.applications.map((a) => a.profile);
  const participants = toParticipants(applications.applications, roundStart);
  const progressBar = createProgressBar(io, participants.length >= PROGRESS_FROM_PEOPLE);
  let result: RoundResult;
  try {
    result = matchRound(participants, config, {
      seed,
      ...(budget === undefined ? {} : { pricingBudgetSeconds: budget }),
      onProgress: ({ stage, done, total }) => progressBar.update(stage, done, total),
    });
  } catch (error) {
    progressBar.finish();
    if (error instanceof RangeError) {
      io.stderr(`match: ${configFile ?? "config"}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  progressBar.finish();
  const csv = formatPairsCsv(result, new Map(profiles.map((p) => [p.email, p])));
  // Written beside the target and renamed, so a reader never sees half a file.
  await writeFile(`${out}.partial`, csv);
  await rename(`${out}.partial`, out);
  io.stdout(formatSummary(result, (performance.now() - started) / 1000));
  io.stdout(`wrote ${out}\n`);
  return 0;
}
