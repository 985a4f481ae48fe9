/**
 * Events: the demo facilitator publishes a month-long self-paced course for her programme; a
 * librarian finds it in the events listing and registers (a network's course, its .ics and
 * confirmation: e2e/networks/school-librarian.spec.ts); an event of one place puts the next person on the waitlist, and a cancellation moves her up
 * — she sees it, in Spanish. Outsiders get "not found" on the organiser's pages.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { emailsTo, firstLink } from "../support/mailbox.ts";
import { fillCourse, publishEvent } from "./event-journeys.ts";

const PARTICIPANT = {
  email: "participant@shelfmates.localhost",
  password: "shelfmates-participant",
};
const PROGRAMME = "international-peer-mentoring";

async function asUser(browser: Browser, account: { email: string; password: string }, next = "/") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account, next);
  return page;
}

/** A new member with a verified address (her language is hers to change). */
async function signUp(browser: Browser, person: { name: string; email: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email address").fill(person.email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("a-long-enough-password");
  await page.getByLabel("Password again").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  // The demo's own emails (hundreds, on a fresh start) may be delivered first: wait longer.
  await expect
    .poll(() => emailsTo(person.email).find((m) => /Confirm your email/.test(m.subject)), {
      timeout: 90_000,
    })
    .toBeDefined();
  const verification = emailsTo(person.email).find((m) => /Confirm your email/.test(m.subject))!;
  await page.goto(firstLink(verification, "/api/auth/verify-email"));
  return page;
}

const publish = (page: Page, fill: (page: Page) => Promise<void>, title: string) =>
  publishEvent(page, `programme=${PROGRAMME}`, fill, title);

test("a librarian finds a programme's course in the listing and registers", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const title = `Managing a small library ${Date.now()}`;
  await signIn(page, FACILITATOR, "/events");
  const slug = await publish(
    page,
    (form) => fillCourse(form, "https://learn.example.org/small-library"),
    title,
  );
  await expectAccessible(page);

  // Outsiders: the organiser's pages do not exist for them.
  const librarian = await asUser(browser, PARTICIPANT, "/events");
  for (const path of [
    `/events/new?programme=${PROGRAMME}`,
    `/events/${slug}/edit`,
    `/events/${slug}/registrations`,
    `/events/${slug}/cancel`,
  ]) {
    const response = await librarian.goto(path);
    expect(response?.status(), path).toBe(404);
  }

  await librarian.goto("/events");
  await expectAccessible(librarian);
  await librarian.getByLabel("Search").fill(title);
  await librarian.getByRole("button", { name: "Show" }).click();
  await librarian.getByRole("link", { name: title }).click();
  await expect(librarian.getByText("4 weeks, one unit a week, at your own pace")).toBeVisible();
  await expect(librarian.getByText("Allies")).toBeVisible();
  await expect(librarian.getByRole("link", { name: "Join online" })).toHaveCount(0);
  await expectAccessible(librarian);
  await librarian.getByRole("button", { name: "Register" }).click();
  await expect(librarian.getByText("You are registered.", { exact: true })).toBeVisible();
  await expect(librarian.getByRole("link", { name: "Join online" })).toHaveAttribute(
    "href",
    "https://learn.example.org/small-library",
  );
});

test("a full event waitlists the next person, and a cancellation moves her up", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const title = `One seat left ${Date.now()}`;
  await signIn(page, FACILITATOR, "/events");
  const slug = await publish(
    page,
    async (form) => {
      await form.getByLabel("Online meeting link").fill("https://meet.example.org/one-seat");
      await form.getByLabel("Places").fill("1");
    },
    title,
  );

  const first = await asUser(browser, PARTICIPANT, `/events/${slug}`);
  await first.getByRole("button", { name: "Register" }).click();
  await expect(first.getByText("You are registered.", { exact: true })).toBeVisible();

  const lucia = { name: "Lucía Waitlist", email: `lucia-w-${Date.now()}@example.org` };
  const second = await signUp(browser, lucia);
  await second.goto(`/events/${slug}`);
  await expect(second.getByText("0 of 1 left.")).toBeVisible();
  await second.getByRole("button", { name: "Join the waitlist" }).click();
  await expect(second.getByText(/You are on the waitlist, number 1\./)).toBeVisible();
  await expectAccessible(second);

  // The organiser sees her in the waitlist.
  await page.goto(`/events/${slug}/registrations?list=waitlisted`);
  await expect(page.getByRole("cell", { name: lucia.email })).toBeVisible();
  await expectAccessible(page);

  // The first cancels, after a confirmation.
  await first.getByRole("link", { name: "Cancel my registration" }).click();
  await expect(first.getByText(/Your place goes to the next person waiting/)).toBeVisible();
  await expectAccessible(first);
  await first.getByRole("button", { name: "Cancel my registration" }).click();
  await expect(first.getByText("Your registration is cancelled.")).toBeVisible();

  // The second has moved up, and was told (in the language she had then) — she sees it in Spanish.
  await second.getByLabel("Language").selectOption("es");
  await second.getByRole("button", { name: "Change", exact: true }).click();
  await expect(second.locator("html")).toHaveAttribute("lang", "es");
  await second.goto(`/events/${slug}`);
  await expect(second.getByText("Está inscrito/a.", { exact: true })).toBeVisible();
  await expectAccessible(second);
  await expect
    .poll(() => emailsTo(lucia.email).some((m) => m.subject === `A place for you: ${title}`), {
      timeout: 90_000,
    })
    .toBe(true);

  // The listing in French.
  await second.getByLabel("Idioma").selectOption("fr");
  await second.getByRole("button", { name: "Cambiar", exact: true }).click();
  await expect(second.locator("html")).toHaveAttribute("lang", "fr");
  await second.goto("/events");
  await expect(
    second.getByRole("heading", { name: "Événements et cours", level: 1 }),
  ).toBeVisible();
  await expectAccessible(second);
});
