import { expect, test } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { firstLink, waitForEmail } from "../support/mailbox.ts";

test("a facilitator creates a programme and a round, fixes a date error, and opens it", async ({
  page,
}) => {
  await signIn(page, FACILITATOR, "/facilitate");
  await expect(page.getByRole("heading", { name: "Facilitate" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Create a programme" }).click();
  await expectAccessible(page);
  await page.getByLabel("Name").fill("Solo Librarians Exchange");
  await page.getByLabel("Organising association or network").fill("Special Libraries Network");
  await page.getByRole("button", { name: "Create programme" }).click();
  await expect(page.getByRole("heading", { name: "Solo Librarians Exchange" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "New round" }).click();
  await expectAccessible(page);
  await page.getByLabel("Round name").fill("Spring exchange");
  await page.locator("#field-theme").fill("Cross-sector learning");
  // Close applications before they open: the form must say so beside the field and keep what was typed.
  await page.getByLabel("Applications open").fill("2030-03-10T09:00");
  await page.getByLabel("Applications close").fill("2030-03-01T09:00");
  await page
    .getByLabel("Question text")
    .first()
    .fill("Which library association are you a member of?");
  await page.getByRole("button", { name: "Create round (as draft)" }).click();
  await expect(page.locator("#field-applicationsCloseAt-error")).toHaveText(
    "This date must come after “Applications open”.",
  );
  await expect(page.getByLabel("Round name")).toHaveValue("Spring exchange");
  await expect(page.getByLabel("Question text").first()).toHaveValue(
    "Which library association are you a member of?",
  );
  await expectAccessible(page);

  await page.getByLabel("Applications open").fill("2026-01-01T09:00");
  await page.getByLabel("Applications close").fill("2030-03-01T09:00");
  await page.getByLabel("Matching").fill("2030-03-03T09:00");
  await page.getByLabel("Round starts").fill("2030-03-10T09:00");
  await page.getByLabel("Round ends").fill("2030-07-10T09:00");
  await page.getByRole("button", { name: "Create round (as draft)" }).click();
  await expect(page.getByRole("heading", { name: "Spring exchange" })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Open for applications" }).click();
  await expect(page.getByText("Open for applications", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Public round page" }).click();
  await expect(page.getByRole("heading", { name: /Spring exchange/ })).toBeVisible();
  await expectAccessible(page);
});

test("a participant cannot open facilitator pages", async ({ page, browser }) => {
  const email = `participant-${Date.now()}@example.org`;
  await page.goto("/sign-up");
  await expectAccessible(page);
  await page.getByLabel("Your name").fill("Παρθένα Παπαδοπούλου");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("a-long-enough-password");
  await page.getByLabel("Password again").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText(`We have sent an email to ${email}.`);
  await expectAccessible(page);
  const verification = await waitForEmail(email);
  expect(verification.subject).toBe("Confirm your email address");
  expect(verification.html).toContain("Παρθένα Παπαδοπούλου");
  // The confirmation's link signs in.
  await page.goto(firstLink(verification, "/api/auth/verify-email"));

  await page.goto("/facilitate");
  await expect(page.getByRole("heading", { name: "Facilitate" })).toBeVisible();
  await expect(page.getByText("You do not facilitate any programme yet")).toBeVisible();
  await expect(page.getByText("International Peer Mentoring")).toHaveCount(0);

  // A facilitator URL of a programme this account does not facilitate gets a 404, never its
  // data: the real pages of the demo programme answer as an id that does not exist does.
  const facilitator = await (await browser.newContext()).newPage();
  await signIn(facilitator, FACILITATOR, "/facilitate");
  await facilitator.getByRole("link", { name: "International Peer Mentoring" }).first().click();
  await facilitator.getByRole("link", { name: "Round 1", exact: true }).first().click();
  await expect(facilitator.getByRole("heading", { name: /Round 1/ })).toBeVisible();
  const roundPath = new URL(facilitator.url()).pathname;
  await facilitator.goBack();
  const programmePath = new URL(facilitator.url()).pathname;
  expect(programmePath).toMatch(/^\/facilitate\/programmes\/[^/]+$/);
  expect(roundPath).toMatch(/^\/facilitate\/rounds\/[^/]+$/);
  await facilitator.context().close();
  for (const path of [
    "/facilitate/programmes/00000000-0000-0000-0000-000000000000",
    programmePath,
    roundPath,
    `${roundPath}/edit`,
    `${roundPath}/applicants`,
    `${roundPath}/applicants.csv`,
  ]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain("International Peer Mentoring");
  }
  const mail = await page.request.get("/dev/mail");
  expect(mail.status()).toBe(404);
});
