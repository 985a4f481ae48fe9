import { matchRound } from "@shelfmates/matching";
import type { MatchingEngine } from "./matching-ports.ts";

/** Runs the engine on the calling thread (tests, command line, measurements). */
export const inProcessMatchingEngine: MatchingEngine = {
  run(participants, config, options, onProgress) {
    return Promise.resolve().then(() =>
      matchRound(participants, config, { ...options, onProgress }),
    );
  },
};
