import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { limitRequestBodies } from "./body-limit.ts";

const LIMIT = 1000;
let port = 0;
let close: () => void = () => {};

/** An app whose route reads the body whole, as React Router and better-auth do. */
beforeAll(async () => {
  const app = express();
  app.use(limitRequestBodies(() => ({ bytes: LIMIT, stated: "1 kB" })));
  app.all("/{*any}", async (req, res) => {
    let size = 0;
    for await (const chunk of req) size += (chunk as Buffer).length;
    res.send(`read ${size}`);
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
  close = () => server.close();
});
afterAll(() => close());

function send(
  body: string[],
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ port, method: "POST", path: "/form", headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
    });
    req.on("error", reject);
    for (const piece of body) req.write(piece);
    req.end();
  });
}

const form = { "Content-Type": "application/x-www-form-urlencoded" };

describe("limitRequestBodies", () => {
  it("lets a body within the limit through whole, declared or chunked", async () => {
    const declared = await send(["a=" + "x".repeat(998)], { ...form, "Content-Length": "1000" });
    expect(declared).toMatchObject({ status: 200, text: "read 1000" });
    const chunked = await send(["a=", "x".repeat(500), "x".repeat(498)], form);
    expect(chunked).toMatchObject({ status: 200, text: "read 1000" });
  });

  it("answers 413 with a page to a declared body over the limit, and the next request", async () => {
    const over = await send(["a=" + "x".repeat(999)], { ...form, "Content-Length": "1001" });
    expect(over.status).toBe(413);
    expect(over.headers["content-type"]).toMatch(/^text\/html/);
    expect(over.text).toContain("Too much sent at once");
    expect(over.text).toContain("1 kB");
    expect((await send(["a=1"], form)).text).toBe("read 3");
  });

  it("answers 413 to a chunked body once it passes the limit; the route never reads it", async () => {
    const over = await send(["a=", ...Array.from({ length: 20 }, () => "x".repeat(100))], form);
    expect(over.status).toBe(413);
    expect(over.text).not.toContain("read");
    expect((await send(["a=1"], form)).text).toBe("read 3");
  });

  it("speaks the reader's language", async () => {
    const over = await send(["x".repeat(2000)], { ...form, Cookie: "lang=fr" });
    expect(over.status).toBe(413);
    expect(over.text).toContain('lang="fr"');
    expect(over.text).toContain("Trop d’un coup");
  });
});
