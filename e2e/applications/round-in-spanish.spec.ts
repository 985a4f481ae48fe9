/**
 * Issue 17, item 15: a facilitator writes the round's theme and rules in Spanish as well; a
 * visitor reading Spanish gets them, and must agree to the rules before the form is taken.
 */
import { expect, test, type Page } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { waitForEmail } from "../support/mailbox.ts";

/** The required answers, by field id, so the steps read the same in any language. */
async function answerRequired(page: Page, email: string) {
  await page.locator("#field-name").fill("Rosa Quispe");
  await page.locator("#field-email").fill(email);
  await page.locator("#field-country").selectOption("PE");
  await page.locator("#field-timeZone").selectOption("America/Lima");
  await page.locator("#field-languages-0-code").selectOption("es");
  await page.locator("#field-languages-0-level").selectOption("native");
  await page.locator("#field-sector").selectOption("public");
  await page.locator('input[name="careerStage"][value="early"]').check();
  await page.locator("#field-experienceYears").fill("3");
  await page.locator('input[name="matchBy"][value="anyone"]').check();
  await page.locator('input[name="partnerSector"][value="any"]').check();
  await page.locator('input[name="meetingFormats"][value="online"]').check();
  await page.locator('input[name="availability"][value="tue-14"]').check();
  await page.locator("#field-consent").check();
}

test("a facilitator writes the theme in Spanish; a Spanish reader gets it and must agree to the rules", async ({
  page,
  browser,
}) => {
  const name = `Ronda bilingüe ${Date.now()}`;
  await signIn(page, FACILITATOR, "/facilitate");
  await page.getByRole("link", { name: "International Peer Mentoring" }).first().click();
  await page.getByRole("link", { name: "New round" }).click();
  await page.getByLabel("Round name").fill(name);
  await page.locator("#field-theme").fill("Libraries without borders");
  await page.locator("#field-rulesMarkdown").fill("We meet **once a month**.");
  await page.getByLabel("Applications open").fill("2026-01-01T09:00");
  await page.getByLabel("Applications close").fill("2030-03-01T09:00");
  await page.getByLabel("Matching").fill("2030-03-03T09:00");
  await page.getByLabel("Round starts").fill("2030-03-10T09:00");
  await page.getByLabel("Round ends").fill("2030-07-10T09:00");
  // Each other language is a section that opens on demand (no script needed).
  await page.locator("summary", { hasText: "Español" }).first().click();
  await page.getByLabel("Theme (Español)").fill("Bibliotecas sin fronteras");
  await page.getByLabel("Rules and agreement (Español)").fill("Nos reunimos **una vez al mes**.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create round (as draft)" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await page.getByRole("button", { name: "Open for applications" }).click();
  await expect(page.getByText("Open for applications", { exact: true })).toBeVisible();
  const publicPage = await page
    .getByRole("link", { name: "Public round page" })
    .getAttribute("href");
  expect(publicPage).toBeTruthy();

  // The facilitator, reading English, sees the programme's language.
  await page.goto(publicPage!);
  await expect(page.getByText("Libraries without borders")).toBeVisible();

  // A visitor reading Spanish (the language cookie, as the switcher leaves it).
  const context = await browser.newContext();
  await context.addCookies([{ name: "lang", value: "es", url: new URL("/", page.url()).href }]);
  const visitor = await context.newPage();
  await visitor.goto(publicPage!);
  await expect(visitor.getByText("Bibliotecas sin fronteras")).toBeVisible();
  await expect(visitor.locator(".markdown")).toContainText("Nos reunimos una vez al mes.");
  await expect(visitor.getByText("Libraries without borders")).toHaveCount(0);
  await expectAccessible(visitor);

  await visitor.getByRole("link", { name: "Solicitar plaza en esta ronda" }).first().click();
  await expect(visitor.locator("#round-rules")).toContainText("Nos reunimos una vez al mes.");
  const email = `ronda-es-${Date.now()}@example.pe`;
  await answerRequired(visitor, email);
  await visitor.getByRole("button", { name: "Enviar mi solicitud" }).click();
  // Refused without the agreement: the reason beside the checkbox, and everything kept.
  await expect(visitor.locator("#field-rulesAgreed-error")).toHaveText(
    "Para participar, acepte las normas de la ronda.",
  );
  await expect(visitor.locator("#field-rulesAgreed")).toHaveAttribute("aria-invalid", "true");
  await expect(visitor.locator("#field-name")).toHaveValue("Rosa Quispe");
  await expectAccessible(visitor);

  await visitor.getByLabel("Acepto las normas").check();
  await visitor.getByRole("button", { name: "Enviar mi solicitud" }).click();
  await expect(visitor.getByRole("status")).toContainText("Gracias: ahora revise su correo");
  const confirmation = await waitForEmail(email);
  expect(confirmation.subject).toContain(name);
  await context.close();
});
