import type { Page } from "@playwright/test";

export interface Applicant {
  name: string;
  email: string;
  country: string;
  timeZone: string;
  language: string;
  level: string;
  city?: string;
  library?: string;
  partnerSector?: "same" | "other" | "any";
  availability?: readonly string[];
}

/**
 * Fills the application form as a librarian would: the required answers plus a few
 * interests. Custom yes/no questions are answered "yes"; the round's rules are agreed to.
 */
export async function fillApplication(page: Page, applicant: Applicant): Promise<void> {
  await page.getByLabel("Your name").fill(applicant.name);
  await page.getByLabel("Email address").fill(applicant.email);
  await page.getByLabel("Country where you work").selectOption(applicant.country);
  await page.getByLabel("City or town").fill(applicant.city ?? "Θεσσαλονίκη");
  await page.getByLabel("Your time zone").selectOption(applicant.timeZone);
  await page
    .getByRole("combobox", { name: "Language 1", exact: true })
    .selectOption(applicant.language);
  await page
    .getByRole("combobox", { name: "Level in language 1", exact: true })
    .selectOption(applicant.level);
  if (applicant.language !== "en") {
    await page
      .getByRole("combobox", { name: "Language 2 (optional)", exact: true })
      .selectOption("en");
    await page
      .getByRole("combobox", { name: "Level in language 2 (optional)", exact: true })
      .selectOption("C1");
  }
  await page
    .getByLabel("Library or organisation")
    .fill(applicant.library ?? "Δημοτική Βιβλιοθήκη Θεσσαλονίκης");
  await page.getByRole("combobox", { name: "Sector", exact: true }).selectOption("public");
  await page.locator('input[name="careerStage"][value="mid"]').check();
  await page.getByLabel("Years of experience in libraries").fill("9");
  await page.locator('input[name="interests"][value="makerspaces"]').check();
  await page.locator('input[name="interests"][value="children-services"]').check();
  await page.locator('input[name="matchBy"][value="interests"]').check();
  await page
    .locator(`input[name="partnerSector"][value="${applicant.partnerSector ?? "other"}"]`)
    .check();
  await page.locator('input[name="meetingFormats"][value="online"]').check();
  for (const block of applicant.availability ?? ["tue-14"]) {
    await page.locator(`input[name="availability"][value="${block}"]`).check();
  }
  for (const yes of await page.locator('input[type="radio"][value="yes"]').all()) await yes.check();
  // Asked only when the round has rules (issue 17, item 15).
  const rules = page.getByLabel("I agree to the rules");
  if ((await rules.count()) > 0) await rules.check();
  await page.getByLabel("I agree that my answers are stored").check();
}
