/**
 * The end-of-round survey, from the email to the facilitator's count: a facilitator publishes
 * a round that has just ended, adds a question of her own to its end survey, the scheduled job
 * "rounds.finish" (every few seconds on the test server) thanks each participant with the
 * survey's link, a participant answers from it without signing in, comes back with the same
 * link to change an answer, a changed link gets a clear page, and the facilitator sees one
 * answer of the two people it went to. Then the facilitator closes the survey: the same link
 * says it closed (and thanks her), also from a page opened before, and the link once expired
 * gets its own page (410). Errors take focus to their summary. axe on every page, the closed
 * and expired ones too.
 */
import { expect, test } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { closeApplications } from "../support/close-applications.ts";
import { emailsTo, firstLink } from "../support/mailbox.ts";
import { expiredSurveyLink } from "./expired-survey-link.ts";
import { localDateTime } from "./local-date-time.ts";

const HEADER =
  "name,email,country,languages,timezone,library,sector,career_stage,experience_years,interests,match_by,partner_sector,formats,availability";

/** "YYYY-MM-DDTHH:mm" (UTC) for a datetime-local field, `days` from now. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);
}

test("a participant answers the end-of-round survey from the email and changes an answer; the facilitator sees the count", async ({
  page,
  browser,
}) => {
  test.setTimeout(6 * 60_000);
  const stamp = Date.now();
  const roundName = `Survey round ${stamp}`;
  const nadia = { name: "Nadia Haddad", email: `nadia-sv-${stamp}@example.org` };
  const tomas = { name: "Tomás Silva", email: `tomas-sv-${stamp}@example.org` };
  const csv = [
    HEADER,
    `${nadia.name},${nadia.email},LB,en:C1,Asia/Beirut,Beirut Public Library,public,mid,7,makerspaces;copyright,interests,any,online,tue-14`,
    `${tomas.name},${tomas.email},PT,en:C1,Europe/Lisbon,Biblioteca de Coimbra,academic,mid,9,makerspaces;copyright,interests,any,online,tue-14`,
  ].join("\r\n");

  // A round whose four months ended an hour ago, published now.
  await page.context().addCookies([{ name: "lang", value: "en", url: "http://localhost" }]);
  await signIn(page, FACILITATOR, "/facilitate");
  await page.getByRole("link", { name: "Create a programme" }).click();
  await page.getByLabel("Name").fill(`Survey programme ${stamp}`);
  await page.getByRole("button", { name: "Create programme" }).click();
  await page.getByRole("link", { name: "New round" }).click();
  await page.getByLabel("Round name").fill(roundName);
  await page.getByLabel("Applications open").fill(daysFromNow(-160));
  await page.getByLabel("Applications close").fill(daysFromNow(-140));
  await page.getByLabel("Matching").fill(daysFromNow(-130));
  await page.getByLabel("Round starts").fill(daysFromNow(-120));
  await page.getByLabel("Round ends").fill(daysFromNow(-1 / 24));
  await page.locator("#field-rulesMarkdown").fill("We meet **twice a month**.");
  await page.getByRole("button", { name: "Create round (as draft)" }).click();
  await page.getByRole("button", { name: "Open for applications" }).click();
  const roundUrl = page.url().split("?")[0]!;
  await page.getByRole("link", { name: "Import applications (CSV)" }).click();
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "two.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByLabel("I confirm that these applicants consented").check();
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByText(`2 applications were imported into ${roundName}.`)).toBeVisible({
    timeout: 20_000,
  });
  await page.goto(roundUrl);
  await page.getByLabel("I have reviewed the submitted applications").check();
  await page.getByRole("button", { name: "Accept all 2 submitted applications" }).click();
  await closeApplications(page);

  // Before publishing, the facilitator adds a question to the end-of-round survey.
  await page.getByRole("link", { name: "Surveys: mid-round and end of round" }).click();
  await expect(page.getByRole("heading", { name: `Surveys of ${roundName}` })).toBeVisible();
  // Reading the page wrote nothing: a round not yet published has no surveys until asked.
  await expect(page.getByText(/^This round has no surveys yet\./)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create the surveys" }).click();
  await page.getByRole("link", { name: /Questions and dates — End-of-round survey/ }).click();
  await expect(
    page.getByRole("heading", { name: `End-of-round survey of ${roundName}` }),
  ).toBeVisible();
  await expect(
    page.getByText("Overall, how satisfied are you with the programme?", { exact: true }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Add a question" }).click();
  await page.getByLabel("Kind of answer").selectOption("text");
  await page.getByRole("button", { name: "Add the question" }).click();
  // Nothing typed: the error sits beside the question's field, and focus is on the summary.
  await expect(page.locator("#field-prompts-en-error")).toHaveText("This field is required.");
  await expect(page.locator(".error-summary")).toBeFocused();
  await expectAccessible(page);
  await page
    .getByLabel("Question in English (the programme's language)")
    .fill("Which session would you repeat?");
  await page.getByLabel("Question in Spanish").fill("¿Qué sesión repetiría?");
  await page.getByRole("button", { name: "Add the question" }).click();
  await expect(page.getByText("Question added at the end.")).toBeVisible();
  await expect(page.getByText("Which session would you repeat?", { exact: true })).toBeVisible();
  await expectAccessible(page);
  // Its page to change it: the Spanish kept, the kind of answer still a choice (no answers).
  await page.getByRole("link", { name: "Change — Which session would you repeat?" }).click();
  await expect(page.getByLabel("Question in Spanish")).toHaveValue("¿Qué sesión repetiría?");
  await expect(page.getByLabel("Kind of answer")).toHaveValue("text");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Back to the survey" }).click();

  await page.goto(roundUrl);
  await page.getByRole("link", { name: "Matching", exact: true }).click();
  await page.getByRole("button", { name: "Run matching" }).click();
  await expect(page.getByRole("heading", { name: `Result — ${roundName}` })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole("link", { name: "Publish this result…" }).click();
  await page.getByLabel("I have reviewed the result and want to publish it").check();
  await page.getByRole("button", { name: "Publish and send the emails" }).click();
  await expect(page.getByText(/^Published: 1 partnership/)).toBeVisible();

  // The round has ended: "rounds.finish" thanks Nadia, with the survey's link.
  await expect
    .poll(() => emailsTo(nadia.email).some((m) => /Thank you/i.test(m.subject)), {
      timeout: 90_000,
      intervals: [3_000],
    })
    .toBe(true);
  const thanks = emailsTo(nadia.email).find((m) => /Thank you/i.test(m.subject))!;
  expect(thanks.text).toContain("One last thing: tell us how the round went");
  const surveyLink = firstLink(thanks, "/survey/");

  // She answers from the link, not signed in.
  const context = await browser.newContext();
  await context.addCookies([{ name: "lang", value: "en", url: "http://localhost" }]);
  const participant = await context.newPage();
  await participant.goto(surveyLink);
  await expect(
    participant.getByRole("heading", { name: `${roundName}: End-of-round survey` }),
  ).toBeVisible();
  await expectAccessible(participant);
  // Sent without the one required answer: the question is named beside it.
  await participant.getByRole("button", { name: "Send my answers" }).click();
  await expect(
    participant
      .getByRole("group", { name: /Overall, how satisfied are you with the programme\?/ })
      .getByText("Please answer “Overall, how satisfied are you with the programme?”."),
  ).toBeVisible();
  // The button she pressed is at the bottom: focus moves to the list of problems at the top.
  await expect(participant.locator(".error-summary")).toBeFocused();
  await expectAccessible(participant);
  const satisfaction = participant.getByRole("group", {
    name: /Overall, how satisfied are you with the programme\?/,
  });
  await satisfaction.getByRole("radio", { name: "5 — very much" }).check();
  const formats = participant.getByRole("group", { name: "How did you keep in touch?" });
  await formats.getByRole("checkbox", { name: "Video calls" }).check();
  await formats.getByRole("checkbox", { name: "Group sessions" }).check();
  await participant
    .getByRole("group", { name: "Would you recommend the programme to a colleague?" })
    .getByRole("radio", { name: "Yes" })
    .check();
  await participant
    .getByLabel("What have you learned from your partner?")
    .fill("How a university library runs a makerspace.");
  await participant
    .getByLabel("Which session would you repeat?")
    .fill("The one on copyright for digitised collections.");
  await participant.screenshot({ path: test.info().outputPath("survey.png"), fullPage: true });
  await participant.getByRole("button", { name: "Send my answers" }).click();
  await expect(participant.getByText("Thank you! Your answers are saved.")).toBeVisible();
  await expectAccessible(participant);

  // Days later she opens the same link: her answers are there, and she changes one.
  await participant.goto(surveyLink);
  await expect(participant.getByText(/^You answered on /)).toBeVisible();
  await expect(satisfaction.getByRole("radio", { name: "5 — very much" })).toBeChecked();
  await expect(formats.getByRole("checkbox", { name: "Video calls" })).toBeChecked();
  await satisfaction.getByRole("radio", { name: "4" }).check();
  await participant.getByRole("button", { name: "Save my changes" }).click();
  await expect(participant.getByText("Thank you! Your answers are saved.")).toBeVisible();
  await participant.goto(surveyLink);
  await expect(satisfaction.getByRole("radio", { name: "4", exact: true })).toBeChecked();

  // A changed link gets a clear page.
  const changed = await participant.goto(`${surveyLink.slice(0, -3)}xyz`);
  expect(changed?.status()).toBe(404);
  await expect(
    participant.getByRole("heading", { name: "This survey link does not work" }),
  ).toBeVisible();
  await expectAccessible(participant);
  await context.close();

  // The facilitator sees one answer of the two people the survey went to.
  await page.goto(`${roundUrl}/surveys`);
  const end = page.getByRole("region", { name: /End-of-round survey/ });
  await expect(end.getByText("1 of 2 answered")).toBeVisible();
  await expect(end.getByText("Open")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("surveys.png"), fullPage: true });

  // The facilitator closes the survey at the next minute, while Nadia has it open again;
  // then her link says it closed.
  const later = await browser.newContext();
  await later.addCookies([{ name: "lang", value: "en", url: "http://localhost" }]);
  const stale = await later.newPage();
  await stale.goto(surveyLink);
  await end.getByRole("link", { name: /Questions and dates/ }).click();
  const zone = await page.locator('input[name="timeZone"]').inputValue();
  const closing = new Date(Math.ceil((Date.now() + 5_000) / 60_000) * 60_000);
  await page.getByLabel(/Reminder on/).fill("");
  await page.getByLabel(/Closes on/).fill(localDateTime(closing, zone));
  await page.getByRole("button", { name: "Save the dates" }).click();
  await expect(page.getByText("Dates saved.")).toBeVisible();
  const again = await later.newPage();
  await expect
    .poll(
      async () => {
        await again.goto(surveyLink);
        return again.getByRole("heading", { level: 1 }).textContent();
      },
      { timeout: 90_000, intervals: [5_000] },
    )
    .toBe("This survey has closed");
  await expect(again.getByText("Your answers were received. Thank you!")).toBeVisible();
  await expectAccessible(again);
  // Sent from the page opened before it closed: the same page, with the real closing date.
  await stale
    .getByRole("group", { name: /Overall, how satisfied are you with the programme\?/ })
    .getByRole("radio", { name: "3", exact: true })
    .check();
  await stale.getByRole("button", { name: "Save my changes" }).click();
  await expect(stale.getByRole("heading", { name: "This survey has closed" })).toBeVisible();
  await expect(stale.getByText(/^It closed on /)).toHaveText(
    (await again.getByText(/^It closed on /).textContent())!,
  );

  // Her link once its time is up (30 days after closing): a page that says it expired.
  const expired = await again.goto(expiredSurveyLink(surveyLink));
  expect(expired?.status()).toBe(410);
  await expect(again.getByRole("heading", { name: "This survey link has expired" })).toBeVisible();
  await expectAccessible(again);
  await later.close();
});
