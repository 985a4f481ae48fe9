/**
 * What the bench seeds share: a seeded stream of numbers (the demo's mulberry32, so every run
 * seeds the same rows) and inserting many rows in batches a statement can carry.
 */
import { DemoRandom } from "../src/demo/demo-random.ts";

const BATCH = 1000;

/** A deterministic stream of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  const random = new DemoRandom(seed);
  return () => random.next();
}

export async function insertAll<T>(
  rows: T[],
  insert: (batch: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}
