import { redirect } from "react-router";

/** Redirects while passing on the session cookies better-auth set. */
export function redirectWithAuthCookies(to: string, authResponse: Response): Response {
  const headers = new Headers();
  for (const cookie of authResponse.headers.getSetCookie()) headers.append("Set-Cookie", cookie);
  return redirect(to, { headers });
}

/** better-auth's error code from a failed response, e.g. "INVALID_EMAIL_OR_PASSWORD". */
export async function authErrorCode(response: Response): Promise<string> {
  try {
    const body = (await response.clone().json()) as { code?: string };
    return body.code ?? String(response.status);
  } catch {
    return String(response.status);
  }
}

/**
 * Minutes to wait when better-auth refused a request as too many (429), from its
 * Retry-After, whether it answered with a Response or threw; null for anything else.
 */
export function minutesToWait(answer: unknown): number | null {
  let status: unknown;
  let headers: unknown;
  if (answer instanceof Response) {
    status = answer.status;
    headers = answer.headers;
  } else if (answer && typeof answer === "object") {
    status = "statusCode" in answer ? answer.statusCode : undefined;
    headers = "headers" in answer ? answer.headers : undefined;
  }
  if (status !== 429) return null;
  const retryAfter = Number(new Headers(headers as HeadersInit | undefined).get("Retry-After"));
  return Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter / 60) : 1;
}

/** A call to better-auth whose refusal as too many comes back as the minutes to wait. */
export async function orTooMany<T>(call: Promise<T>): Promise<T | { waitMinutes: number }> {
  try {
    return await call;
  } catch (error) {
    const waitMinutes = minutesToWait(error);
    if (waitMinutes === null) throw error;
    return { waitMinutes };
  }
}
