/**
 * Weekly hours both are available, after converting each person's local blocks to UTC.
 * Someone who gave no availability scores half points with everyone: unknown is neither
 * good nor bad, and must not push them to the end of the queue.
 */
import type { Contribution } from "../explanation.ts";
import * as slots from "./availability-slots.ts";
import type { RoundIndex } from "./round-index.ts";

// Bound once: the app's matching worker loads the engine as CommonJS, where every use of
// an imported name is a getter call (see weighted-blossom-solver.ts); these run per pair.
const { overlapHours } = slots;

export function availabilityValue(index: RoundIndex, a: number, b: number): number {
  if (!index.hasAvailability[a] || !index.hasAvailability[b]) return 0.5;
  return Math.min(
    1,
    overlapHours(index.slots, index.slotWords, a, b) / index.config.availabilityHoursForFullPoints,
  );
}

export function explainAvailability(
  index: RoundIndex,
  a: number,
  b: number,
  points: number,
): Contribution {
  const known = Boolean(index.hasAvailability[a] && index.hasAvailability[b]);
  return {
    contribution: "availability",
    points,
    detail: known
      ? { hoursPerWeek: overlapHours(index.slots, index.slotWords, a, b) }
      : { unknown: 1 },
  };
}
