import { expect, test } from "@playwright/test";
import { expectAccessible } from "../support/axe.ts";
import { waitForEmail } from "../support/mailbox.ts";

test("a name written right to left stays one piece in a sentence, on the page and in the email", async ({
  page,
}) => {
  const name = "مريم الحسن";
  const email = `maryam-${Date.now()}@example.org`;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("first-password-123");
  await page.getByLabel("Password again").fill("first-password-123");
  await page.getByRole("button", { name: "Create account" }).click();
  const sentence = page.getByText(`Signed in as ${name} (${email})`);
  await expect(sentence).toBeVisible();
  // Isolated, the name cannot carry " (" and the address into its own direction.
  await expect(sentence.locator("bdi")).toHaveText(name);
  await expectAccessible(page);

  const verification = await waitForEmail(email);
  expect(verification.text).toContain(`Dear \u2068${name}\u2069,`);
});
