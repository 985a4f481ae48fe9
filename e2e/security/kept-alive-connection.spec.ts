/**
 * A client that keeps its connection open between requests (browsers, proxies, Playwright's
 * API client) must not find it closed under it after a few seconds of quiet: CI saw a
 * "connection reset" when a test's client came back after 6 s, Node's default being 5 s.
 * One raw socket, two requests 7 s apart: the server keeps the socket and answers both.
 */
import { connect } from "node:net";
import { expect, test } from "@playwright/test";

test("a kept-alive connection quiet for 7 s is still open and answers", async ({ baseURL }) => {
  test.setTimeout(30_000);
  const url = new URL(baseURL!);
  const socket = connect(Number(url.port), url.hostname);
  let received = "";
  let closedAfter: number | null = null;
  const opened = Date.now();
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => (received += chunk));
  socket.on("close", () => (closedAfter = Date.now() - opened));
  const ask = () =>
    socket.write(
      `GET /favicon.svg HTTP/1.1\r\nHost: ${url.host}\r\nConnection: keep-alive\r\n\r\n`,
    );
  const answers = () => received.match(/^HTTP\/1\.1 \d{3}/gm)?.length ?? 0;

  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  ask();
  await expect.poll(answers).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 7_000));
  expect(closedAfter, "the server closed the quiet connection").toBeNull();
  ask();
  await expect.poll(answers).toBe(2);
  socket.destroy();
});
