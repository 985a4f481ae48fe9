import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressedAssets } from "./compressed-assets.ts";

const SCRIPT = `export const greeting = ${JSON.stringify("Apply to the round. ".repeat(2000))};`;
let port = 0;
let directory = "";
let close: () => void = () => {};

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "compressed-assets-"));
  await writeFile(join(directory, "entry-abc123.js"), SCRIPT);
  const app = express();
  app.use("/assets", compressedAssets(directory));
  app.use("/assets", express.static(directory, { immutable: true, maxAge: "1y" }));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
  close = () => server.close();
});
afterAll(async () => {
  close();
  await rm(directory, { recursive: true, force: true });
});

function get(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the browser's files", () => {
  it("go gzipped to a browser that accepts it, kept in the browser's cache for good", async () => {
    for (let visit = 0; visit < 2; visit++) {
      const { status, headers, body } = await get("/assets/entry-abc123.js", {
        "accept-encoding": "gzip, deflate, br",
      });
      expect(status).toBe(200);
      expect(headers["content-encoding"]).toBe("gzip");
      expect(headers["content-type"]).toMatch(/^text\/javascript/);
      expect(headers["cache-control"]).toMatch(/immutable/);
      expect(headers.vary).toMatch(/Accept-Encoding/);
      expect(body.length).toBeLessThan(SCRIPT.length / 20);
      expect(gunzipSync(body).toString()).toBe(SCRIPT);
    }
  });

  it("go as they are to a client that does not accept gzip", async () => {
    const { headers, body } = await get("/assets/entry-abc123.js", {
      "accept-encoding": "gzip;q=0",
    });
    expect(headers["content-encoding"]).toBeUndefined();
    expect(headers.vary).toMatch(/Accept-Encoding/);
    expect(body.toString()).toBe(SCRIPT);
  });

  it("leave a missing file or a path outside the folder to the usual 404", async () => {
    for (const path of ["/assets/missing-123.js", "/assets/..%2Fsecret.js", "/assets/a/b.js"]) {
      const { status } = await get(path, { "accept-encoding": "gzip" });
      expect(status).toBe(404);
    }
  });
});
