import { expect, test } from "@playwright/test";
import { expectAccessible } from "../support/axe.ts";
import { fillApplication } from "../support/application-form.ts";

const ROUND = "/p/international-peer-mentoring/round-1";
const PHONE = { width: 360, height: 780 };

test.use({ viewport: PHONE });

test("on a phone, applying twice with one email shows the answer where the person is", async ({
  page,
}) => {
  const email = `twice-phone-${Date.now()}@example.org`;
  const applicant = {
    name: "Rosa Quispe",
    email,
    country: "PE",
    timeZone: "America/Lima",
    language: "es",
    level: "native",
  };
  await page.goto(`${ROUND}/apply`);
  await fillApplication(page, applicant);
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByRole("status")).toContainText("Thank you — now check your email");

  await page.goto(`${ROUND}/apply`);
  await fillApplication(page, applicant);
  // The send button is at the very bottom of a long form: the answer is brought into view.
  await page.getByRole("button", { name: "Send my application" }).click();
  const notice = page.getByRole("status").filter({ hasText: "Thank you — now check your email" });
  await expect(notice).toBeFocused();
  await expect(notice).toBeInViewport();
  await expectAccessible(page);
});

test("on a phone, a link in the error summary shows the field's label and error", async ({
  page,
}) => {
  await page.goto(`${ROUND}/apply`);
  await page.getByLabel("Years of experience in libraries").fill("many");
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await page.locator(".error-summary a", { hasText: "Enter a whole number." }).click();
  const input = page.locator("#field-experienceYears");
  await expect(input).toBeFocused();
  await expect(page.locator("label[for=field-experienceYears]")).toBeInViewport({ ratio: 1 });
  await expect(page.locator("#field-experienceYears-error")).toBeInViewport({ ratio: 1 });
  await expect(input).toBeInViewport();
});

test("on a phone, a long text shows its limit while it is written, not after sending", async ({
  page,
}) => {
  await page.goto(`${ROUND}/apply`);
  const goals = page.locator("#field-goals");
  await expect(goals).toHaveAttribute("maxlength", "2000");
  const count = page.locator("#field-goals-count");
  await expect(count).toHaveText("0 of 2,000 characters");
  await expect(goals).toHaveAttribute("aria-describedby", /field-goals-count/);
  await goals.fill("Start a makerspace");
  await expect(count).toHaveText("18 of 2,000 characters");
  await goals.fill("x".repeat(2100));
  await expect(goals).toHaveValue("x".repeat(2000));
  await expect(page.locator("#field-name")).toHaveAttribute("maxlength", "200");
  await expectAccessible(page);
});
