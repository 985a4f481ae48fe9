import type { RequestHandler } from "express";
import { sendRefusal } from "./plain-page.ts";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * RFC 8058's one-click unsubscribe: mail providers POST "List-Unsubscribe=One-Click" from their
 * own servers, with no Origin or with theirs. The unguessable token in the address is what
 * authorises it, so another site cannot forge it without already holding the link.
 */
const ONE_CLICK_UNSUBSCRIBE = /^\/unsubscribe\/[^/]+$/;

/** Whether a state-changing request may have come from a page of another site. */
export function isCrossSiteWrite(
  appOrigin: string,
  request: { method: string; path: string; origin?: string; fetchSite?: string },
): boolean {
  if (!WRITES.has(request.method.toUpperCase())) return false;
  if (request.method.toUpperCase() === "POST" && ONE_CLICK_UNSUBSCRIBE.test(request.path))
    return false;
  // A browser names the page's origin ("null" from a sandboxed or opaque page: foreign too).
  if (request.origin !== undefined) return request.origin !== appOrigin;
  // No Origin (an old browser): Sec-Fetch-Site still tells a page of another site apart.
  if (request.fetchSite !== undefined)
    return request.fetchSite !== "same-origin" && request.fetchSite !== "none";
  // Neither: not a browser a page could steer (curl, a mail provider, a script): allowed.
  return false;
}

/**
 * Refuses with 403 and a page in the reader's language any POST/PUT/PATCH/DELETE sent by a
 * page of another site (sign-out, the language switch, every form and the auth API): the
 * cookies alone (SameSite=Lax) do not stop a same-site subdomain or a top-level form POST.
 */
export function rejectCrossSiteWrites(baseUrl: string): RequestHandler {
  const appOrigin = new URL(baseUrl).origin;
  return (req, res, next) => {
    const origin = req.headers.origin;
    const fetchSite = req.headers["sec-fetch-site"];
    if (
      isCrossSiteWrite(appOrigin, {
        method: req.method,
        path: req.path,
        origin,
        fetchSite: typeof fetchSite === "string" ? fetchSite : undefined,
      })
    ) {
      sendRefusal(res, 403, "crossSite");
      return;
    }
    next();
  };
}
