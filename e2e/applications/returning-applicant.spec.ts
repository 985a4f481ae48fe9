/**
 * Issue 16 (WCAG 3.3.7, redundant entry): a returning applicant, signed in with a confirmed
 * address, is not asked again what they already said; and, as the address's owner, is told
 * on the page that they have applied (decision 0023).
 */
import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "../support/accounts.ts";
import { fillApplication } from "../support/application-form.ts";
import { expectAccessible } from "../support/axe.ts";
import { firstLink, waitForEmail } from "../support/mailbox.ts";

const ROUND = "/p/international-peer-mentoring/round-1";

test("a returning applicant finds the form filled in from her earlier application", async ({
  page,
}) => {
  const person = {
    name: "Ngozi Adeyemi",
    email: `returning-${Date.now()}@example.org`,
    password: "a long enough password",
  };
  await signUpAndSignIn(page, person);
  const verification = await waitForEmail(person.email);
  await page.goto(firstLink(verification, "/api/auth/verify-email"));

  await page.goto(`${ROUND}/apply`);
  await fillApplication(page, {
    name: person.name,
    email: person.email,
    country: "NG",
    timeZone: "Africa/Lagos",
    language: "yo",
    level: "native",
    city: "Ibadan",
  });
  await page.getByRole("button", { name: "Send my application" }).click();
  // Her own confirmed address: the application opens at once.
  await expect(page.getByText("Thank you, your application has been received.")).toBeVisible();

  await page.goto(`${ROUND}/apply`);
  await expect(page.getByRole("status")).toContainText(
    "We filled this form in from your application to Round 1",
  );
  await expect(page.getByLabel("Country where you work")).toHaveValue("NG");
  await expect(page.getByLabel("City or town")).toHaveValue("Ibadan");
  await expect(page.getByLabel("Your time zone")).toHaveValue("Africa/Lagos");
  await expect(page.getByRole("combobox", { name: "Language 1", exact: true })).toHaveValue("yo");
  // Consent is asked again.
  await expect(page.locator("#field-consent")).not.toBeChecked();
  await expectAccessible(page);

  // Sent again to the same round, the owner is told so on the page.
  // This round's own questions are answered anew.
  for (const yes of await page.locator('input[type="radio"][value="yes"]').all()) await yes.check();
  await page.locator("#field-consent").check();
  if (await page.locator("#field-rulesAgreed").count())
    await page.locator("#field-rulesAgreed").check();
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByRole("alert")).toContainText("You have already applied to this round");
});
