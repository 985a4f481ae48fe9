/**
 * Issue 16, open redirect: a return address taken from the request (`next` of sign-in,
 * `returnTo` of the language switch) never sends the browser to another site, whatever
 * trick it is written with.
 */
import { expect, test } from "@playwright/test";
import { FACILITATOR } from "../support/accounts.ts";

const TRICKS = [
  "/%09/evil.example",
  "/%0A/evil.example",
  "%09//evil.example",
  "//evil.example",
  "/%5Cevil.example",
  "/%2F%2Fevil.example",
  "https://evil.example/",
  "javascript:alert(1)",
];

test("signing in with next=/%09/evil.example lands on the app", async ({ page, baseURL }) => {
  await page.goto("/sign-in?next=/%09/evil.example");
  await page.getByLabel("Email address").first().fill(FACILITATOR.email);
  await page.getByLabel("Password").fill(FACILITATOR.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  // Already signed in, the sign-in page sends on at once: still to the app.
  await page.goto("/sign-in?next=/%09/evil.example");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("the sign-in and sign-up pages never carry a foreign next", async ({ request }) => {
  for (const trick of TRICKS) {
    for (const page of ["/sign-in", "/sign-up"]) {
      const html = await (await request.get(`${page}?next=${trick}`)).text();
      // The form's hidden next (sign-in), or the page's own link to sign in instead (sign-up;
      // the last one: the header's link before it returns to this very page).
      const next = [
        ...html.matchAll(/name="next" value="([^"]*)"|href="\/sign-in\?next=([^"]*)"/g),
      ].at(-1);
      expect(next, `${page}?next=${trick}`).toBeDefined();
      const value = decodeURIComponent(next![1] ?? next![2] ?? "");
      expect(value, `${page}?next=${trick}`).toMatch(/^\/(signed-in)?$/);
    }
  }
});

test("the language switch returns only to the app", async ({ request, baseURL }) => {
  for (const trick of TRICKS) {
    const returnTo = decodeURIComponent(trick);
    const response = await request.post("/set-language", {
      form: { locale: "en", returnTo },
      maxRedirects: 0,
    });
    expect(response.status(), returnTo).toBe(302);
    const location = response.headers()["location"] ?? "";
    // What a browser does with the header: it drops tabs and newlines, and reads \ as /.
    const asBrowser = location.replace(/[\t\n\r]/g, "").replace(/\\/g, "/");
    expect(new URL(asBrowser, baseURL).origin, returnTo).toBe(new URL(baseURL!).origin);
  }
});
