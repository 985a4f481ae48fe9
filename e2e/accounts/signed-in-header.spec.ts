import { expect, test } from "@playwright/test";
import { FACILITATOR, signUpAndSignIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { firstLink, waitForEmail } from "../support/mailbox.ts";

test("a facilitator signing in from the home page lands on their work, and a 404 knows them", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email address").first().fill(FACILITATOR.email);
  await page.getByLabel("Password").fill(FACILITATOR.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/facilitate$/);

  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Facilitate" })).toBeVisible();
  await expectAccessible(page);
});

test("an account made by a sign-in link, with no name, is named by its address", async ({
  page,
}) => {
  const email = `noname-${Date.now()}@example.org`;
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email address" }).last().fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const magic = await waitForEmail(email);
  await page.goto(firstLink(magic, "/api/auth/magic-link/verify"));
  await page.goto("/account");
  await expect(page.getByText(`Signed in as ${email}`, { exact: true })).toBeVisible();
  await expect(page.getByText("()")).toHaveCount(0);
  await expectAccessible(page);
});

test("a member refused a facilitator's page gets a 404 that still knows them", async ({ page }) => {
  const person = {
    name: "Outsider Oona",
    // Long, as some institutional addresses are: the account page must still fit a phone.
    email: `outsider-with-a-long-institutional-address-${Date.now()}@members.example.org`,
    password: "a long enough password",
  };
  await signUpAndSignIn(page, person);
  // Refused by the facilitated-round layout's middleware, before any loader runs.
  for (const path of ["/facilitate/rounds/no-such-round", "/facilitate/programmes/no-such"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  }
  await expectAccessible(page);

  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/account");
  await expect(page.getByText(/Signed in as Outsider Oona/)).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
});
