/**
 * Group sessions: a facilitator (the demo facilitator) publishes a small round through the
 * pages, schedules a group session for it, changes it; a matched librarian makes an account,
 * sees the session on her own clock and answers; the round's calendar feed parses and follows
 * every change; the facilitator cancels the session after a confirmation step.
 */
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { expectAccessible } from "../support/axe.ts";
import { emailsTo, firstLink } from "../support/mailbox.ts";
import { pairInTokyoAndMadrid, publishImportedPair } from "../support/publish-imported-pair.ts";

test("a facilitator schedules and changes a group session, a participant answers, calendars follow", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const roundName = `Sessions round ${stamp}`;
  const haruka = { name: "Haruka Sato", email: `haruka-s-${stamp}@example.org` };
  const marta = { name: "Marta Ruiz", email: `marta-s-${stamp}@example.org` };

  // A round of two, published through the facilitator's pages.
  const { roundId } = await publishImportedPair(
    page,
    {
      programmeName: `Sessions programme ${stamp}`,
      roundName,
      // Closed on the promised date already: closing asks nothing more.
      applicationsClose: "2026-06-01T09:00",
    },
    pairInTokyoAndMadrid(haruka, marta),
  );

  // No sessions yet; schedule one. An empty form is refused beside each field.
  const sessionsUrl = `/facilitate/rounds/${roundId}/sessions`;
  await page.goto(sessionsUrl);
  await expect(
    page.getByRole("heading", { name: `Group sessions of ${roundName}`, level: 1 }),
  ).toBeVisible();
  await expect(page.getByText("No group sessions are scheduled in this round yet.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Schedule a session" }).click();
  await expectAccessible(page);
  await page.getByLabel("Online meeting link").fill("http://meet.example.org/kick-off");
  await page.getByRole("button", { name: "Schedule the session" }).click();
  await expect(page.getByRole("alert")).toContainText("Please correct the 3 problems below.");
  await expect(page.locator(".field--error").getByText("This field is required.")).toBeVisible();
  await expect(
    page.locator(".field--error").getByText("Enter a full link starting with https://", {
      exact: false,
    }),
  ).toBeVisible();
  await expect(page.getByLabel("Online meeting link")).toHaveValue(
    "http://meet.example.org/kick-off",
  );
  await expectAccessible(page);
  await page.getByLabel("Title").fill("Kick-off");
  await page.getByLabel("Description").fill("Bring one story from your library.");
  // 10:00 in Madrid on 15 April 2030 (summer time, UTC+2) is 08:00 UTC.
  await page.getByLabel("Date and start time").fill("2030-04-15T10:00");
  await page.getByLabel("Time zone of the start time").selectOption("Europe/Madrid");
  await page.getByLabel("Duration in minutes").fill("90");
  await page.getByLabel("Online meeting link").fill("https://meet.example.org/kick-off");
  await page.getByRole("button", { name: "Schedule the session" }).click();
  await expect(page.getByRole("status")).toContainText("Session scheduled.");
  const row = page.getByRole("row").filter({ hasText: "Kick-off" });
  await expect(row.locator("time")).toHaveAttribute("datetime", "2030-04-15T08:00:00.000Z");
  await expect(row).toContainText("90 minutes");
  await expect(row).toContainText("Yes: 0 · Maybe: 0 · No: 0");
  await expectAccessible(page);
  const feedUrl = await page.getByLabel("Calendar address").inputValue();
  expect(feedUrl).toMatch(/\/calendar\/[^/]+\.ics$/);

  // Changed: another title and a day later, an hour later.
  await row.getByRole("link", { name: "Edit Kick-off" }).click();
  await expectAccessible(page);
  await page.getByLabel("Title").fill("Kick-off: advocacy stories");
  await page.getByLabel("Time zone of the start time").selectOption("Europe/Madrid");
  await page.getByLabel("Date and start time").fill("2030-04-16T11:00");
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByRole("status")).toContainText("Changes saved.");
  const changed = page.getByRole("row").filter({ hasText: "Kick-off: advocacy stories" });
  await expect(changed.locator("time")).toHaveAttribute("datetime", "2030-04-16T09:00:00.000Z");

  // The feed, fetched as a calendar app does (no account), parses; the change raised SEQUENCE.
  const feed = await page.request.get(feedUrl, { headers: { cookie: "" } });
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const calendar = ICAL.Component.fromString(await feed.text());
  expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
  expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(roundName);
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  const event = new ICAL.Event(events[0]);
  const uid = event.uid;
  expect(uid).toMatch(new RegExp(`^session-[^@]+@${new URL(feedUrl).host}$`));
  expect(event.summary).toBe("Kick-off: advocacy stories");
  expect(event.sequence).toBe(1);
  expect(event.startDate.toJSDate().toISOString()).toBe("2030-04-16T09:00:00.000Z");
  expect(event.endDate.toJSDate().toISOString()).toBe("2030-04-16T10:30:00.000Z");
  expect(events[0]!.getFirstPropertyValue("status")).toBe("CONFIRMED");
  const [body, mac] = new URL(feedUrl).pathname.replace(/^\/calendar\//, "").split(".");
  const tampered = await page.request.get(`/calendar/${body}x.${mac}.ics`);
  expect(tampered.status()).toBe(404);

  // Haruka makes an account with her address, proves it and answers on her own clock.
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
  // The demo's own emails (hundreds, on a fresh start) are delivered first: wait longer.
  await expect
    .poll(() => emailsTo(haruka.email).find((m) => /Confirm your email/.test(m.subject)), {
      timeout: 90_000,
    })
    .toBeDefined();
  const verification = emailsTo(haruka.email).find((m) => /Confirm your email/.test(m.subject))!;
  await participant.goto(firstLink(verification, "/api/auth/verify-email"));
  await participant.goto(`/rounds/${roundId}/sessions`);
  await expect(
    participant.getByRole("heading", { name: `Group sessions of ${roundName}`, level: 1 }),
  ).toBeVisible();
  await expect(
    participant.getByText("Times are shown in your time zone, Asia/Tokyo"),
  ).toBeVisible();
  const card = participant.locator("li.card").filter({ hasText: "Kick-off: advocacy stories" });
  // 09:00 UTC is 18:00 in Tokyo.
  await expect(card.locator("time")).toHaveText(/Apr 16, 2030.*06:00\s?PM/);
  await expect(
    card.getByRole("link", { name: "Join online Kick-off: advocacy stories" }),
  ).toHaveAttribute("href", "https://meet.example.org/kick-off");
  await expect(participant.getByLabel("Calendar address")).toHaveValue(feedUrl);
  await expect(
    participant.getByRole("heading", { name: "Subscribe in your calendar app" }),
  ).toBeVisible();
  await expectAccessible(participant);
  await card.getByRole("radio", { name: "Yes, I'll come" }).check();
  await card.getByRole("button", { name: /^Save my answer/ }).click();
  await expect(participant.getByRole("status")).toHaveText("Answer saved: Yes, I'll come.");
  await expect(card.getByRole("radio", { name: "Yes, I'll come" })).toBeChecked();
  // Answering again replaces the answer.
  await card.getByRole("radio", { name: "Maybe" }).check();
  await card.getByRole("button", { name: /^Save my answer/ }).click();
  await expect(participant.getByRole("status")).toHaveText("Answer saved: Maybe.");
  await expect(card.getByRole("radio", { name: "Maybe" })).toBeChecked();
  await expectAccessible(participant);

  // The facilitator is no participant: the participants' page is not found for her.
  await page.goto(`/rounds/${roundId}/sessions`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  // The facilitator sees one "maybe", then cancels the session after confirming.
  await page.goto(sessionsUrl);
  const answered = page.getByRole("row").filter({ hasText: "Kick-off: advocacy stories" });
  await expect(answered).toContainText("Yes: 0 · Maybe: 1 · No: 0");
  await answered.getByRole("link", { name: "Cancel Kick-off: advocacy stories" }).click();
  await expect(
    page.getByRole("heading", { name: "Cancel “Kick-off: advocacy stories”?" }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, cancel the session" }).click();
  await expect(page.getByRole("status")).toContainText("Session cancelled.");
  await expect(
    page.getByRole("row").filter({ hasText: "Kick-off: advocacy stories" }),
  ).toContainText("Cancelled");
  await expectAccessible(page);

  // The feed keeps the event, same UID, cancelled, with a higher SEQUENCE.
  const after = ICAL.Component.fromString(await (await page.request.get(feedUrl)).text());
  const cancelled = after.getFirstSubcomponent("vevent")!;
  expect(new ICAL.Event(cancelled).uid).toBe(uid);
  expect(new ICAL.Event(cancelled).sequence).toBe(2);
  expect(cancelled.getFirstPropertyValue("status")).toBe("CANCELLED");

  // Haruka sees it cancelled, with nothing to answer.
  await participant.reload();
  await expect(card).toContainText("This session was cancelled.");
  await expect(card.getByRole("button", { name: /^Save my answer/ })).toHaveCount(0);
  await expectAccessible(participant);

  // The same page in Spanish and in French.
  for (const [lang, heading, cancelledText] of [
    ["es", `Sesiones de grupo de ${roundName}`, "Esta sesión se ha cancelado."],
    ["fr", `Séances de groupe de ${roundName}`, "Cette séance a été annulée."],
  ] as const) {
    await context.addCookies([{ name: "lang", value: lang, url: participant.url() }]);
    await participant.reload();
    await expect(participant.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
    await expect(card).toContainText(cancelledText);
    await expectAccessible(participant);
  }
  await context.close();
});
