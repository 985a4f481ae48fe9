import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";
import { sendRefusal } from "./plain-page.ts";

const MB = 1024 * 1024;

/** Forms and the auth API: a long application is a few tens of kilobytes. */
export const FORM_MAX_BYTES = 1 * MB;
/** The round import's upload, as its page states it ("at most 20 MB"; import.tsx). */
export const UPLOAD_STATED_MB = 20;
/** The upload's body may carry the multipart framing and the other fields besides the file. */
export const UPLOAD_MAX_BYTES = UPLOAD_STATED_MB * MB + 64 * 1024;
/**
 * A body over its limit is still read (and dropped) up to this much before the 413: a server
 * that answers mid-upload and closes makes browsers show "connection reset" instead of the
 * page. Past it, the connection is closed after the answer.
 */
export const DRAIN_MAX_BYTES = 64 * MB;

const UPLOAD_PATH = /^\/facilitate\/rounds\/[^/]+\/import\/?$/;

/** The largest body a request to `path` may carry, and the size the refusal page states. */
export function bodyLimitFor(path: string): { bytes: number; stated: string } {
  if (UPLOAD_PATH.test(path)) return { bytes: UPLOAD_MAX_BYTES, stated: `${UPLOAD_STATED_MB} MB` };
  return { bytes: FORM_MAX_BYTES, stated: `${FORM_MAX_BYTES / MB} MB` };
}

type Push = IncomingMessage["push"];

/**
 * Refuses a request body over its route's limit with 413 and a page in the reader's language,
 * before any route (React Router, better-auth) reads it: nothing downstream ever holds more
 * than the limit. A declared Content-Length is judged at once (Node's parser never delivers
 * more than it declares). A chunked body has none, so its chunks are held back as the parser
 * delivers them — counted, and only handed on, whole, once the body ended within the limit.
 */
export function limitRequestBodies(
  limitFor: (path: string) => { bytes: number; stated: string } = bodyLimitFor,
): RequestHandler {
  return (req, res, next) => {
    const limit = limitFor(req.path);
    const refuse = (drained: boolean) =>
      sendRefusal(
        res,
        413,
        "tooLarge",
        { max: limit.stated },
        drained ? {} : { Connection: "close" },
      );
    const chunked = req.headers["transfer-encoding"] !== undefined;
    if (!chunked) {
      const declared = Number(req.headers["content-length"] ?? 0);
      if (!(declared > limit.bytes)) return next();
      if (declared > DRAIN_MAX_BYTES) {
        refuse(false);
        res.on("finish", () => req.socket.destroy());
        return;
      }
      req.on("end", () => refuse(true));
      req.resume();
      return;
    }
    // Node's HTTP parser hands each piece of the body to req.push(); hold them back here.
    const push: Push = req.push.bind(req);
    const held: unknown[] = [];
    let size = 0;
    req.push = ((chunk: unknown, encoding?: BufferEncoding) => {
      if (chunk === null) {
        req.push = push;
        if (size > limit.bytes) {
          refuse(true);
          return push(null);
        }
        for (const piece of held) push(piece, encoding);
        const ended = push(null);
        next();
        return ended;
      }
      size += (chunk as { length: number }).length;
      if (size > limit.bytes) {
        held.length = 0;
        if (size > DRAIN_MAX_BYTES) {
          req.push = push;
          refuse(false);
          res.on("finish", () => req.socket.destroy());
        }
        return true;
      }
      held.push(chunk);
      return true;
    }) as Push;
  };
}
