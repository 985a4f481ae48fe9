import { expect, test } from "@playwright/test";
import { expectAccessible } from "../support/axe.ts";
import { fillApplication } from "../support/application-form.ts";
import { firstLink, waitForEmail } from "../support/mailbox.ts";

const ROUND = "/p/international-peer-mentoring/round-1";

test("a librarian applies, gets the email, edits, then withdraws", async ({ page }) => {
  const email = `eleni-${Date.now()}@example.org`;
  await page.goto(ROUND);
  await expect(page.getByRole("heading", { name: "Round 1" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Apply to this round" }).first().click();
  await expectAccessible(page);

  // Bad input first: the errors are named beside the fields and nothing typed is lost.
  await page.getByLabel("Your name").fill("<script>alert('x')</script> Ελένη");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.locator("#field-email-error")).toHaveText(
    "Enter an email address like name@example.org.",
  );
  await expect(page.getByLabel("Your name")).toHaveValue("<script>alert('x')</script> Ελένη");
  await expectAccessible(page);

  await fillApplication(page, {
    name: "Ελένη Παπαδοπούλου",
    email,
    country: "GR",
    timeZone: "Europe/Athens",
    language: "el",
    level: "native",
  });
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByRole("status")).toContainText("Thank you — now check your email");
  await expect(page.getByRole("status")).toContainText(email);
  await expectAccessible(page);

  const confirmation = await waitForEmail(email);
  expect(confirmation.subject).toBe("We received your application to Round 1");
  expect(confirmation.text).toContain("Ελένη Παπαδοπούλου");
  expect(confirmation.html).toContain("View or edit my application");

  // The emailed link opens the application, which can be changed.
  await page.goto(firstLink(confirmation, "/applications/manage/"));
  await expectAccessible(page);
  await page
    .getByRole("link", { name: "Change my answers" })
    .or(page.getByRole("button", { name: "Change my answers" }))
    .first()
    .click();
  await page.getByLabel("City or town").fill("Αθήνα");
  await page.getByRole("button", { name: "Save my changes" }).click();
  await expect(page.getByText("Your changes are saved.")).toBeVisible();
  await expect(page.getByText("Αθήνα").first()).toBeVisible();
  await expectAccessible(page);

  // Withdrawing asks first.
  await page
    .getByRole("link", { name: "Withdraw my application" })
    .or(page.getByRole("button", { name: "Withdraw my application" }))
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Withdraw your application?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, withdraw my application" }).click();
  await expect(page.getByText("Your application is withdrawn.")).toBeVisible();
  const withdrawn = await waitForEmail(email, 2);
  expect(withdrawn.subject).toBe("You withdrew your application to Round 1");
});

test("applying twice with one email answers as the first time, and emails the link to the address", async ({
  page,
}) => {
  const email = `twice-${Date.now()}@example.org`;
  const applicant = {
    name: "Aiko Tanaka",
    email,
    country: "JP",
    timeZone: "Asia/Tokyo",
    language: "ja",
    level: "native",
  };
  await page.goto(`${ROUND}/apply`);
  await fillApplication(page, applicant);
  await page.getByRole("button", { name: "Send my application" }).click();
  const first = page.getByRole("status");
  await expect(first).toContainText("Thank you — now check your email");
  const firstAnswer = await first.innerText();

  // Whoever sends the form again with this address (perhaps not its owner) reads the same
  // answer: nothing on the page says the address had applied (issue 16).
  await page.goto(`${ROUND}/apply`);
  await fillApplication(page, { ...applicant, email: email.toUpperCase() });
  await page.getByRole("button", { name: "Send my application" }).click();
  const again = page.getByRole("status");
  await expect(again).toContainText("Thank you — now check your email");
  expect((await again.innerText()).replace(email.toUpperCase(), email)).toBe(firstAnswer);
  await expectAccessible(page);

  // The address's owner is told by email, with the link to the one application.
  const told = await waitForEmail(email, 2);
  expect(told.subject).toBe("We received your application to Round 1");
  expect(told.text).toContain("sent the application form of Round 1");
  expect(told.text).toContain("your application is unchanged");
  await page.goto(firstLink(told, "/applications/manage/"));
  await expect(page.getByRole("heading", { name: "Your application to Round 1" })).toBeVisible();
});

test("the form speaks Spanish and the confirmation email too", async ({ page }) => {
  const email = `lucia-${Date.now()}@example.org`;
  await page.goto(`${ROUND}/apply`);
  await page.getByRole("combobox", { name: "Language", exact: true }).selectOption("es");
  await page.getByRole("button", { name: "Change" }).click();
  await expect(
    page.getByRole("heading", { name: /Solicitud|Solicitar|Round 1/ }).first(),
  ).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expectAccessible(page);
  await page.context().addCookies([{ name: "lang", value: "en", url: page.url() }]);
  await page.reload();
  await fillApplication(page, {
    name: "Lucía Fernández",
    email,
    country: "ES",
    timeZone: "Europe/Madrid",
    language: "es",
    level: "native",
  });
  await page.context().addCookies([{ name: "lang", value: "es", url: page.url() }]);
  await page.getByRole("button", { name: "Send my application" }).click();
  const confirmation = await waitForEmail(email);
  expect(confirmation.subject).toBe("Hemos recibido su solicitud para Round 1");
});
