import { SSO_PROVIDER_ID } from "../../../domain/sso/sso-provider.ts";
import type { Auth } from "../../../auth/create-auth.ts";
import { minutesToWait } from "../../shared/auth-response.server.ts";
import { nextPath } from "../accounts/next-path.ts";

/** Why a sign-in with the provider could not start; shown on the sign-in page. */
export type SsoStartError = "off" | "unavailable" | "too_many";

/** The sign-in page with a failed provider sign-in's message, keeping where to go next. */
export function ssoErrorPath(next: string, error: string): string {
  return `/sign-in?${new URLSearchParams({ sso: "failed", error, next }).toString()}`;
}

/**
 * Starts a sign-in with the association's provider: better-auth keeps the state, PKCE verifier
 * and nonce (its "state" cookie binds them to this browser) and gives the provider's address.
 * `next` obeys the sign-in page's rule (a same-origin path, else the person's own start); a
 * failure at the provider comes back to the sign-in page with better-auth's `error` code.
 */
export async function startSsoSignIn(
  auth: Auth,
  request: { headers: Headers },
  next: FormDataEntryValue | string | null,
): Promise<{ url: string; cookies: string[] } | { error: SsoStartError }> {
  const callbackURL = nextPath(next);
  try {
    const { headers, response } = await auth.api.signInSocial({
      body: {
        provider: SSO_PROVIDER_ID,
        callbackURL,
        // better-auth adds "&error=<code>" to this one.
        errorCallbackURL: `/sign-in?${new URLSearchParams({ next: callbackURL, sso: "failed" }).toString()}`,
        disableRedirect: true,
      },
      headers: request.headers,
      returnHeaders: true,
    });
    if (!response.url) return { error: "unavailable" };
    return { url: response.url, cookies: headers.getSetCookie() };
  } catch (error) {
    if (minutesToWait(error) !== null) return { error: "too_many" };
    const status =
      error && typeof error === "object" && "statusCode" in error ? error.statusCode : 0;
    // 404: no provider (single sign-on is off); 503: its discovery document did not answer.
    if (status === 404) return { error: "off" };
    if (status === 503) return { error: "unavailable" };
    throw error;
  }
}
