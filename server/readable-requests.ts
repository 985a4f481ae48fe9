import type { RequestHandler } from "express";
import { sendRefusal } from "./plain-page.ts";

/** The methods a page or the auth API answers; HEAD and OPTIONS are answered by Express. */
const METHODS = new Set(["GET", "HEAD", "POST", "OPTIONS"]);

/**
 * Whether an address can be read as the app reads it: its percent-encoding decodes to UTF-8,
 * no part holds a null byte (PostgreSQL refuses 0x00 in text), and the path holds no other
 * control character (no id or slug has one). A query may carry CR or LF: the pages that read
 * one check it (the return path of sign-in, safe-return-path.ts).
 */
export function isReadableAddress(url: string): boolean {
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? "" : url.slice(queryAt + 1);
  let decodedPath: string;
  let decodedQuery: string;
  try {
    decodedPath = decodeURIComponent(path);
    decodedQuery = decodeURIComponent(query.replace(/\+/g, " "));
  } catch {
    return false;
  }
  return !/[\u0000-\u001f\u007f]/.test(decodedPath) && !decodedQuery.includes("\u0000");
}

/**
 * Whether a POST to a page carries a form, the only body pages read: URL-encoded, or
 * multipart with its boundary (the auth API reads JSON and is not asked).
 */
export function carriesForm(contentType: string | undefined): boolean {
  const type = (contentType ?? "").toLowerCase();
  if (type.startsWith("application/x-www-form-urlencoded")) return true;
  return type.startsWith("multipart/form-data") && /;\s*boundary=\S/.test(type);
}

/**
 * In front of the app (issue 16, "63 answers of 500 to bad input"): a method no page handles
 * (PUT, PATCH, DELETE, TRACE…) gets 405 with Allow, an address that cannot be decoded or
 * holds control characters gets 400, and a POST to a page whose body is not a form 415, each with a page in the reader's language that says what
 * to do, rather than an error deep in a route or the database.
 */
export function refuseUnreadableRequests(): RequestHandler {
  return (req, res, next) => {
    if (!METHODS.has(req.method)) {
      sendRefusal(res, 405, "methodNotAllowed", {}, { Allow: "GET, HEAD, POST" });
      return;
    }
    if (!isReadableAddress(req.originalUrl)) {
      sendRefusal(res, 400, "unreadableAddress");
      return;
    }
    if (
      req.method === "POST" &&
      !req.path.startsWith("/api/") &&
      !carriesForm(req.headers["content-type"])
    ) {
      sendRefusal(res, 415, "notAForm");
      return;
    }
    next();
  };
}
