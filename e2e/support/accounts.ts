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

/**
 * Creates an account on the sign-up page, then signs in with its password. Sign-up signs
 * nobody in: it answers a known address as a new one, and the address is proved by the
 * emailed link (which signs in too); a password signs in before that.
 */
export async function signUpAndSignIn(
  page: Page,
  person: { name: string; email: string; password: string },
  next = "/account",
): Promise<void> {
  await submitSignUp(page, person);
  await signIn(page, person, next);
}

/** Fills and sends the sign-up form; the page says an email is on its way. */
export async function submitSignUp(
  page: Page,
  person: { name: string; email: string; password: string },
): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email address").fill(person.email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(person.password);
  await page.getByLabel("Password again").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText(`We have sent an email to ${person.email}.`);
}
