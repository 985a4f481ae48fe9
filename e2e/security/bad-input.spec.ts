/**
 * Issue 16, "63 answers of 500 to bad input": every route of src/web/routes.ts is asked with
 * fuzzed parameters (null bytes, CR/LF, broken percent-encoding, lone surrogates, long and
 * odd ids), fuzzed query strings, fuzzed forms, bodies that are not forms, and the methods
 * no page handles (PUT, PATCH, DELETE, TRACE), by an anonymous client, a fresh account, and
 * (reading only) an administrator with a real round. None may answer 5xx; an HTML answer has
 * a heading a person can read. The inputs come from fast-check with a fixed seed.
 */
import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
} from "@playwright/test";
import fc from "fast-check";
import routes from "../../src/web/routes.ts";
import { ADMIN } from "../support/accounts.ts";

type Entry = { path?: string; children?: Entry[] };
const PATHS: string[] = [];
const collect = (entries: readonly Entry[]) => {
  for (const entry of entries) {
    if (entry.path !== undefined) PATHS.push(entry.path);
    collect(entry.children ?? []);
  }
};
collect(routes);

/** Values a path parameter, a query parameter or a form field gets, already URL-safe or not. */
const NASTY = [
  "\0",
  "a\0b",
  "\r\nSet-Cookie: x=1",
  "\u2028",
  "\uD800",
  "../../etc/passwd",
  "x".repeat(3000),
  "-1",
  "9".repeat(40),
  "00000000-0000-0000-0000-000000000000",
  "<script>alert(1)</script>",
  "' or 1=1 --",
  "\u202Eevil",
  "",
  " ",
  "[]",
  "null",
];
/** Written into the URL as they are: broken or dangerous percent-encodings. */
const RAW = ["%", "%00", "%0d%0a", "%E0%A4%A", "%ED%A0%80", "%C0%AF", "%2e%2e%2f", "%ZZ"];

const text = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc
    .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...NASTY), fc.string({ maxLength: 8 }))
    .map(([a, b, c]) => a + b + c),
);
/** One path or query value, as written into a URL. */
const urlValue = fc.oneof(
  { weight: 3, arbitrary: text.map(encode) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW) },
);

function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80"; // a lone surrogate: what a client would send for it
  }
}

function fill(path: string, values: string[], realRoundId?: string): string {
  let i = 0;
  const filled = path
    .split("/")
    .map((part) => {
      if (part === ":roundId" && realRoundId) return realRoundId;
      if (part.startsWith(":") || part === "*") return values[i++ % values.length];
      return part;
    })
    .join("/");
  return `/${filled}`;
}

const samples = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number, seed: number): T[] =>
  fc.sample(arbitrary, { numRuns, seed });

interface Problem {
  who: string;
  method: string;
  url: string;
  status: number;
  note: string;
}

async function ask(
  client: APIRequestContext,
  who: string,
  method: string,
  url: string,
  problems: Problem[],
  options: { headers?: Record<string, string>; data?: string | Buffer } = {},
): Promise<void> {
  let status: number;
  let body = "";
  let contentType = "";
  try {
    const response = await client.fetch(url, {
      method,
      headers: { Origin: String(test.info().project.use.baseURL), ...options.headers },
      data: options.data,
      maxRedirects: 0,
      failOnStatusCode: false,
      timeout: 30_000,
    });
    status = response.status();
    contentType = response.headers()["content-type"] ?? "";
    if (contentType.includes("text/html") && method !== "HEAD") body = await response.text();
  } catch (error) {
    problems.push({ who, method, url, status: 0, note: String(error).slice(0, 200) });
    return;
  }
  counted.requests++;
  if (status >= 500) problems.push({ who, method, url, status, note: body.slice(0, 200) });
  else if (status >= 400 && contentType.includes("text/html") && !/<h1[\s>]/.test(body))
    problems.push({ who, method, url, status, note: "an error page without a heading" });
}

const counted = { requests: 0 };

async function signedInClient(
  baseURL: string,
  account: { email: string; password: string; name?: string },
): Promise<APIRequestContext> {
  const client = await playwrightRequest.newContext({ baseURL });
  const headers = { Origin: baseURL };
  if (account.name) {
    await client.post("/api/auth/sign-up/email", {
      headers,
      data: { name: account.name, email: account.email, password: account.password },
    });
  }
  const signedIn = await client.post("/api/auth/sign-in/email", {
    headers,
    data: { email: account.email, password: account.password },
  });
  expect(signedIn.status(), account.email).toBe(200);
  return client;
}

function report(label: string, problems: Problem[]) {
  console.info(`${label}: ${counted.requests} requests, ${problems.length} problems`);
  const byKind = new Map<string, number>();
  for (const p of problems) {
    const kind = `${p.status} ${p.method} ${p.url.split("?")[0]!.split("/").slice(0, 3).join("/")}`;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  for (const [kind, n] of byKind) console.info(`  ${n} x ${kind}`);
  for (const p of problems.slice(0, 15))
    console.info(
      `  ${p.status} ${p.who} ${p.method} ${p.url.slice(0, 120)} ${p.note.slice(0, 120)}`,
    );
}

test("fuzzed addresses and query strings never get a 5xx", async ({ request, baseURL }) => {
  test.setTimeout(15 * 60_000);
  counted.requests = 0;
  const problems: Problem[] = [];
  const fresh = await signedInClient(baseURL!, {
    name: "Fuzz Tester",
    email: `fuzz-${Date.now()}@example.org`,
    password: "fuzz-password-123",
  });
  const clients: [string, APIRequestContext][] = [
    ["anonymous", request],
    ["account", fresh],
  ];
  const values = samples(fc.array(urlValue, { minLength: 3, maxLength: 3 }), 4, 16);
  const queries = samples(
    fc.tuple(urlValue, urlValue, urlValue).map(([a, b, c]) => `?q=${a}&page=${b}&next=${c}`),
    4,
    1616,
  );
  for (const path of PATHS) {
    for (let s = 0; s < values.length; s++) {
      const url = fill(path, values[s]!) + (s % 2 ? queries[s]! : "");
      for (const [who, client] of clients) await ask(client, who, "GET", url, problems);
    }
  }
  report("GET", problems);
  expect(problems).toEqual([]);
});

test("an administrator's pages of a real round never get a 5xx from fuzzed ids or queries", async ({
  baseURL,
}) => {
  test.setTimeout(15 * 60_000);
  counted.requests = 0;
  const problems: Problem[] = [];
  const admin = await signedInClient(baseURL!, ADMIN);
  const home = await (await admin.get("/facilitate")).text();
  const programmeId = /\/facilitate\/programmes\/([\w-]+)/.exec(home)?.[1];
  const programme = await (await admin.get(`/facilitate/programmes/${programmeId}`)).text();
  const realRoundId = /\/facilitate\/rounds\/([\w-]+)/.exec(programme)?.[1];
  expect(realRoundId).toBeTruthy();
  const values = samples(fc.array(urlValue, { minLength: 3, maxLength: 3 }), 3, 1617);
  const queries = samples(
    fc.tuple(urlValue, urlValue, urlValue).map(([a, b, c]) => `?q=${a}&page=${b}&status=${c}`),
    3,
    1618,
  );
  for (const path of PATHS.filter((p) => p.includes(":roundId"))) {
    for (let s = 0; s < values.length; s++) {
      const url = fill(path, values[s]!, realRoundId) + queries[s]!;
      await ask(admin, "admin", "GET", url, problems);
    }
  }
  report("admin GET", problems);
  expect(problems).toEqual([]);
});

test("fuzzed forms, bodies that are not forms and other methods never get a 5xx", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(20 * 60_000);
  counted.requests = 0;
  const problems: Problem[] = [];
  const fresh = await signedInClient(baseURL!, {
    name: "Fuzz Poster",
    email: `fuzz-post-${Date.now()}@example.org`,
    password: "fuzz-password-123",
  });
  const FIELDS = ["intent", "email", "name", "id", "roundId", "message", "password", "status"];
  const forms = samples(
    fc.array(fc.tuple(fc.constantFrom(...FIELDS), text), { minLength: 1, maxLength: 5 }),
    3,
    1619,
  ).map((pairs) => pairs.map(([k, v]) => `${k}=${encode(v)}`).join("&"));
  const bodies: { headers: Record<string, string>; data: string | Buffer }[] = [
    ...forms.map((data) => ({
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      data,
    })),
    { headers: { "Content-Type": "application/json" }, data: '{"intent":"\\u0000","email":[1]}' },
    { headers: { "Content-Type": "text/plain" }, data: "intent=save\0" },
    { headers: { "Content-Type": "multipart/form-data" }, data: "--x\r\nbroken" },
    {
      headers: { "Content-Type": "multipart/form-data; boundary=x" },
      data: '--x\r\nContent-Disposition: form-data; name="intent"\r\n\r\n\0\r\n--x',
    },
    { headers: { "Content-Type": "application/x-www-form-urlencoded" }, data: "%=%&a=%ZZ&b" },
    { headers: { "Content-Type": "application/octet-stream" }, data: Buffer.from([0, 255, 254]) },
    { headers: {}, data: "" },
  ];
  const ids = samples(fc.array(urlValue, { minLength: 3, maxLength: 3 }), bodies.length, 1620);
  // A fresh account may not sign itself out or change its language midway.
  const postPaths = PATHS.filter((p) => !/^(sign-out|set-language)$/.test(p));
  for (const path of postPaths) {
    for (let b = 0; b < bodies.length; b++) {
      const url = fill(path, ids[b]!);
      const who = b % 2 ? "account" : "anonymous";
      await ask(b % 2 ? fresh : request, who, "POST", url, problems, bodies[b]);
    }
    for (const method of ["PUT", "PATCH", "DELETE", "TRACE"])
      await ask(request, "anonymous", method, fill(path, ids[0]!), problems, {
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        data: forms[0]!,
      });
  }
  report("POST and other methods", problems);
  expect(problems).toEqual([]);
});
