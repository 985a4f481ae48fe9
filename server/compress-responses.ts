import type { IncomingMessage, ServerResponse } from "node:http";
import { constants, createGzip, type Gzip } from "node:zlib";
import type { RequestHandler } from "express";

/**
 * Pages, data and downloads made for each request go out gzipped to a client that accepts it
 * (issue 17: the application form is 94 KB of HTML, 16 KB gzipped: 1.9 s against 0.35 s at
 * 400 kbit/s, on a phone on a slow connection). Static files are left to compressed-assets.ts,
 * which compresses each once and keeps it: compressing each copy sent would cost the server
 * on every first visit. Level 1: nearly the size of the default level (6) for
 * half its CPU time (measured on the form: 17.3 KB in 0.9 ms, against 15.7 KB in 1.6 ms).
 * What the stream has so far is flushed once per turn of the event loop, so a page streamed
 * in parts still arrives in parts.
 */
const COMPRESSED_TYPES =
  /^(?:text\/(?:html|plain|csv|calendar|x-script)|application\/(?:json|xml|rss\+xml|atom\+xml))\b/i;
const LEVEL = 1;

export function compressResponses(): RequestHandler {
  return (req, res, next) => {
    let gzip: Gzip | undefined;
    let decided = false;
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;

    // Before the first byte or the headers leave, whichever comes first.
    const decide = (headersGiven: boolean) => {
      if (decided) return;
      decided = true;
      if (headersGiven || res.headersSent) return;
      if (!COMPRESSED_TYPES.test(String(res.getHeader("Content-Type") ?? ""))) return;
      res.vary("Accept-Encoding");
      if (!acceptsGzip(req) || req.method === "HEAD") return;
      if (res.statusCode === 204 || res.statusCode === 304) return;
      if (res.getHeader("Content-Encoding") !== undefined) return;
      if (/\bno-transform\b/i.test(String(res.getHeader("Cache-Control") ?? ""))) return;
      res.setHeader("Content-Encoding", "gzip");
      res.removeHeader("Content-Length");
      // The gzipped bytes differ from the ones a strong ETag names; a weak one still answers
      // If-None-Match (the feeds compare weakly), as it would for the plain bytes.
      const etag = res.getHeader("ETag");
      if (typeof etag === "string" && etag.startsWith('"')) res.setHeader("ETag", `W/${etag}`);
      gzip = createGzip({ level: LEVEL });
      gzip.on("data", (chunk: Buffer) => write(chunk));
      gzip.on("end", () => end());
    };

    let flushing = false;
    const flushSoon = () => {
      if (flushing) return;
      flushing = true;
      setImmediate(() => {
        flushing = false;
        if (gzip && !gzip.writableEnded) gzip.flush(constants.Z_SYNC_FLUSH);
      });
    };

    res.writeHead = ((...args: unknown[]) => {
      decide(args.some((a) => typeof a === "object" && a !== null));
      return writeHead(...args);
    }) as typeof res.writeHead;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      decide(false);
      if (!gzip) return write(chunk, ...rest);
      const [encoding, done] = splitArgs(rest);
      gzip.write(chunk, encoding ?? "utf8", done);
      flushSoon();
      return true;
    }) as typeof res.write;
    res.end = ((...args: unknown[]) => {
      const [chunk, encoding, done] =
        typeof args[0] === "function"
          ? [undefined, undefined, args[0]]
          : [args[0], ...splitArgs(args.slice(1))];
      decide(false);
      if (!gzip) return end(...args);
      if (done) res.once("finish", done as () => void);
      if (chunk !== undefined && chunk !== null) gzip.end(chunk as Buffer, encoding ?? "utf8");
      else gzip.end();
      return res;
    }) as typeof res.end;
    next();
  };
}

function splitArgs(rest: unknown[]): [BufferEncoding | undefined, (() => void) | undefined] {
  const [first, second] = rest;
  if (typeof first === "function") return [undefined, first as () => void];
  return [first as BufferEncoding | undefined, second as (() => void) | undefined];
}

/** gzip named in Accept-Encoding (or `*`) without `q=0`. */
export function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers["accept-encoding"];
  if (!header) return false;
  return header.split(",").some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (name !== "gzip" && name !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
