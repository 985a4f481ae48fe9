import { expect, test } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { fillApplication } from "../support/application-form.ts";
import { firstLink, waitForEmail } from "../support/mailbox.ts";

const HEADER =
  "name,email,country,languages,timezone,sector,career_stage,experience_years,interests,match_by,partner_sector,formats";

function csvRow(i: number, country: string, stamp: number): string {
  return [
    `Applicant ${i}`,
    `imported-${stamp}-${i}@example.org`,
    country,
    "en:C1",
    "UTC",
    "academic",
    "mid",
    "7",
    "open-access;makerspaces",
    "interests",
    "any",
    "online",
  ].join(",");
}

test("a facilitator imports applications (a bad file, then a good one) and the country cap waitlists a late applicant", async ({
  page,
  browser,
}) => {
  const stamp = Date.now();
  await signIn(page, FACILITATOR, "/facilitate");
  await page.getByRole("link", { name: "Create a programme" }).click();
  await page.getByLabel("Name").fill(`Capped programme ${stamp}`);
  await page.getByRole("button", { name: "Create programme" }).click();
  await page.getByRole("link", { name: "New round" }).click();
  await page.getByLabel("Round name").fill("Capped round");
  await page.getByLabel("Applications open").fill("2026-01-01T09:00");
  await page.getByLabel("Applications close").fill("2030-03-01T09:00");
  await page.getByLabel("Matching").fill("2030-03-03T09:00");
  await page.getByLabel("Round starts").fill("2030-03-10T09:00");
  await page.getByLabel("Round ends").fill("2030-07-10T09:00");
  await page.getByLabel("Per-country cap (% of the round)").fill("20");
  await page.getByRole("button", { name: "Create round (as draft)" }).click();
  await page.getByRole("button", { name: "Open for applications" }).click();
  await expect(page.getByText("Open for applications", { exact: true })).toBeVisible();
  const roundUrl = page.url().split("?")[0]!;

  // A file with a bad country on its third applicant: nothing is imported, the row and column are named.
  await page.getByRole("link", { name: "Import applications (CSV)" }).click();
  await expectAccessible(page);
  const bad = [
    HEADER,
    csvRow(1, "FI", stamp),
    csvRow(2, "KE", stamp),
    csvRow(3, "Atlantis", stamp),
  ].join("\n");
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByLabel("I confirm that these applicants consented").check();
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByText(/Nothing was imported from bad\.csv/)).toBeVisible();
  const problem = page.getByRole("row").filter({ hasText: "Atlantis" });
  await expect(problem).toContainText("4");
  await expect(problem).toContainText("country");
  await expectAccessible(page);
  await page.goto(`${roundUrl}/applicants`);
  await expect(page.getByText(/Nobody has applied to this round yet/)).toBeVisible();

  // A good file: 20 applicants, four of them from Greece (20 %).
  const countries = [
    "GR",
    "GR",
    "GR",
    "GR",
    "FI",
    "KE",
    "BR",
    "JP",
    "IN",
    "EG",
    "ES",
    "FR",
    "DE",
    "US",
    "CA",
    "AU",
    "NZ",
    "MX",
    "CL",
    "ZA",
  ];
  const good = [HEADER, ...countries.map((c, i) => csvRow(i + 1, c, stamp))].join("\r\n");
  await page.goto(`${roundUrl}/import`);
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByLabel("I confirm that these applicants consented").check();
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByText("20 applications were imported into Capped round.")).toBeVisible({
    timeout: 20_000,
  });
  await expectAccessible(page);
  await page.getByRole("link", { name: "See the applicants" }).click();
  await expect(page.getByText("Applicant 20", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // The round's public link, then a fifth Greek applicant: over 20 %, so waitlisted and told why.
  await page.goto(roundUrl);
  const publicPath = await page
    .getByRole("link", { name: "Public round page" })
    .getAttribute("href");
  const context = await browser.newContext();
  const applicant = await context.newPage();
  await applicant.goto(`${publicPath}/apply`);
  await fillApplication(applicant, {
    name: "Γιώργος Νικολάου",
    email: `giorgos-${stamp}@example.org`,
    country: "GR",
    timeZone: "Europe/Athens",
    language: "el",
    level: "native",
  });
  await applicant.getByRole("button", { name: "Send my application" }).click();
  await expect(applicant.getByRole("status")).toContainText("Thank you — now check your email");
  // Told why in the email, and on the application its link opens.
  const received = await waitForEmail(`giorgos-${stamp}@example.org`);
  expect(received.text).toContain("waiting list");
  await applicant.goto(firstLink(received, "/applications/manage/"));
  await expect(applicant.getByText("You are on the waiting list")).toBeVisible();
  await expect(applicant.getByText(/at most 20\s?%/).first()).toBeVisible();
  await expectAccessible(applicant);
  await context.close();
});
