/** Setting up a guide journey: a published round of two, whose members prove their addresses. */
import { expect, type Browser, type Page } from "@playwright/test";
import { closeApplications } from "../support/close-applications.ts";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { firstLink } from "../support/mailbox.ts";
import { waitForEmailWith } from "../support/matching-round.ts";

const HEADER =
  "name,email,country,languages,timezone,library,sector,career_stage,experience_years,interests,match_by,partner_sector,formats,availability";

export interface Person {
  name: string;
  email: string;
}

/** The facilitator creates a round of two and publishes its one partnership; returns the round's address. */
export async function publishRoundOfTwo(
  page: Page,
  stamp: number,
  people: readonly [Person, Person],
): Promise<string> {
  const roundName = `Guide round ${stamp}`;
  const csv = [
    HEADER,
    `${people[0].name},${people[0].email},JP,en:C1,UTC,Kyoto City Library,public,mid,7,makerspaces;copyright,interests,any,online,tue-10`,
    `${people[1].name},${people[1].email},ES,en:C1,UTC,Biblioteca de Salamanca,academic,mid,9,makerspaces;copyright,interests,any,online,tue-10`,
  ].join("\r\n");
  await signIn(page, FACILITATOR, "/facilitate");
  await page.getByRole("link", { name: "Create a programme" }).click();
  await page.getByLabel("Name").fill(`Guide programme ${stamp}`);
  await page.getByRole("button", { name: "Create programme" }).click();
  await page.getByRole("link", { name: "New round" }).click();
  await page.getByLabel("Round name").fill(roundName);
  await page.getByLabel("Applications open").fill("2026-01-01T09:00");
  await page.getByLabel("Applications close").fill("2030-03-01T09:00");
  await page.getByLabel("Matching").fill("2030-03-03T09:00");
  await page.getByLabel("Round starts").fill("2030-03-10T09:00");
  await page.getByLabel("Round ends").fill("2030-07-10T09:00");
  await page.locator("#field-rulesMarkdown").fill("We meet twice a month.");
  await page.getByRole("button", { name: "Create round (as draft)" }).click();
  await page.getByRole("button", { name: "Open for applications" }).click();
  await expect(page.getByRole("button", { name: "Close applications" })).toBeVisible({
    timeout: 20_000,
  });
  const roundUrl = page.url().split("?")[0]!;
  await page.getByRole("link", { name: "Import applications (CSV)" }).click();
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "pair.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByLabel("I confirm that these applicants consented").check();
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByText(`2 applications were imported into ${roundName}.`)).toBeVisible({
    timeout: 20_000,
  });
  await page.goto(roundUrl);
  await page.getByLabel("I have reviewed the submitted applications").check();
  await page.getByRole("button", { name: "Accept all 2 submitted applications" }).click();
  await expect(page.getByText("2 applications accepted.")).toBeVisible();
  await closeApplications(page);
  await page.getByRole("link", { name: "Matching", exact: true }).click();
  await page.getByRole("button", { name: "Run matching" }).click();
  await expect(page.getByRole("heading", { name: `Result — ${roundName}` })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole("link", { name: "Publish this result…" }).click();
  await page.getByLabel("I have reviewed the result and want to publish it").check();
  await page.getByRole("button", { name: "Publish and send the emails" }).click();
  await expect(page.getByText(/^Published: 1 partnership/)).toBeVisible();
  return roundUrl;
}

/** A member of the round makes an account with her address and proves it (in her own browser). */
export async function participantSignsUp(browser: Browser, person: Person): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email address").fill(person.email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("a-long-enough-password");
  await page.getByLabel("Password again").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  const verification = await waitForEmailWith(person.email, /Confirm your email address/);
  await page.goto(firstLink(verification, "/api/auth/verify-email"));
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  return page;
}
