import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "../support/axe.ts";
import { firstLink, waitForEmail } from "../support/mailbox.ts";

const ROUND = "/p/international-peer-mentoring/round-1";
const PHONE = { width: 360, height: 780 };

/** The required answers, by field name, so the same steps work in every language. */
async function answerRequired(page: Page, email: string) {
  await page.locator("#field-name").fill("Søren Kierkegaard <b>bold?</b>");
  await page.locator("#field-email").fill(email);
  await page.locator("#field-country").selectOption("DK");
  await page.locator("#field-timeZone").selectOption("Europe/Copenhagen");
  await page.locator("#field-languages-0-code").selectOption("da");
  await page.locator("#field-languages-0-level").selectOption("native");
  await page.locator("#field-sector").selectOption("archive");
  await page.locator('input[name="careerStage"][value="senior"]').check();
  await page.locator("#field-experienceYears").fill("25");
  await page.locator('input[name="matchBy"][value="anyone"]').check();
  await page.locator('input[name="partnerSector"][value="other"]').check();
  await page.locator('input[name="meetingFormats"][value="face-to-face"]').check();
  await page.locator('input[name="availability"][value="sat-10"]').check();
  for (const yes of await page.locator('input[type="radio"][value="yes"]').all()) await yes.check();
  await page.locator("#field-rulesAgreed").check();
  await page.locator("#field-consent").check();
}

const sendButton = (page: Page) =>
  page.locator("main form:has(input[name=intent]) button[type=submit]");

test.describe("on a phone without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test("a librarian applies, corrects a mistake, edits and withdraws with plain form posts", async ({
    page,
  }) => {
    const email = `nojs-${Date.now()}@example.org`;
    await page.goto(`${ROUND}/apply`);
    await expect(page.locator("#field-timeZone")).toHaveValue("UTC");
    await sendButton(page).click();
    await expect(page.locator(".error-summary")).toContainText(
      "Your name: This field is required.",
    );

    await answerRequired(page, email);
    await page.locator("#field-goals").fill("<script>alert('goals')</script>");
    await page.locator("#field-experienceYears").fill("many");
    await sendButton(page).click();
    await expect(page.locator("#field-experienceYears-error")).toHaveText("Enter a whole number.");
    await expect(page.locator("#field-goals")).toHaveValue("<script>alert('goals')</script>");
    await expect(page.locator('input[name="availability"][value="sat-10"]')).toBeChecked();

    await page.locator("#field-experienceYears").fill("25");
    await sendButton(page).click();
    await expect(page.getByRole("status")).toContainText("Thank you — now check your email");
    // The application opens from the emailed link (the page answers as for any address).
    await page.goto(firstLink(await waitForEmail(email), "/applications/manage/"));
    await expect(page.getByText("<script>alert('goals')</script>")).toBeVisible();

    await page.getByRole("link", { name: "Change my answers" }).click();
    await expect(page.locator("#field-email")).toHaveAttribute("readonly", "");
    await page.locator("#field-city").fill("København");
    await sendButton(page).click();
    await expect(page.getByText("Your changes are saved.")).toBeVisible();
    await expect(page.getByText("København")).toBeVisible();

    await page.getByRole("link", { name: "Withdraw my application" }).click();
    await page.getByRole("button", { name: "Yes, withdraw my application" }).click();
    await expect(page.getByText("Your application is withdrawn.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Change my answers" })).toHaveCount(0);
  });
});

test.describe("in French on a phone", () => {
  test.use({ viewport: PHONE, timezoneId: "Europe/Paris" });

  test("every page fits 360 px, speaks French and passes axe", async ({ page, context }) => {
    await context.addCookies([{ name: "lang", value: "fr", url: "http://localhost" }]);
    const fitsScreen = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      );
    await page.goto(ROUND);
    await expect(page.getByRole("heading", { name: "Dates clés" })).toBeVisible();
    expect(await fitsScreen()).toBe(true);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Candidater à cette session" }).first().click();
    // With JavaScript the browser's own zone replaces the UTC default.
    await expect(page.locator("#field-timeZone")).toHaveValue("Europe/Paris");
    await sendButton(page).click();
    await expect(page.locator("#field-name-error")).toHaveText("Ce champ est obligatoire.");
    await expect(page.locator(".error-summary")).toBeFocused();
    expect(await fitsScreen()).toBe(true);
    await expectAccessible(page);

    const email = `fr-${Date.now()}-un-nom-assez-long@exemple-de-domaine.org`;
    await answerRequired(page, email);
    await sendButton(page).click();
    await expect(page.getByRole("status")).toContainText(
      "Merci — consultez maintenant vos e-mails",
    );
    expect(await fitsScreen()).toBe(true);
    await expectAccessible(page);
    const confirmation = await waitForEmail(email);
    expect(confirmation.subject).toBe("Nous avons bien reçu votre candidature à Round 1");
  });
});
