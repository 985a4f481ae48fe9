import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { createGunzip } from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressResponses } from "./compress-responses.ts";

const PAGE = `<!DOCTYPE html><html><body>${"<p>Apply to the round</p>".repeat(2000)}</body></html>`;
let port = 0;
let close: () => void = () => {};
let firstPartRead: () => void = () => {};

beforeAll(async () => {
  const app = express();
  app.use(compressResponses());
  app.get("/page", (_req, res) => void res.type("html").send(PAGE));
  app.get("/feed", (_req, res) => {
    res.setHeader("ETag", '"rss-3-1700000000000"');
    res.type("application/rss+xml").end(PAGE);
  });
  app.get("/script.js", (_req, res) => void res.type("application/javascript").send(PAGE));
  app.get("/streamed", (_req, res) => {
    res.type("html");
    res.write("<p>first part</p>");
    // The rest is sent only once the client has read the first part.
    new Promise<void>((resolve) => (firstPartRead = resolve)).then(
      () => res.end("<p>second part</p>"),
      () => {},
    );
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
  close = () => server.close();
});
afterAll(() => close());

function get(
  path: string,
  headers: Record<string, string>,
  onText: (text: string) => void = () => {},
): Promise<{ headers: IncomingHttpHeaders; raw: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ port, path, headers }, (res) => {
      let raw = 0;
      let text = "";
      res.on("data", (chunk: Buffer) => (raw += chunk.length));
      const body = res.headers["content-encoding"] === "gzip" ? res.pipe(createGunzip()) : res;
      body.setEncoding("utf8");
      body.on("data", (piece: string) => onText((text += piece)));
      body.on("end", () => resolve({ headers: res.headers, raw, text }));
      body.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("compressed responses", () => {
  it("sends a page gzipped to a browser that accepts it, a fraction of its size", async () => {
    const { headers, raw, text } = await get("/page", { "accept-encoding": "gzip, deflate, br" });
    expect(headers["content-encoding"]).toBe("gzip");
    expect(headers.vary).toMatch(/Accept-Encoding/);
    expect(text).toBe(PAGE);
    expect(raw).toBeLessThan(PAGE.length / 10);
  });

  it("sends it as it is to a client that does not accept gzip, or refuses it", async () => {
    const refusals: Record<string, string>[] = [{}, { "accept-encoding": "gzip;q=0, identity" }];
    for (const accept of refusals) {
      const { headers, raw, text } = await get("/page", accept);
      expect(headers["content-encoding"]).toBeUndefined();
      expect(headers.vary).toMatch(/Accept-Encoding/);
      expect(text).toBe(PAGE);
      expect(raw).toBe(PAGE.length);
    }
  });

  it("weakens a strong ETag on the gzipped bytes, and keeps it on the plain ones", async () => {
    const gzipped = await get("/feed", { "accept-encoding": "gzip" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers.etag).toBe('W/"rss-3-1700000000000"');
    const plain = await get("/feed", {});
    expect(plain.headers.etag).toBe('"rss-3-1700000000000"');
  });

  it("leaves static scripts alone", async () => {
    const { headers, text } = await get("/script.js", { "accept-encoding": "gzip" });
    expect(headers["content-encoding"]).toBeUndefined();
    expect(text).toBe(PAGE);
  });

  it("delivers what a streamed page has so far before the rest is written", async () => {
    const { text } = await get("/streamed", { "accept-encoding": "gzip" }, (sofar) => {
      if (sofar.includes("first part")) firstPartRead();
    });
    expect(text).toBe("<p>first part</p><p>second part</p>");
  });
});
