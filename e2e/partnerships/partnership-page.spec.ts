/**
 * A participant's partnership page: after a facilitator publishes a small round, a matched
 * librarian makes an account, confirms the agreement, logs a meeting on her own clock and
 * downloads its .ics file, which is parsed back and checked.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { expectAccessible } from "../support/axe.ts";
import { firstLink } from "../support/mailbox.ts";
import { waitForEmailWith } from "../support/matching-round.ts";
import { pairInTokyoAndMadrid, publishImportedPair } from "../support/publish-imported-pair.ts";

test("a participant confirms the agreement, logs a meeting and takes it to her calendar", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const haruka = { name: "Haruka Sato", email: `haruka-${stamp}@example.org` };
  const marta = { name: "Marta Ruiz", email: `marta-${stamp}@example.org` };

  // A facilitator runs a round of two and publishes the pair.
  await publishImportedPair(
    page,
    {
      programmeName: `Partnership programme ${stamp}`,
      roundName: `Partnership round ${stamp}`,
      rulesMarkdown: "We meet **twice a month** and reply within a week.",
    },
    pairInTokyoAndMadrid(haruka, marta),
  );

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
