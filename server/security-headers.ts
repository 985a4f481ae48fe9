import type { ServerResponse } from "node:http";
import type { RequestHandler } from "express";

/**
 * The headers every response carries (issue 16): pages, the auth API, JSON, CSV, calendars,
 * static files, redirects and the refusal pages alike — set here, in front of everything, so
 * no route can forget them. They are added as the response's headers are written, and only
 * where the response has not set its own (a bearer-link page's stricter Referrer-Policy).
 *
 * Pages carry a full Content-Security-Policy with a nonce per response, set where the page is
 * rendered (src/web/entry.server.tsx); every other response gets frame-ancestors 'none' here.
 */
export function securityHeaders(baseUrl: string): RequestHandler {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "frame-ancestors 'none'",
  };
  // Only when the app is served over HTTPS: over plain HTTP browsers ignore it anyway, and a
  // development machine on http://localhost must not be pinned to HTTPS.
  if (new URL(baseUrl).protocol === "https:") {
    headers["Strict-Transport-Security"] = "max-age=31536000";
  }
  return (_req, res, next) => {
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    // Node calls writeHead for every response, also when a body is simply ended.
    res.writeHead = ((...args: unknown[]) => {
      for (const [name, value] of Object.entries(headers)) {
        if (!res.hasHeader(name)) res.setHeader(name, value);
      }
      // A policy of the response's own (Express's plain 404 sends "default-src 'none'")
      // does not forbid framing by itself.
      const policy = String(res.getHeader("Content-Security-Policy"));
      if (!policy.includes("frame-ancestors")) {
        res.setHeader("Content-Security-Policy", `${policy}; frame-ancestors 'none'`);
      }
      return writeHead(...args);
    }) as typeof res.writeHead;
    next();
  };
}
