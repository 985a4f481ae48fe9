import { expect, type Page } from "@playwright/test";
import { emailsTo, type ReceivedEmail } from "./mailbox.ts";

const HEADER =
  "name,email,country,languages,timezone,library,sector,career_stage,experience_years,interests,match_by,partner_sector,formats,availability";

/** A CSV of peers from different countries, all free on Tuesday afternoons (UTC). */
export function applicantsCsv(stamp: number, countries: readonly string[]): string {
  const rows = countries.map((country, i) =>
    [
      `Peer ${i + 1} ${country}`,
      `peer-${stamp}-${i + 1}@example.org`,
      country,
      "en:C1",
      "UTC",
      `Library ${i + 1}`,
      i % 2 ? "academic" : "public",
      "mid",
      "7",
      i % 2 ? "makerspaces;copyright" : "makerspaces;children-services",
      "interests",
      "any",
      "online",
      "tue-14;thu-10",
    ].join(","),
  );
  return [HEADER, ...rows].join("\r\n");
}

/** The public application form, filled in English with a Spanish-speaking librarian's answers. */
export async function fillSpanishApplication(
  page: Page,
  name: string,
  email: string,
): Promise<void> {
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Country where you work").selectOption("ES");
  await page.getByLabel("City or town").fill("Salamanca");
  await page.getByLabel("Your time zone").selectOption("Europe/Madrid");
  await page.getByRole("combobox", { name: "Language 1", exact: true }).selectOption("es");
  await page
    .getByRole("combobox", { name: "Level in language 1", exact: true })
    .selectOption("native");
  await page
    .getByRole("combobox", { name: "Language 2 (optional)", exact: true })
    .selectOption("en");
  await page
    .getByRole("combobox", { name: "Level in language 2 (optional)", exact: true })
    .selectOption("C1");
  await page.getByLabel("Library or organisation").fill("Biblioteca Pública de Salamanca");
  await page.getByRole("combobox", { name: "Sector", exact: true }).selectOption("public");
  await page.locator('input[name="careerStage"][value="mid"]').check();
  await page.getByLabel("Years of experience in libraries").fill("9");
  await page.locator('input[name="interests"][value="makerspaces"]').check();
  await page.locator('input[name="interests"][value="children-services"]').check();
  await page.locator('input[name="matchBy"][value="interests"]').check();
  await page.locator('input[name="partnerSector"][value="any"]').check();
  await page.locator('input[name="meetingFormats"][value="online"]').check();
  await page.locator('input[name="availability"][value="tue-14"]').check();
  await page.locator('input[name="availability"][value="thu-10"]').check();
  await page.getByLabel("I agree that my answers are stored").check();
}

/** Waits for an email to `address` whose subject matches. */
export async function waitForEmailWith(address: string, subject: RegExp): Promise<ReceivedEmail> {
  await expect
    .poll(() => emailsTo(address).some((m) => subject.test(m.subject)), { timeout: 20_000 })
    .toBe(true);
  return emailsTo(address).find((m) => subject.test(m.subject))!;
}
