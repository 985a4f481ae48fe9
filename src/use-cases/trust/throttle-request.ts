/**
 * Asked before each request that tries a password or makes the instance send an email to
 * an address someone typed: by the auth configuration (sign-in, sign-in link, password
 * reset, sign-up, verification again; through the API or a page) and by the application
 * form (applying, the manage link again). Counts per address and per client; the count does
 * not depend on whether an account or an application exists, so it tells nobody that.
 */
import {
  APPLY_PER_CLIENT,
  EMAIL_PER_ADDRESS,
  EMAIL_PER_CLIENT,
  SIGN_IN_PER_ADDRESS,
  SIGN_IN_PER_CLIENT,
  type RateLimitRule,
} from "../../domain/trust/rate-limits.ts";
import type { UseCaseDeps } from "../ports.ts";
import { takeAllowance, type Allowance } from "./take-allowance.ts";

/** A password attempt, an account email, or an application (which emails its address). */
export type ThrottledRequestKind = "password-sign-in" | "email" | "application";

const RULES: Record<ThrottledRequestKind, { perAddress: RateLimitRule; perClient: RateLimitRule }> =
  {
    "password-sign-in": { perAddress: SIGN_IN_PER_ADDRESS, perClient: SIGN_IN_PER_CLIENT },
    email: { perAddress: EMAIL_PER_ADDRESS, perClient: EMAIL_PER_CLIENT },
    application: { perAddress: EMAIL_PER_ADDRESS, perClient: APPLY_PER_CLIENT },
  };

export interface ThrottledRequest {
  kind: ThrottledRequestKind;
  /** The address the request is about, if it names one. */
  email: string | null;
  /** The client's address as the server saw it (never a header the client chose). */
  client: string | null;
}

export async function throttleRequest(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  request: ThrottledRequest,
): Promise<Allowance> {
  const { perAddress, perClient } = RULES[request.kind];
  return deps.uow.transaction((repositories) =>
    takeAllowance(repositories, deps.clock.now(), [
      { rule: perAddress, subject: request.email },
      { rule: perClient, subject: request.client },
    ]),
  );
}
