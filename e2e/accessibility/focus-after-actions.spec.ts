/**
 * What axe cannot see (docs/accessibility.md): where focus lands after each post, that the
 * messages saying what happened are status or alert regions, and that sign-in works with a
 * pasted password, a password manager's autocomplete and an emailed link (WCAG 2.4.3, 4.1.3,
 * 3.3.8). Before the fixes, focus was left on the page's body after these posts (seen for
 * all but the facilitator's decision, which has the same cause: a disabled button).
 */
import { expect, test } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { fillApplication } from "../support/application-form.ts";
import { expectAccessible } from "../support/axe.ts";
import { firstLink, waitForEmail } from "../support/mailbox.ts";

test("sign-up and sign-in: pasted passwords, autocomplete, focus on every answer, the emailed link", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const email = `focus-${Date.now()}@example.org`;
  const password = "a pasted password from a manager";

  await page.goto("/sign-up");
  await expect(page.locator("#field-name")).toHaveAttribute("autocomplete", "name");
  await expect(page.locator("#field-email")).toHaveAttribute("autocomplete", "email");
  await expect(page.locator("#field-password")).toHaveAttribute("autocomplete", "new-password");
  await expect(page.locator("#field-passwordConfirm")).toHaveAttribute(
    "autocomplete",
    "new-password",
  );
  // A refused post: focus goes to the error summary (an alert), not to the page's body.
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator(".error-summary")).toHaveAttribute("role", "alert");

  await page.getByLabel("Your name").fill("Ada Focus");
  await page.getByLabel("Email address").fill(email);
  // Pasting into both password fields works (nothing blocks paste).
  await page.evaluate((text) => navigator.clipboard.writeText(text), password);
  await page.locator("#field-password").focus();
  await page.keyboard.press("ControlOrMeta+V");
  await page.locator("#field-passwordConfirm").focus();
  await page.keyboard.press("ControlOrMeta+V");
  await expect(page.locator("#field-password")).toHaveValue(password);
  await expect(page.locator("#field-passwordConfirm")).toHaveValue(password);
  await page.getByRole("button", { name: "Create account" }).click();
  const sent = page.getByRole("status");
  await expect(sent).toContainText(`We have sent an email to ${email}.`);
  await expect(sent).toBeFocused();
  await expectAccessible(page);

  await page.goto("/sign-in");
  await expect(page.locator("#field-email")).toHaveAttribute("autocomplete", "email");
  await expect(page.locator("#field-password")).toHaveAttribute("autocomplete", "current-password");
  await page.locator("#field-email").fill(email);
  await page.locator("#field-password").fill("not the password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const refused = page.getByRole("alert");
  await expect(refused).toHaveText("The email address or password is not right.");
  await expect(refused).toBeFocused();

  // The emailed link: asked for, said (a status, focused), followed, signed in.
  await page.locator("#field-magic-email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const linkSent = page.getByRole("status");
  await expect(linkSent).toContainText(`If an account exists for ${email}`);
  await expect(linkSent).toBeFocused();
  await expectAccessible(page);
  const mail = await waitForEmail(email, 2);
  await page.goto(firstLink(mail, "magic-link"));
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("an application and a facilitator's decision: focus goes to what happened", async ({
  page,
  browser,
}) => {
  const name = `Focus Applicant ${Date.now()}`;
  const email = `focus-applicant-${Date.now()}@example.org`;
  await page.goto("/p/international-peer-mentoring/round-1/apply");
  await fillApplication(page, {
    name,
    email,
    country: "NO",
    timeZone: "Europe/Oslo",
    language: "en",
    level: "C1",
  });
  await page.locator("main form:has(input[name=intent]) button[type=submit]").click();
  const received = page.getByRole("status");
  await expect(received).toContainText("Thank you — now check your email");
  await expect(received).toBeFocused();

  const facilitatorContext = await browser.newContext();
  const facilitator = await facilitatorContext.newPage();
  await signIn(facilitator, FACILITATOR, "/facilitate");
  await facilitator.getByRole("link", { name: "International Peer Mentoring" }).first().click();
  await facilitator.getByRole("link", { name: "Round 1", exact: true }).first().click();
  await facilitator.waitForURL(/\/facilitate\/rounds\/[^/]+$/);
  await facilitator.goto(`${facilitator.url()}/applicants?q=${encodeURIComponent(email)}`);
  await facilitator.getByRole("link", { name }).click();
  await facilitator.getByLabel("Put on the waiting list").check();
  await facilitator.getByLabel("Email the applicant about this decision").uncheck();
  await facilitator.getByRole("button", { name: "Save the decision" }).click();
  const saved = facilitator.getByRole("status");
  await expect(saved).toBeVisible();
  await expect(saved).toBeFocused();
  await expectAccessible(facilitator);
  await facilitatorContext.close();
});
