import { expect, test, type Locator, type Page } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import {
  mentoringCsv,
  waitForEmailWith,
  type MentoringApplicant,
} from "../support/matching-round.ts";
import { closeApplications } from "../support/close-applications.ts";

/** The value a run's summary shows for one term ("People", "Unmatched"…). */
function summaryValue(page: Page, term: string): Locator {
  return page
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

/** In a row of the result table: the links to each member's alternatives, the mentor first. */
const PERSON_LINKS = "a[href*='/people/']";

async function memberNames(row: Locator): Promise<string[]> {
  return row.locator(PERSON_LINKS).allInnerTexts();
}

test("a facilitator matches mentors with mentees, gives a mentor one mentee more than offered, and publishes", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const roundName = `Mentoring round ${stamp}`;
  const person = (role: "mentor" | "mentee", name: string, country: string, capacity?: number) =>
    ({
      name,
      email: `${role}-${stamp}-${country.toLowerCase()}@example.org`,
      country,
      role,
      ...(capacity ? { capacity } : {}),
    }) satisfies MentoringApplicant;
  const roomy = person("mentor", "Aino Virtanen", "FI", 2);
  const single = person("mentor", "Kofi Mensah", "GH", 1);
  const mentees = [
    person("mentee", "Lucas Souza", "BR"),
    person("mentee", "Priya Nair", "IN"),
    person("mentee", "Hana Sato", "JP"),
  ];
  const capacityOf = new Map([
    [roomy.name, 2],
    [single.name, 1],
  ]);

  // A programme and a mentor–mentee round of its own.
  await signIn(page, FACILITATOR, "/facilitate");
  await page.getByRole("link", { name: "Create a programme" }).click();
  await page.getByLabel("Name").fill(`Mentoring programme ${stamp}`);
  await page.getByRole("button", { name: "Create programme" }).click();
  await page.getByRole("link", { name: "New round" }).click();
  await page.getByLabel("Round name").fill(roundName);
  await page.getByRole("radio", { name: /^Mentor–mentee/ }).check();
  await page.getByLabel("Applications open").fill("2026-01-01T09:00");
  await page.getByLabel("Applications close").fill("2030-03-01T09:00");
  await page.getByLabel("Matching").fill("2030-03-03T09:00");
  await page.getByLabel("Round starts").fill("2030-03-10T09:00");
  await page.getByLabel("Round ends").fill("2030-07-10T09:00");
  await page.locator("#field-rulesMarkdown").fill("We meet twice a month for an hour.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create round (as draft)" }).click();
  await expect(page.getByText("Mentor–mentee", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Open for applications" }).click();
  await expect(page.getByText("Open for applications", { exact: true })).toBeVisible();
  await expectAccessible(page);
  const roundUrl = page.url().split("?")[0]!;

  // Two mentors (taking 2 and 1 mentees) and three mentees, imported from a CSV.
  await page.getByRole("link", { name: "Import applications (CSV)" }).click();
  await expectAccessible(page);
  const csv = mentoringCsv([roomy, single, ...mentees]);
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "mentoring.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByLabel("I confirm that these applicants consented").check();
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByText(`5 applications were imported into ${roundName}.`)).toBeVisible({
    timeout: 20_000,
  });
  await expectAccessible(page);

  // Accept everyone at once, then close applications.
  await page.goto(roundUrl);
  await page.getByLabel("I have reviewed the submitted applications").check();
  await page.getByRole("button", { name: "Accept all 5 submitted applications" }).click();
  await expect(page.getByText("5 applications accepted.")).toBeVisible();
  await expectAccessible(page);
  await closeApplications(page);

  // The mentor criteria, then a run.
  await page.getByRole("link", { name: "Matching", exact: true }).click();
  await expect(page.getByText(/^5 accepted applicants take part/)).toBeVisible();
  await expect(
    page.getByLabel("Mentors have at least this many more years of experience"),
  ).toHaveValue("3");
  await expect(page.getByLabel("Mentor fit")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Run matching" }).click();
  await page.waitForURL(/\/runs\/[^/]+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: `Result — ${roundName}` })).toBeVisible({
    timeout: 30_000,
  });

  // Two mentorships, each mentor marked and within their capacity; everyone matched.
  const mentorships = page.getByRole("row").filter({ hasText: "Mentor and mentees" });
  await expect(mentorships).toHaveCount(2);
  for (const row of await mentorships.all()) {
    const [mentor, ...theirMentees] = await memberNames(row);
    expect(capacityOf.has(mentor!), `${mentor} leads a mentorship`).toBe(true);
    await expect(row.getByRole("listitem").first()).toContainText(`${mentor} (mentor)`);
    expect(theirMentees.length).toBeGreaterThan(0);
    expect(theirMentees.length).toBeLessThanOrEqual(capacityOf.get(mentor!)!);
  }
  await expect(summaryValue(page, "People")).toHaveText("5");
  await expect(summaryValue(page, "Pairs")).toHaveText("3");
  await expect(summaryValue(page, "Groups")).toHaveText("2");
  await expect(summaryValue(page, "Unmatched")).toHaveText("0");
  await expect(summaryValue(page, "Cross-country pairs")).toHaveText("100 %");
  await expect(page.getByText("Everyone has a partner.")).toBeVisible();
  await expectAccessible(page);

  // Kofi offered to take one mentee; give him one of Aino's as well, on his alternatives page.
  const rowOf = (mentor: string) => mentorships.filter({ hasText: `${mentor} (mentor)` });
  const [, ...ainosMentees] = await memberNames(rowOf(roomy.name));
  const [, kofisMentee] = await memberNames(rowOf(single.name));
  expect(ainosMentees).toHaveLength(2);
  const moved = mentees.find((m) => m.name === ainosMentees[0])!;
  await rowOf(single.name).getByRole("link", { name: single.name, exact: true }).click();
  await expect(
    page.getByRole("heading", { name: `Alternatives for ${single.name}` }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: `Pair with ${moved.name}` }).click();
  const confirmation = page.getByRole("alert").filter({
    has: page.getByRole("heading", { name: "Confirm breaking a rule" }),
  });
  await expect(confirmation).toContainText(
    `Pairing ${single.name} with ${moved.name} breaks a rule: more mentees than the mentor offered to take.`,
  );
  await expectAccessible(page);
  await confirmation.getByRole("button", { name: "Pair them anyway" }).click();

  await expect(page.getByRole("status")).toHaveText("Pair made and locked, so a re-run keeps it.");
  const kofisRow = rowOf(single.name);
  await expect(kofisRow.locator(PERSON_LINKS)).toHaveText([single.name, kofisMentee!, moved.name]);
  await expect(kofisRow.getByText("Changed by hand")).toBeVisible();
  await expect(kofisRow.getByText("Locked", { exact: true })).toBeVisible();
  await expect(kofisRow).toContainText(
    "Breaks a rule (confirmed): more mentees than the mentor offered to take",
  );
  await expect(rowOf(roomy.name).locator(PERSON_LINKS)).toHaveText([roomy.name, ainosMentees[1]!]);
  await expect(page.getByText(/^Changed by hand after the run \(1 change\):/)).toBeVisible();
  await expect(summaryValue(page, "Pairs")).toHaveText("3");
  await expect(summaryValue(page, "Unmatched")).toHaveText("0");
  await expectAccessible(page);

  // Publish, after the confirmation step.
  await page.getByRole("link", { name: "Publish this result…" }).click();
  await expect(page.getByText("creates 2 partnerships,")).toBeVisible();
  await expect(page.getByText("emails an introduction to 5 participants")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("I have reviewed the result and want to publish it").check();
  await page.getByRole("button", { name: "Publish and send the emails" }).click();
  await expect(page.getByText("Published: 2 partnerships created, 5 emails queued.")).toBeVisible();
  await expectAccessible(page);

  // The moved mentee is introduced to Kofi, their new mentor, through SMTP.
  const introduction = await waitForEmailWith(moved.email, /^Meet your partner in /);
  expect(introduction.subject).toBe(`Meet your partner in ${roundName}`);
  expect(introduction.text).toContain(`${single.name} — `);
  expect(introduction.text).toContain("Your mentor");
  expect(introduction.text).toContain(`Email: ${single.email}`);
  expect(introduction.text).not.toContain(roomy.name);
  // And Kofi meets both of his mentees in one email.
  const mentorIntroduction = await waitForEmailWith(single.email, /^Meet your partners in /);
  expect(mentorIntroduction.text).toContain(moved.name);
  expect(mentorIntroduction.text).toContain(kofisMentee);
  expect(mentorIntroduction.text).toContain("Your mentee");
});
