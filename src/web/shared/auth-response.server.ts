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
