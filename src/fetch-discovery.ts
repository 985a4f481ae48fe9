import type { DiscoveryAnswer } from "./use-cases/sso/sso-ports.ts";

const TIMEOUT_MS = 5_000;
const MAX_BYTES = 256 * 1024;

/**
 * GETs an OpenID discovery document for an administrator's check: five seconds at most, no
 * more than 256 KB read, redirects not followed (a discovery document is served where the
 * issuer says). The body is parsed as JSON when it is JSON; nothing of it is shown verbatim.
 */
export async function fetchDiscovery(url: string): Promise<DiscoveryAnswer> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: "application/json" },
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return { answered: false, reason: timedOut ? "timeout" : "unreachable" };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.length;
      if (size > MAX_BYTES) {
        await response.body?.cancel();
        return { answered: false, reason: "too_large" };
      }
      chunks.push(chunk);
    }
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return { answered: false, reason: timedOut ? "timeout" : "unreachable" };
  }
  let body: unknown = null;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    body = null;
  }
  return { answered: true, status: response.status, body };
}
