/** A round's matching settings: the scoring (scoring-config.ts) plus how the round is solved. */
import {
  resolveScoringConfig,
  type ScoringConfig,
  type ScoringConfigInput,
} from "./scoring-config.ts";

export type RoundMode = "peer" | "mentor" | "group";

export interface RoundConfig {
  mode: RoundMode;
  scoring: ScoringConfig;
  /** First maximise the lowest pair score, then the total (still matching as many people as possible). */
  fairnessFirst: boolean;
  /** Peer mode: join people left over to the pair where they add most, as a triad. */
  allowTriads: boolean;
  /** Best candidates kept per person in large rounds. */
  candidatesPerPerson: number;
  /** Rounds up to this many people score every pair instead of top-k candidates. */
  allPairsUpTo: number;
  /** Group mode: target group size, 3–5. */
  groupSize: number;
}

export type RoundConfigInput = Omit<ScoringConfigInput, "mode"> & {
  mode?: RoundMode;
  fairnessFirst?: boolean;
  allowTriads?: boolean;
  candidatesPerPerson?: number;
  allPairsUpTo?: number;
  groupSize?: number;
};

export const DEFAULT_ROUND_SETTINGS = {
  mode: "peer" as RoundMode,
  fairnessFirst: false,
  allowTriads: false,
  candidatesPerPerson: 50,
  allPairsUpTo: 1000,
  groupSize: 4,
};

export function resolveRoundConfig(input: RoundConfigInput = {}): RoundConfig {
  const {
    mode,
    fairnessFirst,
    allowTriads,
    candidatesPerPerson,
    allPairsUpTo,
    groupSize,
    ...scoring
  } = {
    ...DEFAULT_ROUND_SETTINGS,
    ...input,
  };
  if (!["peer", "mentor", "group"].includes(mode))
    throw new RangeError(`mode must be peer, mentor or group, got ${String(mode)}`);
  if (!Number.isInteger(candidatesPerPerson) || candidatesPerPerson < 1) {
    throw new RangeError(
      `candidatesPerPerson must be a whole number ≥ 1, got ${String(candidatesPerPerson)}`,
    );
  }
  if (!Number.isInteger(allPairsUpTo) || allPairsUpTo < 0) {
    throw new RangeError(`allPairsUpTo must be a whole number ≥ 0, got ${String(allPairsUpTo)}`);
  }
  if (!Number.isInteger(groupSize) || groupSize < 3 || groupSize > 5) {
    throw new RangeError(`groupSize must be 3, 4 or 5, got ${String(groupSize)}`);
  }
  return {
    mode,
    scoring: resolveScoringConfig({ ...scoring, mode: mode === "mentor" ? "mentor" : "peer" }),
    fairnessFirst: Boolean(fairnessFirst),
    allowTriads: Boolean(allowTriads),
    candidatesPerPerson,
    allPairsUpTo,
    groupSize,
  };
}
