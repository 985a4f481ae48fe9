/**
 * Issue 16, cross-site POSTs: a state-changing request sent by a page of another site (its
 * Origin, or Sec-Fetch-Site when a browser sends no Origin) is refused with a readable 403
 * and changes nothing; the app's own forms, clients that are not browsers, and a mail
 * provider's one-click unsubscribe keep working.
 */
import { expect, test } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";

const EVIL = { Origin: "https://evil.example" };

test("sign-out from another site's page is refused, and the person stays signed in", async ({
  page,
  baseURL,
}) => {
  await signIn(page, FACILITATOR, "/");
  for (const headers of [EVIL, { "Sec-Fetch-Site": "cross-site" }, { Origin: "null" }]) {
    const refused = await page.request.post("/sign-out", { headers, maxRedirects: 0 });
    expect(refused.status(), JSON.stringify(headers)).toBe(403);
    const text = await refused.text();
    expect(text).toContain("<h1>Sent from another site</h1>");
    expect(text).not.toMatch(/at \w+ \(|node:/);
  }
  await page.reload();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  // The app's own page signs out as before (its form sends the app's Origin, and is a form:
  // a POST to a page that is not one is refused, 415).
  const own = await page.request.post("/sign-out", {
    headers: { Origin: new URL(baseURL!).origin, "Sec-Fetch-Site": "same-origin" },
    form: {},
    maxRedirects: 0,
  });
  expect(own.status()).toBe(302);
});

test("the language switch from another site is refused in the reader's language", async ({
  request,
}) => {
  const refused = await request.post("/set-language", {
    form: { locale: "fr", returnTo: "/" },
    headers: { ...EVIL, Cookie: "lang=es" },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(403);
  expect(refused.headers()["set-cookie"]).toBeUndefined();
  expect(await refused.text()).toContain("Enviado desde otro sitio");
  // A client that is no browser (no Origin, no Sec-Fetch-Site) is not a forged page.
  const plain = await request.post("/set-language", {
    form: { locale: "fr", returnTo: "/" },
    maxRedirects: 0,
  });
  expect(plain.status()).toBe(302);
  expect(plain.headers()["set-cookie"]).toContain("lang=fr");
});

test("the auth API and other writes are checked too", async ({ request }) => {
  const signIn = await request.post("/api/auth/sign-in/email", {
    data: FACILITATOR,
    headers: EVIL,
  });
  expect(signIn.status()).toBe(403);
  expect((await request.delete("/account", { headers: EVIL })).status()).toBe(403);
});

test("a mail provider's one-click unsubscribe is not refused as cross-site", async ({
  request,
}) => {
  const oneClick = { form: { "List-Unsubscribe": "One-Click" } };
  // As providers send it, from their servers with no Origin: the unsubscribe page answers
  // (an unknown link here: 404), not the cross-site refusal.
  const plain = await request.post("/unsubscribe/not-a-real-token", oneClick);
  expect(plain.status()).toBe(404);
  // With a provider's own Origin it passes this check too (React Router's own origin check
  // behind it still answers 400 to an action whose Origin is not the app's).
  const withOrigin = await request.post("/unsubscribe/not-a-real-token", {
    ...oneClick,
    headers: { Origin: "https://mail.example.com", "Sec-Fetch-Site": "cross-site" },
  });
  expect(withOrigin.status()).not.toBe(403);
  expect(await withOrigin.text()).not.toContain("Sent from another site");
});

test("the app's own forms in a browser keep working (signed out: no saved language)", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByLabel("Language").selectOption("es");
  await page.getByRole("button", { name: "Change", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});
