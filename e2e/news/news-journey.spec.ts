/**
 * News: the demo facilitator posts news for the peer programme (the Markdown is checked
 * beside the field: an image needs its alt text), a member comments, another comment is
 * reported by the member and hidden by the facilitator from the moderation list; the post's
 * page announces the RSS and Atom feeds in its head, and both parse with the libraries a
 * reader would use, answer 304 to a conditional request, and never carry the hidden comment.
 * Pages are scanned with axe, in English, Spanish and French.
 */
import { expect, test, type Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import Parser from "rss-parser";
import { ADMIN, FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";

const PARTICIPANT = {
  email: "participant@shelfmates.localhost",
  password: "shelfmates-participant",
};
const PROGRAMME = "international-peer-mentoring";

async function signedIn(page: Page, account: { email: string; password: string }, next: string) {
  const context = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin });
  const other = await context.newPage();
  await signIn(other, account, next);
  return other;
}

test("an organiser posts news, a member comments and reports, the organiser hides; feeds follow", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `Mentoring stories ${stamp}`;

  await signIn(page, FACILITATOR, `/news/new?programme=${PROGRAMME}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Post news for /);
  await expectAccessible(page);
  // Nothing typed: each field says what is missing.
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.locator("#field-title-error")).toHaveText("This field is required.");
  await expectAccessible(page);
  // An image without a description is refused, naming the image.
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Text").fill("Look:\n\n![](https://images.example.org/circle.jpg)");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.locator("#field-body-error")).toContainText(
    "The image https://images.example.org/circle.jpg needs a description",
  );
  await page
    .getByLabel("Text")
    .fill(
      "Our mentors met **in person** for the first time.\n\n![Mentors around a table in the library](https://images.example.org/circle.jpg)",
    );
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Your post is published.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(
    page.getByRole("img", { name: "Mentors around a table in the library" }),
  ).toHaveAttribute("loading", "lazy");
  await expectAccessible(page);
  const postPath = new URL(page.url()).pathname;

  // The feeds are announced in the page's head.
  const rssHref = await page
    .locator('head link[rel="alternate"][type="application/rss+xml"]')
    .getAttribute("href");
  const atomHref = await page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .getAttribute("href");
  expect(rssHref).toBe(`/programmes/${PROGRAMME}/news.rss`);
  expect(atomHref).toBe(`/programmes/${PROGRAMME}/news.atom`);

  // The member comments; an empty comment is refused beside the field.
  const member = await signedIn(page, PARTICIPANT, postPath);
  await member.getByRole("button", { name: "Post the comment" }).click();
  await expect(member.locator("#field-body-error")).toHaveText("This field is required.");
  await member.getByLabel("Your comment").fill("Lovely to see everyone together.");
  await member.getByRole("button", { name: "Post the comment" }).click();
  await expect(member.getByText("Your comment is posted.")).toBeVisible();
  await expectAccessible(member);

  // Someone else writes something unwelcome; the member reports it with a reason.
  const spam = `Buy followers cheap ${stamp}`;
  const admin = await signedIn(page, ADMIN, postPath);
  await admin.getByLabel("Your comment").fill(spam);
  await admin.getByRole("button", { name: "Post the comment" }).click();
  await expect(admin.getByText("Your comment is posted.")).toBeVisible();
  await member.reload();
  await member
    .getByRole("listitem")
    .filter({ hasText: spam })
    .getByRole("link", { name: /^Report/ })
    .click();
  await expectAccessible(member);
  await member.getByLabel("Why are you reporting it?").fill("Spam");
  await member.getByRole("button", { name: "Report the comment" }).click();
  await expect(
    member.getByText("Thank you: the organisers will look at the comment."),
  ).toBeVisible();

  // The facilitator finds it in the moderation list and hides it after confirming.
  await page.goto("/news/moderation");
  await expectAccessible(page);
  const row = page.getByRole("row").filter({ hasText: spam });
  await expect(row).toContainText("Spam");
  await row.getByRole("link", { name: /^Hide/ }).click();
  await expect(page.getByRole("heading", { name: "Hide this comment?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Hide the comment" }).click();
  await expect(page.getByText("The comment is hidden.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: spam })).toHaveCount(0);
  await member.reload();
  await expect(member.getByText(spam)).toHaveCount(0);
  await expect(member.getByText("Lovely to see everyone together.")).toBeVisible();

  // The feeds parse, carry the post (never a comment), and answer 304 when nothing changed.
  const rss = await page.request.get(rssHref!);
  expect(rss.headers()["content-type"]).toContain("application/rss+xml");
  const rssText = await rss.text();
  expect(rssText).not.toContain(spam);
  const parsed = await new Parser<object, { "content:encoded": string }>().parseString(rssText);
  const item = parsed.items.find((i) => i.title === title);
  expect(item?.link).toMatch(new RegExp(`${postPath}$`));
  expect(item?.contentSnippet).toBe("Our mentors met in person for the first time.");
  expect(item?.["content:encoded"]).toContain('alt="Mentors around a table in the library"');
  const again = await page.request.get(rssHref!, {
    headers: { "If-None-Match": rss.headers()["etag"]! },
  });
  expect(again.status()).toBe(304);
  const atom = await page.request.get(atomHref!);
  const atomFeed = new XMLParser({ ignoreAttributes: false }).parse(await atom.text()) as {
    feed: { entry: { title: string | { "#text": string } }[] | { title: string } };
  };
  const entries = [atomFeed.feed.entry].flat();
  expect(entries.map((e) => (typeof e.title === "string" ? e.title : e.title["#text"]))).toContain(
    title,
  );

  // The listing, in French; the post, in Spanish.
  await member
    .context()
    .addCookies([{ name: "lang", value: "fr", url: new URL(member.url()).origin }]);
  await member.goto(`/news?programme=${PROGRAMME}`);
  await expect(member.getByRole("link", { name: title })).toBeVisible();
  await expect(member.getByRole("heading", { level: 1 })).toHaveText(/^Actualités de /);
  await expectAccessible(member);
  await member
    .context()
    .addCookies([{ name: "lang", value: "es", url: new URL(member.url()).origin }]);
  await member.goto(postPath);
  await expect(member.getByRole("heading", { name: "Comentarios" })).toBeVisible();
  await expectAccessible(member);

  // A member may not edit; the facilitator deletes the post after confirming.
  expect((await member.goto(`${postPath}/edit`))?.status()).toBe(404);
  await page.goto(postPath);
  await page.getByRole("link", { name: "Delete the post" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Delete the post" }).click();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect(await (await page.request.get(rssHref!)).text()).not.toContain(title);
  await Promise.all([member.context().close(), admin.context().close()]);
});
