/**
 * A pair made by hand (a swap, "pair with this person") is locked on the round, like a
 * pair the facilitator locks, so a re-run keeps it; the locks of the groups it broke up
 * are lifted, so a re-run does not pull the old partners back together. Without this a
 * re-run silently dropped every swap (issue 17, item 1).
 */
import type { Repositories } from "../ports.ts";
import { pairsOf } from "../../domain/matching/pairs-of.ts";

export async function carryManualPairs(
  repositories: Repositories,
  input: {
    roundId: string;
    /** Pairs of application ids no longer together. */
    broken: readonly (readonly [string, string])[];
    /** The member ids of each group made by hand. */
    made: readonly (readonly string[])[];
    by: string | null;
    at: Date;
  },
): Promise<void> {
  const locks = new Set(
    (await repositories.matchingRuns.listConstraints(input.roundId))
      .filter((c) => c.kind === "lock")
      .map((c) => `${c.applicationA}|${c.applicationB}`),
  );
  for (const [a, b] of input.broken.map(([x, y]) => pairsOf([x, y])[0]!))
    if (locks.has(`${a}|${b}`))
      await repositories.matchingRuns.removeConstraint(input.roundId, a, b);
  for (const [a, b] of input.made.flatMap((ids) => pairsOf(ids)))
    await repositories.matchingRuns.setConstraint({
      roundId: input.roundId,
      kind: "lock",
      applicationA: a,
      applicationB: b,
      createdBy: input.by,
      createdAt: input.at,
    });
}
