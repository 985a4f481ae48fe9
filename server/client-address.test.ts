import express from "express";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "../src/auth/client-address.ts";
import { clientAddress } from "./client-address.ts";

let close: (() => void) | undefined;
afterEach(() => close?.());

/** A server with the middleware that answers with the address it passed on. */
async function serve(trustProxy: number): Promise<string> {
  const app = express();
  app.set("trust proxy", trustProxy);
  app.use(clientAddress());
  app.get("/", (req, res) => {
    res.send(String(req.headers[CLIENT_ADDRESS_HEADER]));
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  close = () => server.close();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe("the client's address", () => {
  it("is the connection's peer when no proxy is trusted, whatever the client claims", async () => {
    const url = await serve(0);
    const seen = await fetch(url, {
      headers: { "X-Forwarded-For": "203.0.113.9", [CLIENT_ADDRESS_HEADER]: "198.51.100.1" },
    }).then((r) => r.text());
    expect(seen).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it("is what the trusted proxy reports, never an address the client put before it", async () => {
    const url = await serve(1);
    // The client sent "203.0.113.9"; the one proxy appended the address it saw.
    const seen = await fetch(url, {
      headers: { "X-Forwarded-For": "203.0.113.9, 198.51.100.23" },
    }).then((r) => r.text());
    expect(seen).toBe("198.51.100.23");
  });
});
