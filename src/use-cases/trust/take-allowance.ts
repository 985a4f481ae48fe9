/**
 * One request spends one unit of each rule's allowance for its subject. Every rule is
 * counted even when an earlier one already refuses, so a client that keeps knocking keeps
 * its own windows full instead of spending someone else's.
 */
import {
  rateLimitKey,
  secondsToWindowEnd,
  windowStart,
  type RateLimitRule,
} from "../../domain/trust/rate-limits.ts";
import type { Repositories } from "../ports.ts";

export type Allowance = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function takeAllowance(
  repositories: Pick<Repositories, "rateLimits">,
  now: Date,
  checks: readonly { rule: RateLimitRule; subject: string | null }[],
): Promise<Allowance> {
  let retryAfterSeconds = 0;
  for (const { rule, subject } of checks) {
    if (!subject) continue;
    const hits = await repositories.rateLimits.hit(
      rateLimitKey(rule, subject),
      windowStart(now, rule),
    );
    if (hits > rule.limit)
      retryAfterSeconds = Math.max(retryAfterSeconds, secondsToWindowEnd(now, rule));
  }
  return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true };
}
