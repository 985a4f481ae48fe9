/**
 * Before better-auth signs anyone in by password or sends an account email, the request
 * spends its allowance (throttleRequest): per address and per client, counted in the
 * database so several instances share one limit. It runs for the API and for the pages,
 * which call the same endpoints server-side. Over the limit: 429 with Retry-After, and the
 * pages say calmly to wait.
 */
import { APIError, createAuthMiddleware } from "better-auth/api";
import type { ThrottledRequestKind } from "../use-cases/trust/throttle-request.ts";
import type { UseCases } from "../use-cases/use-cases.ts";
import { CLIENT_ADDRESS_HEADER } from "./client-address.ts";

const KIND_OF_PATH: Record<string, ThrottledRequestKind> = {
  "/sign-in/email": "password-sign-in",
  "/sign-in/magic-link": "email",
  "/request-password-reset": "email",
  "/sign-up/email": "email",
  "/send-verification-email": "email",
};

export function throttleHook(useCases: Pick<UseCases, "throttleRequest">) {
  return createAuthMiddleware(async (ctx) => {
    const kind = KIND_OF_PATH[ctx.path];
    if (!kind) return;
    const body: unknown = ctx.body;
    const email =
      body && typeof body === "object" && "email" in body && typeof body.email === "string"
        ? body.email
        : null;
    const client =
      ctx.request?.headers.get(CLIENT_ADDRESS_HEADER) ??
      ctx.headers?.get(CLIENT_ADDRESS_HEADER) ??
      null;
    const allowance = await useCases.throttleRequest({ kind, email, client });
    if (!allowance.allowed)
      throw new APIError(
        "TOO_MANY_REQUESTS",
        { message: "Too many requests: please wait and try again.", code: "TOO_MANY_REQUESTS" },
        { "Retry-After": String(allowance.retryAfterSeconds) },
      );
  });
}
