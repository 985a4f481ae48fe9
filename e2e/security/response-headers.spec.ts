/**
 * Issue 16, headers: nosniff, a Referrer-Policy, and no framing (frame-ancestors 'none' and
 * X-Frame-Options) on every kind of response the app gives — pages, the auth API, JSON, CSV,
 * calendars, static files, redirects, the refusal pages — not only on HTML pages.
 */
import { expect, test, type APIResponse } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";

function expectGuarded(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toMatch(
    /^(strict-origin-when-cross-origin|same-origin)$/,
  );
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  // The test server's BASE_URL is http://localhost: no HSTS there (server/security-headers.test.ts).
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

test("every kind of response carries the security headers", async ({ page, request }) => {
  const anonymous: [string, APIResponse][] = [
    ["a page", await request.get("/")],
    ["a 404 page", await request.get("/no-such-page")],
    ["the auth API (JSON)", await request.get("/api/auth/get-session")],
    [
      "an auth API error",
      await request.post("/api/auth/sign-in/email", {
        data: { email: "nobody@example.org", password: "wrong-password" },
      }),
    ],
    ["a static file", await request.get("/favicon.svg")],
    ["a redirect", await request.get("/favicon.ico", { maxRedirects: 0 })],
    ["a calendar file's answer", await request.get("/partnerships/none/meetings/none.ics")],
    [
      "the 413 page",
      await request.post("/sign-in", { form: { email: "x".repeat(2 * 1024 * 1024) } }),
    ],
  ];
  for (const [what, response] of anonymous) expectGuarded(response, what);
  expect(anonymous[7]![1].status()).toBe(413);

  const html = await (await request.get("/")).text();
  const asset = /\/assets\/[^"]+\.js/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  expectGuarded(await request.get(asset!), "a built asset");

  await signIn(page, FACILITATOR, "/facilitate");
  await page.getByRole("link", { name: "International Peer Mentoring" }).first().click();
  await page.waitForURL(/\/facilitate\/programmes\/[^/]+$/);
  await page.getByRole("link", { name: "Pilot round", exact: true }).first().click();
  await page.waitForURL(/\/facilitate\/rounds\/[^/]+$/);
  const round = new URL(page.url()).pathname;
  const csv = await page.request.get(`${round}/applicants.csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expectGuarded(csv, "a CSV export");
  const json = await page.request.get(`${round}/report.json`);
  expect(json.headers()["content-type"]).toContain("json");
  expectGuarded(json, "the report's JSON");
});

test("pages allow only their own scripts: each inline script carries the response's nonce, and nothing is refused", async ({
  page,
  request,
}) => {
  const response = await request.get("/");
  const policy = response.headers()["content-security-policy"] ?? "";
  const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  expect(policy).not.toContain("'unsafe-inline' 'nonce");
  const html = await response.text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]!);
  expect(inline.length).toBeGreaterThan(0);
  for (const attributes of inline) expect(attributes).toContain(`nonce="${nonce}"`);
  // A new nonce for every page.
  const again = (await request.get("/")).headers()["content-security-policy"];
  expect(again).not.toBe(policy);

  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  for (const path of ["/", "/networks", "/events", "/news", "/sign-in"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // The browser ran the site's scripts: the time-zone script set its cookie, and React took
  // over the page (a client-side navigation keeps the document).
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name === "tz")).toBe(true);
  await page.evaluate(() => ((window as unknown as { __kept: boolean }).__kept = true));
  await page.getByRole("link", { name: "Networks" }).first().click();
  await page.waitForURL(/\/networks$/);
  expect(await page.evaluate(() => (window as unknown as { __kept?: boolean }).__kept)).toBe(true);
  expect(refused).toEqual([]);
});
