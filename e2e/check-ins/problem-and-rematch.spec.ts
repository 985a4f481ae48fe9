/**
 * A problem pair, from the check-in email to a new partner: a facilitator publishes a round
 * that started a month ago (so a check-in is due), the scheduled job "check-ins.send" emails
 * it (the test server runs scheduled jobs every few seconds), a participant answers "There's
 * a problem" from the link without signing in, and the facilitator finds it on "What needs
 * you today", dissolves the pair from the follow-up list and re-matches her with a
 * waitlisted librarian; both new partners receive their introduction.
 */
import { expect, test } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { emailsTo, firstLink } from "../support/mailbox.ts";
import { waitForEmailWith } from "../support/matching-round.ts";

const HEADER =
  "name,email,country,languages,timezone,library,sector,career_stage,experience_years,interests,match_by,partner_sector,formats,availability";

/** "YYYY-MM-DDTHH:mm" for a datetime-local field, `days` from now. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);
}

test("a participant reports a problem from the check-in email; the facilitator dissolves and re-matches", async ({
  page,
  browser,
}) => {
  test.setTimeout(4 * 60_000);
  const stamp = Date.now();
  const roundName = `Check-in round ${stamp}`;
  const haruka = { name: "Haruka Sato", email: `haruka-ci-${stamp}@example.org` };
  const marta = { name: "Marta Ruiz", email: `marta-ci-${stamp}@example.org` };
  const cai = { name: "Cai Virtanen", email: `cai-ci-${stamp}@example.org` };
  const csv = [
    HEADER,
    `${haruka.name},${haruka.email},JP,en:C1,Asia/Tokyo,Kyoto City Library,public,mid,7,makerspaces;copyright,interests,any,online,tue-18`,
    `${marta.name},${marta.email},ES,en:C1,Europe/Madrid,Biblioteca de Salamanca,academic,mid,9,makerspaces;copyright,interests,any,online,tue-10`,
    `${cai.name},${cai.email},FI,en:C1,Europe/Helsinki,Oodi Library,public,mid,5,makerspaces;copyright,interests,any,online,tue-10`,
  ].join("\r\n");

  // A round that started 20 days ago: check-in 1 (day 14) is due.
  await signIn(page, FACILITATOR, "/facilitate");
  await page.getByRole("link", { name: "Create a programme" }).click();
  await page.getByLabel("Name").fill(`Check-in programme ${stamp}`);
  await page.getByRole("button", { name: "Create programme" }).click();
  await page.getByRole("link", { name: "New round" }).click();
  await page.getByLabel("Round name").fill(roundName);
  await page.getByLabel("Applications open").fill(daysFromNow(-60));
  await page.getByLabel("Applications close").fill(daysFromNow(-30));
  await page.getByLabel("Matching").fill(daysFromNow(-25));
  await page.getByLabel("Round starts").fill(daysFromNow(-20));
  await page.getByLabel("Round ends").fill(daysFromNow(100));
  await page.locator("#field-rulesMarkdown").fill("We meet **twice a month**.");
  await page.getByRole("button", { name: "Create round (as draft)" }).click();
  await page.getByRole("button", { name: "Open for applications" }).click();
  const roundUrl = page.url().split("?")[0]!;
  await page.getByRole("link", { name: "Import applications (CSV)" }).click();
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "three.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByLabel("I confirm that these applicants consented").check();
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByText(`3 applications were imported into ${roundName}.`)).toBeVisible({
    timeout: 20_000,
  });

  // Cai waits on the list; the two others are accepted and paired.
  await page.goto(`${roundUrl}/applicants`);
  await page.getByRole("link", { name: cai.name }).click();
  await page.getByRole("radio", { name: "Put on the waiting list" }).check();
  await page.getByLabel("Email the applicant about this decision").uncheck();
  await page.getByRole("button", { name: "Save the decision" }).click();
  // Saved before leaving: going on at once could cancel the decision's post on a busy machine.
  await expect(page.getByText("Saved: the application is on the waiting list.")).toBeVisible();
  await page.goto(roundUrl);
  await page.getByLabel("I have reviewed the submitted applications").check();
  await page.getByRole("button", { name: "Accept all 2 submitted applications" }).click();
  await page.getByRole("button", { name: "Close applications" }).click();
  await page.getByRole("link", { name: "Matching", exact: true }).click();
  await page.getByRole("button", { name: "Run matching" }).click();
  await expect(page.getByRole("heading", { name: `Result — ${roundName}` })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole("link", { name: "Publish this result…" }).click();
  await page.getByLabel("I have reviewed the result and want to publish it").check();
  await page.getByRole("button", { name: "Publish and send the emails" }).click();
  await expect(page.getByText(/^Published: 1 partnership/)).toBeVisible();

  // The scheduled job sends Marta her check-in.
  await expect
    .poll(() => emailsTo(marta.email).some((m) => /How is it going with Haruka/.test(m.subject)), {
      timeout: 90_000,
      intervals: [5_000],
    })
    .toBe(true);
  const checkIn = emailsTo(marta.email).find((m) => /How is it going/.test(m.subject))!;
  expect(checkIn.text).toContain("We've been in touch:");
  const problemLink = checkIn.text.match(/There's a problem:\n(\S+)/)![1]!;
  expect(problemLink).toContain("/check-in/");

  // She answers from the link, not signed in; opening it saved nothing.
  const context = await browser.newContext();
  const participant = await context.newPage();
  await participant.goto(problemLink);
  await expect(
    participant.getByRole("heading", { name: `Your check-in for ${roundName}` }),
  ).toBeVisible();
  await expect(participant.getByRole("radio", { name: "There's a problem" })).toBeChecked();
  await expectAccessible(participant);
  await participant.screenshot({ path: test.info().outputPath("check-in.png"), fullPage: true });
  await participant.getByRole("radio", { name: "No", exact: true }).check();
  await participant
    .getByLabel("A note for the facilitators")
    .fill("We have not managed to meet: our hours never match.");
  await participant.getByRole("button", { name: "Save my answer" }).click();
  await expect(participant.getByText("Thank you: your answer is saved.")).toBeVisible();
  await expectAccessible(participant);
  // A changed link is refused with a clear page.
  await participant.goto(`${problemLink.slice(0, -3)}xyz`);
  await expect(
    participant.getByRole("heading", { name: "This check-in link does not work" }),
  ).toBeVisible();
  await expectAccessible(participant);
  await context.close();

  // The facilitator's day lists the problem; its link opens the pair on the follow-up list.
  await page.goto("/facilitate/today");
  const problems = page.getByRole("region", { name: /Problems reported/ });
  await expect(problems.getByText(roundName).first()).toBeVisible();
  await expectAccessible(page);
  await problems
    .getByRole("listitem")
    .filter({ hasText: roundName })
    .getByRole("link")
    .first()
    .click();
  await page.waitForURL(/\/follow-up/);
  await expect(
    page.getByRole("heading", { name: `Pairs to follow up in ${roundName}` }),
  ).toBeVisible();
  await expect(page.getByText("A problem was reported")).toBeVisible();
  await expect(page.getByText("We have not managed to meet: our hours never match.")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("follow-up.png"), fullPage: true });
  await page.getByRole("link", { name: "Dissolve and re-match…" }).click();
  await expect(page.getByRole("heading", { name: /Dissolve the partnership of/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, dissolve it" }).click();
  await expect(page.getByText(/The partnership is dissolved/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: `Find a partner for ${marta.name}` }).click();
  await expect(
    page.getByRole("heading", { name: `A new partner for ${marta.name}` }),
  ).toBeVisible();
  // Her earlier partner is never proposed; Cai, waitlisted, is.
  await expect(page.getByRole("heading", { name: /Haruka Sato/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /Cai Virtanen/ })).toBeVisible();
  await expect(page.getByText("Why this match:")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("rematch.png"), fullPage: true });
  await page.getByRole("button", { name: `Pair ${marta.name} with ${cai.name}` }).click();
  await expect(page.getByText(`${marta.name} and ${cai.name} are now partners`)).toBeVisible();
  await expectAccessible(page);

  // Both new partners receive their introduction.
  const toCai = await waitForEmailWith(cai.email, /Meet your partner in/);
  expect(toCai.text).toContain(marta.name);
  await expect
    .poll(
      () =>
        emailsTo(marta.email).filter(
          (m) => /Meet your partner in/.test(m.subject) && m.text.includes(cai.name),
        ).length,
      { timeout: 20_000 },
    )
    .toBe(1);
  expect(firstLink(toCai, "/account")).toContain("/account");
});
