/** The door's part for this feature (see ../use-cases.ts): rate limits (issue 16). */
import type { Bind } from "../use-cases.ts";
import { pruneRateLimits } from "./prune-rate-limits.ts";
import { throttleRequest } from "./throttle-request.ts";

export const trustUseCases = (bind: Bind) => ({
  // the auth configuration, before each sign-in attempt and each email it would send
  throttleRequest: bind(throttleRequest),
  // the scheduled job
  pruneRateLimits: bind(pruneRateLimits),
});
