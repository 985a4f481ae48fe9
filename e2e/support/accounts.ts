import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./axe.ts";

export const FACILITATOR = {
  email: "facilitator@shelfmates.localhost",
  password: "shelfmates-facilitator",
};
export const ADMIN = { email: "admin@shelfmates.localhost", password: "shelfmates-admin" };

export async function signIn(
  page: Page,
  account: { email: string; password: string },
  next = "/",
): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await expectAccessible(page);
  await page.getByLabel("Email address").first().fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}
