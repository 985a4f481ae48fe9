/**
 * Spotlights (issue 15): a member spotlights a colleague by email; until the colleague
 * agrees, the spotlight is a 404 for everyone else (by its address too) and in no listing or
 * feed. The colleague agrees from the emailed link without signing in; it is public, in the
 * listing and the feeds (announced in the head, 304 when unchanged), and a member thanks
 * them. The colleague withdraws it from the same link, after a confirmation: it is gone for
 * everyone but its author. Then the author's profile: hidden, shown to members (found in the
 * directory without accents), public. Every page is scanned with axe; the listing and the
 * answer page in Spanish and French too.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import Parser from "rss-parser";
import { signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { emailsTo, firstLink } from "../support/mailbox.ts";
import { newVerifiedMember } from "../networks/network-journeys.ts";

/** A demo member who only reads and thanks here (no setting of theirs is changed). */
const THANKER = {
  email: "daniel.chen@members.shelfmates.localhost",
  password: "shelfmates-member",
};

async function anonymous(browser: Browser, locale = "en-GB"): Promise<Page> {
  return (await browser.newContext({ locale })).newPage();
}

test("a member spotlights a colleague, who agrees from the email, is thanked, and withdraws", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const authorEmail = `ruth.${stamp}@example.org`;
  const colleagueEmail = `ngozi.${stamp}@example.org`;
  const title = `Reading buddies across two schools ${stamp}`;
  const author = await newVerifiedMember(browser, `Ruth Ambrose ${stamp}`, authorEmail);

  // Writing: every problem beside its field, then an image needs its description.
  await author.goto("/spotlights/new");
  await expect(author.getByRole("heading", { level: 1 })).toHaveText("Spotlight a colleague");
  await expectAccessible(author);
  await author.getByRole("button", { name: "Ask my colleague" }).click();
  await expect(author.locator("#field-title-error")).toHaveText("This field is required.");
  await expect(author.locator("#field-subjectEmail-error")).toBeVisible();
  await expectAccessible(author);
  await author.getByLabel("Their name").fill("Ngozi Eze");
  await author.getByLabel("Their email address").fill(colleagueEmail);
  await author.getByLabel("Title").fill(title);
  await author
    .getByLabel("What they did, and what you learned")
    .fill("Ngozi paired **older and younger readers** from two schools, online.");
  await author.getByLabel("Image address").fill("https://images.example.org/buddies.jpg");
  await author.getByRole("button", { name: "Ask my colleague" }).click();
  await expect(author.locator("#field-imageAlt-error")).toHaveText(
    "Describe the image for people who cannot see it.",
  );
  await author
    .getByLabel("Image description (alt text)")
    .fill("Two pupils reading one book together");
  await author.getByRole("button", { name: "Ask my colleague" }).click();
  await expect(author.getByText("We emailed Ngozi Eze.")).toBeVisible();
  await expect(author.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectAccessible(author);
  const spotlightPath = new URL(author.url()).pathname;

  // Nobody else sees it: not by its address, not in the listing, not in the feed.
  const outsider = await anonymous(browser);
  expect((await outsider.goto(spotlightPath))!.status()).toBe(404);
  await outsider.goto("/spotlights");
  await expect(outsider.getByText(title)).toHaveCount(0);
  expect(await (await outsider.request.get("/spotlights/feed.rss")).text()).not.toContain(title);

  // The colleague agrees from the email, signed out.
  await expect
    .poll(() => emailsTo(colleagueEmail).find((e) => e.subject.includes("spotlighted")), {
      timeout: 90_000,
    })
    .toBeDefined();
  const asked = emailsTo(colleagueEmail).find((e) => e.subject.includes("spotlighted"))!;
  const answerUrl = new URL(firstLink(asked, "/spotlights/answer/"));
  const colleague = await anonymous(browser);
  await colleague.goto(answerUrl.pathname);
  await expect(colleague.getByRole("heading", { level: 1 })).toHaveText("A spotlight about you");
  await expect(
    colleague.getByRole("img", { name: "Two pupils reading one book together" }),
  ).toBeVisible();
  await expectAccessible(colleague);
  await colleague.getByRole("button", { name: "Agree and publish" }).click();
  await expect(colleague.getByText("Thank you: the spotlight is public now.")).toBeVisible();
  await expectAccessible(colleague);

  // Public now: its page, the listing, the feeds (discoverable from the head; 304 unchanged).
  expect((await outsider.goto(spotlightPath))!.status()).toBe(200);
  await expect(outsider.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectAccessible(outsider);
  await outsider.goto("/spotlights");
  await expect(outsider.getByRole("link", { name: title })).toBeVisible();
  await expect(
    outsider.locator('head link[rel="alternate"][type="application/rss+xml"]'),
  ).toHaveAttribute("href", "/spotlights/feed.rss");
  await expectAccessible(outsider);
  const rss = await outsider.request.get("/spotlights/feed.rss");
  const feed = await new Parser().parseString(await rss.text());
  expect(feed.items.map((i) => i.title)).toContain(title);
  const again = await outsider.request.get("/spotlights/feed.rss", {
    headers: { "If-None-Match": rss.headers()["etag"]! },
  });
  expect(again.status()).toBe(304);
  expect((await outsider.request.get("/spotlights/feed.atom")).status()).toBe(200);

  // Another member thanks them, once.
  const thanker = await (await browser.newContext()).newPage();
  await signIn(thanker, THANKER, spotlightPath);
  await thanker.getByRole("button", { name: /^Thank Ruth Ambrose/ }).click();
  await expect(thanker.getByText("You thanked them. They can see it.")).toBeVisible();
  await expect(thanker.getByText("1 thank-you")).toBeVisible();
  await expectAccessible(thanker);
  await author.goto(spotlightPath);
  await expect(author.getByRole("heading", { name: "Who thanked" })).toBeVisible();
  await expect(author.getByText("Daniel Chen")).toBeVisible();

  // The colleague withdraws it from the same link, after confirming.
  await colleague.goto(answerUrl.pathname);
  await colleague.getByRole("link", { name: "Withdraw this spotlight" }).click();
  await expect(colleague.getByRole("heading", { name: "Withdraw this spotlight?" })).toBeVisible();
  await expectAccessible(colleague);
  await colleague.getByRole("button", { name: "Withdraw it" }).click();
  await expect(colleague.getByText("You withdrew it.")).toBeVisible();
  expect((await outsider.goto(spotlightPath))!.status()).toBe(404);
  expect((await thanker.goto(spotlightPath))!.status()).toBe(404);
  await author.goto(spotlightPath);
  await expect(author.getByText("Ngozi Eze withdrew it. Only you can see it")).toBeVisible();
  await expectAccessible(author);

  // The answer page and the listing in Spanish and French.
  for (const [locale, heading, listing] of [
    ["es-ES", "Un reconocimiento sobre ti", "Reconocimientos"],
    ["fr-FR", "Un coup de projecteur sur vous", "Coups de projecteur"],
  ] as const) {
    const reader = await anonymous(browser, locale);
    await reader.goto(answerUrl.pathname);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expectAccessible(reader);
    await reader.goto("/spotlights");
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(listing);
    await expectAccessible(reader);
  }
});

test("a member's profile: hidden, then shown to members and found without accents, then public", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const name = `Zoë Ångström ${stamp}`;
  const member = await newVerifiedMember(browser, name, `zoe.${stamp}@example.org`);
  await member.goto("/account");
  await member.getByRole("link", { name: "My profile", exact: true }).click();
  await expect(member.getByText("Your profile is hidden: only you see this page.")).toBeVisible();
  await expectAccessible(member);
  const profilePath = new URL(member.url()).pathname;
  const outsider = await anonymous(browser);
  expect((await outsider.goto(profilePath))!.status()).toBe(404);

  await member.getByRole("link", { name: "Edit my profile" }).first().click();
  await expectAccessible(member);
  await member.getByLabel("Signed-in members, who can also find me in the member list").check();
  await member.getByLabel("Headline").fill("Archivist in Umeå, oral histories");
  await member.getByLabel("About me").fill("<b>hi</b>");
  await member.getByRole("button", { name: "Save my profile" }).click();
  await expect(member.locator("#field-bio-error")).toBeVisible();
  await expectAccessible(member);
  await member.getByLabel("About me").fill("I record **oral histories** with the town's elders.");
  await member.getByLabel("Open to mentoring").check();
  await member.getByRole("button", { name: "Save my profile" }).click();
  await expect(member.getByText("Your profile was saved.")).toBeVisible();
  await expectAccessible(member);
  expect((await outsider.goto(profilePath))!.status()).toBe(404);

  // The directory: members only, searched without accents, filtered.
  expect(new URL((await outsider.goto("/members"))!.url()).pathname).toBe("/sign-in");
  await member.goto(`/members?q=${encodeURIComponent(`zoe angstrom ${stamp}`)}&mentoring=1`);
  await expect(member.getByRole("link", { name })).toBeVisible();
  await expectAccessible(member);

  await member.goto("/account/profile");
  await member.getByLabel("Everyone, signed in or not").check();
  await member.getByRole("button", { name: "Save my profile" }).click();
  await expect(member.getByText("Your profile was saved.")).toBeVisible();
  expect((await outsider.goto(profilePath))!.status()).toBe(200);
  await expect(outsider.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(outsider.getByText("Open to mentoring")).toBeVisible();
  await expectAccessible(outsider);
});
