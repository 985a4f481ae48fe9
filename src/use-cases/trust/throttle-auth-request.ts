/**
 * Asked by the auth configuration before each sign-in attempt and each request that sends
 * an email (sign-in link, password reset, sign-up, verification again), whether it came
 * through the API or a page. Counts per address and per client; the address's owner is
 * not told anything (the count does not depend on whether an account exists).
 */
import {
  EMAIL_PER_ADDRESS,
  EMAIL_PER_CLIENT,
  SIGN_IN_PER_ADDRESS,
  SIGN_IN_PER_CLIENT,
} from "../../domain/trust/rate-limits.ts";
import type { UseCaseDeps } from "../ports.ts";
import { takeAllowance, type Allowance } from "./take-allowance.ts";

export type AuthRequestKind = "password-sign-in" | "email";

export interface AuthRequest {
  kind: AuthRequestKind;
  /** The address the request is about, if it names one. */
  email: string | null;
  /** The client's address as the server saw it (never a header the client chose). */
  client: string | null;
}

export async function throttleAuthRequest(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  request: AuthRequest,
): Promise<Allowance> {
  const [perAddress, perClient] =
    request.kind === "password-sign-in"
      ? [SIGN_IN_PER_ADDRESS, SIGN_IN_PER_CLIENT]
      : [EMAIL_PER_ADDRESS, EMAIL_PER_CLIENT];
  return deps.uow.transaction((repositories) =>
    takeAllowance(repositories, deps.clock.now(), [
      { rule: perAddress, subject: request.email },
      { rule: perClient, subject: request.client },
    ]),
  );
}
