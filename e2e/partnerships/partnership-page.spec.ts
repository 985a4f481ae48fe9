/**
 * A participant's partnership page: after a facilitator publishes a small round, a matched
 * librarian makes an account, confirms the agreement, logs a meeting on her own clock and
 * downloads its .ics file, which is parsed back and checked.
 */
import { readFileSync } from "node:fs";
import { closeApplications } from "../support/close-applications.ts";
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { firstLink } from "../support/mailbox.ts";
import { waitForEmailWith } from "../support/matching-round.ts";

const HEADER =
  "name,email,country,languages,timezone,library,sector,career_stage,experience_years,interests,match_by,partner_sector,formats,availability";

test("a participant confirms the agreement, logs a meeting and takes it to her calendar", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const roundName = `Partnership round ${stamp}`;
  // Tuesday 18:00–22:00 in Tokyo and 10:00–14:00 in Madrid are the same hours (09–13 UTC in winter).
  const haruka = { name: "Haruka Sato", email: `haruka-${stamp}@example.org` };
  const marta = { name: "Marta Ruiz", email: `marta-${stamp}@example.org` };
  const csv = [
    HEADER,
    `${haruka.name},${haruka.email},JP,en:C1,Asia/Tokyo,Kyoto City Library,public,mid,7,makerspaces;copyright,interests,any,online,tue-18`,
    `${marta.name},${marta.email},ES,en:C1,Europe/Madrid,Biblioteca de Salamanca,academic,mid,9,makerspaces;copyright,interests,any,online,tue-10`,
  ].join("\r\n");

  // A facilitator runs a round of two and publishes the pair.
  await signIn(page, FACILITATOR, "/facilitate");
  await page.getByRole("link", { name: "Create a programme" }).click();
  await page.getByLabel("Name").fill(`Partnership programme ${stamp}`);
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
    .fill("We meet **twice a month** and reply within a week.");
  await page.getByRole("button", { name: "Create round (as draft)" }).click();
  await page.getByRole("button", { name: "Open for applications" }).click();
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
  // Closing before the promised date may ask first (and tell the applicants).
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

  // Haruka makes an account with her address and proves it.
  const context = await browser.newContext();
  const participant = await context.newPage();
  await participant.goto("/sign-up");
  await participant.getByLabel("Your name").fill(haruka.name);
  await participant.getByLabel("Email address").fill(haruka.email);
  await participant
    .getByRole("textbox", { name: "Password", exact: true })
    .fill("a-long-enough-password");
  await participant.getByLabel("Password again").fill("a-long-enough-password");
  await participant.getByRole("button", { name: "Create account" }).click();
  const verification = await waitForEmailWith(haruka.email, /Confirm your email address/);
  await participant.goto(firstLink(verification, "/api/auth/verify-email"));
  await participant.goto("/account");
  await participant
    .getByRole("link", { name: "Open your partnership page: agreement, topics and meetings" })
    .click();
  await expect(
    participant.getByRole("heading", { name: "Your partnership", level: 1 }),
  ).toBeVisible();
  const pageUrl = participant.url().split("?")[0]!;
  await expect(participant.getByRole("heading", { name: "Marta Ruiz" })).toBeVisible();
  await expect(
    participant.getByText("Times on this page are on your clock (Asia/Tokyo)"),
  ).toBeVisible();
  await expect(participant.getByText("No discussion topic has been sent yet.")).toBeVisible();
  // Tuesday 18:00–22:00 on her clock, offered as the next times both are free.
  await expect(
    participant.getByRole("link", { name: /^Tuesday, .+ to .+$/ }).first(),
  ).toBeVisible();
  await expectAccessible(participant);

  // The agreement, confirmed once.
  await expect(participant.getByText("We meet twice a month")).toBeVisible();
  await expect(participant.getByText("Marta Ruiz has not confirmed it yet.")).toBeVisible();
  await participant.getByRole("button", { name: "I confirm the agreement" }).click();
  await expect(participant.getByRole("status")).toHaveText(
    "Thank you: you have confirmed the agreement.",
  );
  // Focus goes to what happened, not to the page's body (docs/accessibility.md).
  await expect(participant.getByRole("status")).toBeFocused();
  await expect(participant.getByText(/^You confirmed it on .*GMT\+9/)).toBeVisible();
  await expect(participant.getByRole("button", { name: "I confirm the agreement" })).toHaveCount(0);

  // A time both are free fills in the form, on her clock.
  await participant
    .getByRole("link", { name: /^Tuesday, .+ to .+$/ })
    .first()
    .click();
  await expect(participant.getByLabel("Date and time")).toHaveValue(/^\d{4}-\d\d-\d\dT18:00$/);
  // A meeting a week from now at 19:00 in Tokyo (UTC+9, no daylight saving): 10:00 UTC.
  const tokyoDate = new Date(Date.now() + 7 * 86_400_000 + 9 * 3_600_000)
    .toISOString()
    .slice(0, 10);
  await participant.getByLabel("Date and time").fill(`${tokyoDate}T19:00`);
  await participant.getByLabel("Duration in minutes").fill("601");
  await participant.getByLabel("Note for both of you").fill("First call: makerspaces.");
  await participant.getByLabel("Private note").fill("Ask about the copyright workshop.");
  await participant.getByRole("button", { name: "Save the meeting" }).click();
  // Refused beside the field, nothing lost.
  await expect(
    participant.locator(".field--error").getByText("Enter a number of minutes between 5 and 600."),
  ).toBeVisible();
  await expect(participant.getByLabel("Private note")).toHaveValue(
    "Ask about the copyright workshop.",
  );
  await expectAccessible(participant);
  await participant.getByLabel("Duration in minutes").fill("45");
  await participant.getByRole("button", { name: "Save the meeting" }).click();
  await expect(participant.getByRole("status")).toHaveText("The meeting is saved.");
  await expect(participant.getByRole("status")).toBeFocused();
  const logged = participant.locator(".meeting-list > li").first();
  await expect(logged).toContainText("Planned");
  await expect(logged).toContainText("45 minutes · Online · One to one · Logged by you");
  await expect(logged).toContainText("Ask about the copyright workshop.");
  // The form is empty again for the next meeting.
  await expect(participant.getByLabel("Private note")).toHaveValue("");
  await expectAccessible(participant);

  // The .ics file, parsed back.
  const [download] = await Promise.all([
    participant.waitForEvent("download"),
    participant.getByRole("link", { name: /^Add the meeting of .* to my calendar/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`meeting-${tokyoDate}.ics`);
  const ics = readFileSync(await download.path(), "utf8");
  const calendar = ICAL.Component.fromString(ics);
  expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  const host = new URL(pageUrl).host;
  expect(event.uid).toMatch(new RegExp(`^meeting-[^@]+@${host.replace(".", "\\.")}$`));
  expect(event.sequence).toBe(0);
  expect(event.startDate.zone?.tzid).toBe("UTC");
  expect(event.startDate.toJSDate().toISOString()).toBe(`${tokyoDate}T10:00:00.000Z`);
  expect(event.endDate.toJSDate().toISOString()).toBe(`${tokyoDate}T10:45:00.000Z`);
  expect(event.summary).toBe("Meeting with Marta Ruiz");
  expect(ics).not.toContain("copyright workshop");
  const response = await participant.request.get(
    (await participant
      .getByRole("link", { name: /^Add the meeting of .* to my calendar/ })
      .getAttribute("href"))!,
  );
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");

  // Changed: the file's SEQUENCE goes up, its UID stays.
  await logged.getByRole("link", { name: /^Change the meeting of / }).click();
  await expect(participant.getByLabel("Date and time")).toHaveValue(`${tokyoDate}T19:00`);
  await expectAccessible(participant);
  await participant.getByLabel("Duration in minutes").fill("60");
  await participant.getByRole("button", { name: "Save the changes" }).click();
  await expect(participant.getByRole("status")).toHaveText("The meeting is changed.");
  const changed = ICAL.Component.fromString(
    await (await participant.request.get(response.url())).text(),
  );
  const changedEvent = new ICAL.Event(changed.getFirstSubcomponent("vevent")!);
  expect(changedEvent.uid).toBe(event.uid);
  expect(changedEvent.sequence).toBe(1);
  expect(changedEvent.endDate.toJSDate().toISOString()).toBe(`${tokyoDate}T11:00:00.000Z`);
  // Deleting asks first; keeping it changes nothing.
  await logged.getByRole("link", { name: /^Delete the meeting of / }).click();
  await expect(participant.getByRole("heading", { name: "Delete this meeting?" })).toBeVisible();
  await expectAccessible(participant);
  await participant.getByRole("link", { name: "Keep it" }).click();
  await expect(participant.locator(".meeting-list > li")).toHaveCount(1);

  // Someone else signed in sees nothing there.
  await page.goto(pageUrl);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  // The page in Spanish passes the same checks.
  await context.addCookies([{ name: "lang", value: "es", url: pageUrl }]);
  await participant.goto(pageUrl);
  await expect(
    participant.getByRole("heading", { name: "Su pareja de mentoría", level: 1 }),
  ).toBeVisible();
  await expect(participant.locator(".meeting-list > li").first()).toContainText("Prevista");
  await expectAccessible(participant);
  await context.close();
});
