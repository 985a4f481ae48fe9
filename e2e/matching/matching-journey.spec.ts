import { expect, test } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { firstLink } from "../support/mailbox.ts";
import {
  applicantsCsv,
  fillSpanishApplication,
  waitForEmailWith,
} from "../support/matching-round.ts";
import { closeApplications } from "../support/close-applications.ts";

test("a facilitator matches a round, adjusts it, publishes, and a participant meets their partner", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const roundName = `Matching round ${stamp}`;

  // A programme and an open round of its own (the demo round stays open for other journeys).
  await signIn(page, FACILITATOR, "/facilitate");
  await page.getByRole("link", { name: "Create a programme" }).click();
  await page.getByLabel("Name").fill(`Matching programme ${stamp}`);
  await page.getByRole("button", { name: "Create programme" }).click();
  await page.getByRole("link", { name: "New round" }).click();
  await page.getByLabel("Round name").fill(roundName);
  await page.getByLabel("Applications open").fill("2026-01-01T09:00");
  await page.getByLabel("Applications close").fill("2030-03-01T09:00");
  await page.getByLabel("Matching").fill("2030-03-03T09:00");
  await page.getByLabel("Round starts").fill("2030-03-10T09:00");
  await page.getByLabel("Round ends").fill("2030-07-10T09:00");
  await page
    .locator("#field-rulesMarkdown")
    .fill("We meet **once a month** and answer within a week.");
  await page.getByRole("button", { name: "Create round (as draft)" }).click();
  await page.getByRole("button", { name: "Open for applications" }).click();
  await expect(page.getByText("Open for applications", { exact: true })).toBeVisible();
  const roundUrl = page.url().split("?")[0]!;

  // Seven imported applicants, and one who applies herself in Spanish.
  await page.getByRole("link", { name: "Import applications (CSV)" }).click();
  const csv = applicantsCsv(stamp, ["FI", "KE", "BR", "JP", "IN", "CA", "MX"]);
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "peers.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByLabel("I confirm that these applicants consented").check();
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByText(`7 applications were imported into ${roundName}.`)).toBeVisible({
    timeout: 20_000,
  });
  await page.goto(roundUrl);
  const publicPath = await page
    .getByRole("link", { name: "Public round page" })
    .getAttribute("href");
  const lucia = { name: "Lucía Fernández", email: `lucia-${stamp}@example.org` };
  const applicant = await browser.newPage();
  await applicant.goto(`${publicPath}/apply`);
  await fillSpanishApplication(applicant, lucia.name, lucia.email);
  await applicant.context().addCookies([{ name: "lang", value: "es", url: applicant.url() }]);
  await applicant.getByRole("button", { name: "Send my application" }).click();
  await waitForEmailWith(lucia.email, /Hemos recibido su solicitud/);
  await applicant.close();

  // Accept all eight (without emailing the decision), then close applications.
  await page.goto(`${roundUrl}/applicants`);
  const detailLinks = await page
    .locator("table a[href*='/applicants/']")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(detailLinks).toHaveLength(8);
  // The list's plain links navigate within the app once it is hydrated (one handler for the
  // list): a mark left on the window survives the click, as it would not a page load.
  await expect(async () => {
    await page.goto(`${roundUrl}/applicants`);
    await page.waitForFunction(() => "__reactRouterDataRouter" in window);
    await page.evaluate(() => Object.assign(window, { stayed: true }));
    await page.locator("table a[href*='/applicants/']").first().click();
    await page.waitForURL((url) => url.pathname === detailLinks[0]);
    expect(await page.evaluate(() => "stayed" in window)).toBe(true);
  }).toPass({ timeout: 20_000 });
  for (const href of detailLinks) {
    await page.goto(href);
    await page.getByRole("radio", { name: "Accept", exact: true }).check();
    await page.getByLabel("Email the applicant about this decision").uncheck();
    await page.getByRole("button", { name: "Save the decision" }).click();
    await expect(page.getByText("Saved: the application is accepted.")).toBeVisible();
  }
  await page.goto(roundUrl);
  await closeApplications(page);

  // Review the criteria and run matching.
  await page.getByRole("link", { name: "Matching", exact: true }).click();
  await expect(page.getByText(/8 accepted applicants take part/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Run matching" }).click();
  await page.waitForURL(/\/runs\/[^/]+$/, { timeout: 30_000 });
  const resultHeading = page.getByRole("heading", { name: `Result — ${roundName}` });
  await expect(resultHeading).toBeVisible({ timeout: 30_000 });
  await expect(
    page
      .getByRole("term")
      .filter({ hasText: /^Pairs$/ })
      .locator("xpath=following-sibling::dd[1]"),
  ).toHaveText("4");
  await expect(page.getByRole("img", { name: /Score distribution/ })).toBeVisible();
  // Each name is isolated, so one written right to left cannot scramble "A & B".
  const firstPair = page
    .getByRole("row")
    .filter({ has: page.getByRole("checkbox", { name: /for a swap/ }) })
    .first();
  await expect(firstPair.locator("a bdi")).toHaveCount(2);
  await expectAccessible(page);

  // Lock one pair, swap the partners of two others, on the result sorted weakest first: each
  // action comes back to the same view.
  await page.goto(`${page.url()}?sort=score-asc`);
  const lockButton = page.getByRole("button", { name: /^Lock / }).first();
  const lockedNames = (await lockButton.getAttribute("aria-label"))!.replace(/^Lock /, "");
  await lockButton.click();
  await expect(page.getByText("Pair locked: it stays together in re-runs.")).toBeVisible();
  await expect(page).toHaveURL(/[?&]sort=score-asc(&|$)/);
  await expectAccessible(page);
  const swapBoxes = page.getByRole("checkbox", { name: /for a swap/ });
  await swapBoxes.nth(1).check();
  await swapBoxes.nth(2).check();
  await page.getByRole("button", { name: "Swap partners between the two selected pairs" }).click();
  await expect(page.getByRole("heading", { name: "Swap partners" })).toBeVisible();
  await expectAccessible(page);
  const firstOption = page.locator("section").filter({ hasText: "Option 1" });
  const confirm = firstOption.getByLabel("I know this breaks a hard rule and want it anyway");
  if (await confirm.count()) await confirm.check();
  await firstOption.getByRole("button", { name: /Swap like this/ }).click();
  await expect(page.getByText("Partners swapped. The new pairs are locked")).toBeVisible();
  await expect(page).toHaveURL(/[?&]sort=score-asc(&|$)/);
  await expect(page.getByText(/^A re-run keeps every locked pair together/)).toBeVisible();

  // The five best alternatives for one person.
  await page.locator("table a[href*='/people/']").first().click();
  await expect(page.getByRole("heading", { name: /^Alternatives for / })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Back to the result" }).click();
  // Back to the result as it was left: still sorted weakest first.
  await page.waitForURL(/\/runs\/[^/]+\?sort=score-asc$/);
  await page.goto(new URL(page.url()).pathname);

  // A swapped pair is locked, so the re-run keeps it; the page says so before the re-run.
  const swappedRow = page.getByRole("row").filter({ hasText: "Changed by hand" }).first();
  await expect(swappedRow.getByText("Locked", { exact: true })).toBeVisible();
  const swappedNames = await swappedRow.locator("a[href*='/people/']").allTextContents();
  expect(swappedNames).toHaveLength(2);

  // Block a pair by mistake, then lift the block from the matching page.
  const firstRunPath = new URL(page.url()).pathname;
  const blockButton = page.getByRole("button", { name: /^Block / }).last();
  const blockedNames = (await blockButton.getAttribute("aria-label"))!
    .replace(/^Block /, "")
    .replace(/ \(never pair them\)$/, "");
  await blockButton.click();
  await expect(page.getByText("Pair blocked: they are unmatched")).toBeVisible();
  await page.getByRole("link", { name: "Back to matching" }).click();
  await page.getByRole("link", { name: "See and lift the blocks" }).click();
  await expect(page.getByRole("heading", { name: /^Blocked pairs/ })).toBeVisible();
  await expectAccessible(page);
  const [blockedA, blockedB] = blockedNames.split(" & ") as [string, string];
  const liftButton = page.getByRole("button", { name: /^Lift the block on / });
  await expect(liftButton).toHaveAccessibleName(new RegExp(blockedA));
  await expect(liftButton).toHaveAccessibleName(new RegExp(blockedB));
  await liftButton.click();
  await expect(page.getByRole("status")).toContainText(/^Block lifted: .* may be paired again/);
  await expect(page.getByText("No pairs are blocked in this round.")).toBeVisible();
  await page.goto(firstRunPath);

  // Re-run: the locked pair stays together; then compare the two runs.
  await page.getByRole("button", { name: "Re-run from this result" }).click();
  await page.waitForURL(
    (url) => /\/runs\/[^/]+$/.test(url.pathname) && url.pathname !== firstRunPath,
    {
      timeout: 30_000,
    },
  );
  await expect(resultHeading).toBeVisible();
  const [lockedA, lockedB] = lockedNames.split(" & ") as [string, string];
  const lockedRow = page.getByRole("row").filter({ hasText: lockedA }).filter({ hasText: lockedB });
  await expect(lockedRow.getByText("Locked", { exact: true })).toBeVisible();
  // Locked, not paired, by the facilitator: the run made this pair.
  await expect(lockedRow).toContainText(/kept together by the facilitator/i);
  await expect(lockedRow).not.toContainText(/paired by the facilitator/i);
  const swappedAgain = page
    .getByRole("row")
    .filter({ hasText: swappedNames[0] })
    .filter({ hasText: swappedNames[1] });
  await expect(swappedAgain.getByText("Locked", { exact: true })).toBeVisible();
  const rerunUrl = page.url();
  await page.getByRole("link", { name: "Back to matching" }).click();
  await expectAccessible(page);
  // Dates and numbers as the reader writes them (Intl), not "2026-12-02 03:21 UTC" or "145719".
  await expect(page.locator("#compare-a option").first()).not.toHaveText(/\d{4}-\d\d-\d\d/);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { name: "Compare runs" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Total score" })).toBeVisible();
  const totals = await page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Total score" }) })
    .getByRole("cell")
    .allTextContents();
  expect(totals.slice(0, 2)).toEqual([
    expect.stringMatching(/^\d{1,3}(,\d{3})+$/),
    expect.stringMatching(/^\d{1,3}(,\d{3})+$/),
  ]);
  expect(totals[2]).toMatch(/^([+-]\d{1,3}(,\d{3})*|0)$/);
  await expectAccessible(page);

  // Publish the re-run, after a confirmation step.
  await page.goto(rerunUrl);
  await page.getByRole("link", { name: "Publish this result…" }).click();
  await expect(page.getByText("creates 4 partnerships,")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("I have reviewed the result and want to publish it").check();
  await page.getByRole("button", { name: "Publish and send the emails" }).click();
  await expect(page.getByText("Published: 4 partnerships created, 8 emails queued.")).toBeVisible();
  await expectAccessible(page);

  // The introduction reaches Lucía through SMTP, in Spanish, with her partner's details.
  const introduction = await waitForEmailWith(lucia.email, /Conozca a su pareja/);
  expect(introduction.subject).toBe(`Conozca a su pareja en ${roundName}`);
  const partnerEmail = introduction.text.match(
    /Correo electrónico: (peer-\d+-\d+@example\.org)/,
  )?.[1];
  expect(partnerEmail).toBeDefined();
  expect(introduction.text).toMatch(/Intereses en común: .*Makerspaces/);
  expect(introduction.text).toContain("(su hora, Europe/Madrid)");
  // The agreement is quoted as text, not raw Markdown.
  expect(introduction.text).toContain("> We meet once a month and answer within a week.");
  const partnerIntroduction = await waitForEmailWith(partnerEmail!, /Meet your partner/);
  expect(partnerIntroduction.text).toContain(lucia.name);
  expect(partnerIntroduction.text).toContain(lucia.email);

  // Lucía creates an account with the same email and sees her partner, in Spanish.
  const participantContext = await browser.newContext();
  const participant = await participantContext.newPage();
  await participant.goto("/sign-up");
  await participant.getByLabel("Your name").fill(lucia.name);
  await participant.getByLabel("Email address").fill(lucia.email);
  await participant
    .getByRole("textbox", { name: "Password", exact: true })
    .fill("a-long-enough-password");
  await participant.getByLabel("Password again").fill("a-long-enough-password");
  await participant.getByRole("button", { name: "Create account" }).click();
  const verification = await waitForEmailWith(lucia.email, /Confirm your email address/);
  await participant.goto(firstLink(verification, "/api/auth/verify-email"));
  await participant.goto("/account");
  await expect(participant.getByRole("heading", { name: "Your partner" })).toBeVisible();
  await expectAccessible(participant);
  // In Spanish: she chooses the language, then signs in again (the session carries the old one for a minute).
  await participant.getByRole("combobox", { name: "Language" }).selectOption("es");
  await participant.getByRole("button", { name: "Change" }).click();
  await participant.locator('form[action="/sign-out"] button').click();
  await participant.goto("/sign-in?next=/account");
  const signInForm = participant
    .locator("form")
    .filter({ has: participant.locator('input[name="password"]') });
  await signInForm.locator('input[name="email"]').fill(lucia.email);
  await signInForm.locator('input[name="password"]').fill("a-long-enough-password");
  await signInForm.locator("button").click();
  await participant.waitForURL(/\/account/);
  await expect(participant.getByRole("heading", { name: "Su pareja" })).toBeVisible();
  await expect(participant.getByRole("link", { name: partnerEmail! })).toBeVisible();
  await expect(participant.getByText("once a month")).toBeVisible();
  await expectAccessible(participant);
  await participantContext.close();
});
