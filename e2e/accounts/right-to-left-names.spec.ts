import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { waitForEmail } from "../support/mailbox.ts";

test("a name written right to left stays one piece in a sentence, on the page and in the email", async ({
  page,
}) => {
  const name = "مريم الحسن";
  const email = `maryam-${Date.now()}@example.org`;
  await signUpAndSignIn(page, { name, email, password: "first-password-123" });
  const sentence = page.getByText(`Signed in as ${name} (${email})`);
  await expect(sentence).toBeVisible();
  // Isolated, the name cannot carry " (" and the address into its own direction.
  await expect(sentence.locator("bdi")).toHaveText(name);
  await expectAccessible(page);

  const verification = await waitForEmail(email);
  expect(verification.text).toContain(`Dear \u2068${name}\u2069,`);
});
