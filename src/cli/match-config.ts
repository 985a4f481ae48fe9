/** round.json for `shelfmates match`: the engine's round settings (packages/matching/README.md). */
import { readFile } from "node:fs/promises";
import {
  DEFAULT_SCORING_CONFIG,
  DEFAULT_ROUND_SETTINGS,
  type RoundConfigInput,
} from "@shelfmates/matching";

const TOP_LEVEL = new Set([
  ...Object.keys(DEFAULT_ROUND_SETTINGS),
  ...Object.keys(DEFAULT_SCORING_CONFIG).filter((k) => k !== "mode"),
]);
const NESTED: Record<string, Set<string>> = {
  hard: new Set(Object.keys(DEFAULT_SCORING_CONFIG.hard)),
  weights: new Set(Object.keys(DEFAULT_SCORING_CONFIG.weights)),
};

/** The parsed settings, or a message saying what is wrong (unknown keys are refused: they are typos). */
export async function readRoundConfig(file: string): Promise<RoundConfigInput | string> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not valid JSON: ${(error as Error).message}`;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return "must be a JSON object";
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (!TOP_LEVEL.has(key)) return `unknown setting "${key}"; known: ${[...TOP_LEVEL].join(", ")}`;
    const allowed = NESTED[key];
    if (!allowed) continue;
    if (typeof inner !== "object" || inner === null) return `"${key}" must be an object`;
    for (const innerKey of Object.keys(inner)) {
      if (!allowed.has(innerKey))
        return `unknown setting "${key}.${innerKey}"; known: ${[...allowed].join(", ")}`;
    }
  }
  return value;
}
