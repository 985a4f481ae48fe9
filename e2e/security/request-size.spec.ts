/**
 * Issue 16, requests have no size limit: a body over its route's limit is answered 413 with
 * a page in the reader's language before the app reads it, and the server keeps answering.
 * Plain HTTP against the real server (node:http, so a body can be chunked or cut short).
 */
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

type Answer = { status: number; text: string };

function post(
  baseURL: string,
  path: string,
  body: Buffer[],
  headers: Record<string, string>,
): Promise<Answer> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    // A server that answers before the whole body is sent may close under the writer.
    req.on("error", (error) => (req.writableEnded ? reject(error) : undefined));
    for (const piece of body) req.write(piece);
    req.end();
  });
}

const FORM = { "Content-Type": "application/x-www-form-urlencoded" };
const field = (bytes: number) => Buffer.from(`email=${"a".repeat(bytes - 6)}`);

test("a form over 1 MB gets a readable 413, declared or chunked, and the server answers on", async ({
  baseURL,
  request,
}) => {
  const declared = await post(baseURL!, "/sign-in", [field(2 * 1024 * 1024)], FORM);
  expect(declared.status).toBe(413);
  expect(declared.text).toContain("<h1>Too much sent at once</h1>");
  expect(declared.text).toContain("at most 1 MB");
  expect(declared.text).not.toMatch(/at \w+ \(|node:|Error/);
  expect((await request.get("/")).status()).toBe(200);

  const pieces = Array.from({ length: 40 }, () => Buffer.alloc(64 * 1024, "a"));
  const chunked = await post(baseURL!, "/sign-in", [Buffer.from("email="), ...pieces], {
    ...FORM,
    "Transfer-Encoding": "chunked",
  });
  expect(chunked.status).toBe(413);
  expect((await request.get("/")).status()).toBe(200);
});

test("the auth API is limited too, and a form within the limit is read", async ({
  baseURL,
  request,
}) => {
  const json = { "Content-Type": "application/json" };
  const big = Buffer.from(JSON.stringify({ email: "a@b.org", name: "x".repeat(2 * 1024 * 1024) }));
  expect((await post(baseURL!, "/api/auth/sign-up/email", [big], json)).status).toBe(413);
  const within = await post(baseURL!, "/sign-in", [field(900 * 1024)], FORM);
  expect(within.status).toBe(200);
  expect((await request.get("/")).status()).toBe(200);
});

test("a 300 MB form is refused without being read, in the reader's language", async ({
  baseURL,
  request,
}) => {
  // Declared, but only its first megabyte ever sent: the answer comes before the rest.
  const answer = await post(baseURL!, "/sign-in", [Buffer.alloc(1024 * 1024, "a")], {
    ...FORM,
    "Content-Length": String(300 * 1024 * 1024),
    Cookie: "lang=es",
  });
  expect(answer.status).toBe(413);
  expect(answer.text).toContain('lang="es"');
  expect(answer.text).toContain("Demasiado de una vez");
  expect((await request.get("/")).status()).toBe(200);
});

test("the round import accepts its stated 20 MB, not more", async ({ baseURL }) => {
  const multipart = { "Content-Type": "multipart/form-data; boundary=x" };
  const over = await post(
    baseURL!,
    "/facilitate/rounds/any/import",
    [Buffer.alloc(21 * 1024 * 1024, "a")],
    multipart,
  );
  expect(over.status).toBe(413);
  expect(over.text).toContain("at most 20 MB");
  // Within the limit the route itself answers (here: not signed in).
  const within = await post(
    baseURL!,
    "/facilitate/rounds/any/import",
    [Buffer.alloc(2 * 1024 * 1024, "a")],
    multipart,
  );
  expect(within.status).not.toBe(413);
});
