import { expect, test } from "@playwright/test";
import { signIn, submitSignUp } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { emailsTo, firstLink, waitForEmail } from "../support/mailbox.ts";

test("sign up, sign out, sign in with an emailed link, reset the password, sign in with it", async ({
  page,
}) => {
  const email = `amara-${Date.now()}@example.org`;
  await submitSignUp(page, { name: "Amara Okafor", email, password: "first-password-123" });
  await signIn(page, { email, password: "first-password-123" }, "/account");
  await expect(page.getByText(`Signed in as Amara Okafor (${email})`)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  // Magic link: the emailed link signs in.
  await page.goto("/sign-in?next=/account");
  await page.getByRole("textbox", { name: "Email address" }).last().fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(
    page.getByText(`If an account exists for ${email}, a sign-in link is on its way.`),
  ).toBeVisible();
  await expectAccessible(page);
  const magic = await waitForEmail(email, 2);
  expect(magic.subject).toBe("Your sign-in link for Shelfmates");
  await page.goto(firstLink(magic, "/api/auth/magic-link/verify"));
  await expect(page.getByText(`Signed in as Amara Okafor (${email})`)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  // Wrong password: a clear message, no hint whether the account exists.
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email address" }).first().fill(email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("The email address or password is not right.")).toBeVisible();

  // Reset the password through the emailed link, then sign in with the new one.
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expectAccessible(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByText(/we sent it a link to choose a new password/)).toBeVisible();
  const reset = await waitForEmail(email, 3);
  expect(reset.subject).toBe("Reset your Shelfmates password");
  await page.goto(firstLink(reset, "/api/auth/reset-password/"));
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("New password").fill("second-password-456");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText("Your password has changed.")).toBeVisible();
  await page.goto("/sign-in?next=/account");
  await page.getByRole("textbox", { name: "Email address" }).first().fill(email);
  await page.getByLabel("Password").fill("second-password-456");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText(`Signed in as Amara Okafor (${email})`)).toBeVisible();
});

test("signing up with a known address answers as for a new one, and tells its owner", async ({
  browser,
}) => {
  const email = `known-${Date.now()}@example.org`;
  const owner = await (await browser.newContext()).newPage();
  await submitSignUp(owner, { name: "Nadia Owner", email, password: "owner-password-123" });
  const stranger = await (await browser.newContext()).newPage();
  await submitSignUp(stranger, { name: "Someone Else", email, password: "other-password-123" });
  await expectAccessible(stranger);
  // Not signed in as anyone, and the owner's password still the one that works.
  await expect(stranger.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  const told = await waitForEmail(email, 2);
  const notice = emailsTo(email).find((e) => /tried to create an account/.test(e.subject));
  expect(notice, told.subject).toBeDefined();
  expect(notice?.text).toContain("/forgot-password");
  await signIn(stranger, { email, password: "owner-password-123" }, "/account");
  await expect(stranger.getByText(`Signed in as Nadia Owner (${email})`)).toBeVisible();
});
