import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers.ts";

async function headersFrom(baseUrl: string, route: express.RequestHandler) {
  const app = express();
  app.use(securityHeaders(baseUrl));
  app.get("/", route);
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return (await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual" })).headers;
  } finally {
    server.close();
  }
}

describe("securityHeaders", () => {
  it("adds nosniff, a referrer policy and no framing to any response, however it is ended", async () => {
    for (const route of [
      ((_req, res) => res.json({ ok: true })) as express.RequestHandler,
      ((_req, res) => res.end("plain")) as express.RequestHandler,
      ((_req, res) => res.redirect("/elsewhere")) as express.RequestHandler,
    ]) {
      const headers = await headersFrom("http://localhost:3000", route);
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(headers.get("x-frame-options")).toBe("DENY");
      expect(headers.get("content-security-policy")).toBe("frame-ancestors 'none'");
      expect(headers.get("strict-transport-security")).toBeNull();
    }
  });

  it("keeps a response's own stricter policy, once", async () => {
    const headers = await headersFrom("http://localhost:3000", (_req, res) => {
      res.set("Referrer-Policy", "same-origin").end();
    });
    expect(headers.get("referrer-policy")).toBe("same-origin");
  });

  it("adds no framing to a response's own Content-Security-Policy", async () => {
    const headers = await headersFrom("http://localhost:3000", (_req, res) => {
      res.set("Content-Security-Policy", "default-src 'none'").end();
    });
    expect(headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it("asks for HTTPS from then on only when the app is served over HTTPS", async () => {
    const headers = await headersFrom("https://mentoring.example.org", (_req, res) => res.end());
    expect(headers.get("strict-transport-security")).toBe("max-age=31536000");
  });
});
