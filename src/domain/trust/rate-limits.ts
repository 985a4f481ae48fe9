/**
 * The limits that keep one client or one address from flooding the instance (issue 16):
 * how many sign-in attempts and how many emails asked for, per account address and per
 * client, in fixed windows. A person who reaches one is told calmly to wait; nothing says
 * whether the address has an account (the limits count requests, not accounts).
 */

export interface RateLimitRule {
  /** Part of the stored key: what is counted. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/** Password attempts for one account address: a guesser gets 10 tries a quarter-hour. */
export const SIGN_IN_PER_ADDRESS: RateLimitRule = {
  name: "sign-in:address",
  limit: 10,
  windowSeconds: 15 * 60,
};
/** Password attempts from one client, whatever the address (spraying many accounts). */
export const SIGN_IN_PER_CLIENT: RateLimitRule = {
  name: "sign-in:client",
  limit: 30,
  windowSeconds: 60,
};
/** Emails asked for to one address (sign-in links, resets, verifications, sign-ups). */
export const EMAIL_PER_ADDRESS: RateLimitRule = {
  name: "email:address",
  limit: 3,
  windowSeconds: 15 * 60,
};
/** Emails asked for by one client, to any addresses. */
export const EMAIL_PER_CLIENT: RateLimitRule = {
  name: "email:client",
  limit: 10,
  windowSeconds: 10 * 60,
};
/** Applications sent from one client (each sends an email to the address it gives). */
export const APPLY_PER_CLIENT: RateLimitRule = {
  name: "apply:client",
  limit: 10,
  windowSeconds: 10 * 60,
};

/** The start of the fixed window `now` falls in. */
export function windowStart(now: Date, rule: RateLimitRule): Date {
  const ms = rule.windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/** Seconds until the window `now` falls in ends (at least 1). */
export function secondsToWindowEnd(now: Date, rule: RateLimitRule): number {
  const end = windowStart(now, rule).getTime() + rule.windowSeconds * 1000;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

/**
 * The stored key of a rule and subject. Addresses are compared lower-cased and trimmed, so
 * "Ada@Example.org " and "ada@example.org" share one allowance.
 */
export function rateLimitKey(rule: RateLimitRule, subject: string): string {
  return `${rule.name}:${subject.trim().toLowerCase()}`;
}
