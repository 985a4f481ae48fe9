/**
 * Consistent help (issue 16, WCAG 3.2.6): "Help and contact" sits in the same place on every
 * kind of page, the footer's link after the page's content, and the help page says how to reach
 * the people who run this Shelfmates (CONTACT_EMAIL, here the sender's address) and, from a
 * round's pages, its programme's facilitators; in English, Spanish and French, at 360 px too.
 */
import { expect, test, type Page } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";

const ROUND = "/p/international-peer-mentoring/round-1";

/** The footer follows the main content, and its help link is the page's last focus stop. */
async function expectHelpLinkLast(page: Page, href: string) {
  const help = page.getByRole("contentinfo").getByRole("link", { name: "Help and contact" });
  await expect(help).toHaveAttribute("href", href);
  const order = await page.evaluate(() => {
    const main = document.querySelector("main");
    const footer = document.querySelector("body > footer, footer.site-footer");
    const stops = [...document.querySelectorAll<HTMLElement>("a[href], button, input, select")]
      .filter((e) => !e.hasAttribute("disabled") && e.offsetParent !== null && e.tabIndex >= 0)
      .map((e) => e.textContent?.trim());
    return {
      footerAfterMain: Boolean(
        main && footer && main.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING,
      ),
      last: stops.at(-1),
    };
  });
  expect(order).toEqual({ footerAfterMain: true, last: "Help and contact" });
}

test("the help link is in the same place on public, applicant, facilitator and missing pages", async ({
  page,
  browser,
}) => {
  for (const path of ["/", "/networks", "/news", "/sign-in"]) {
    await page.goto(path);
    await expectHelpLinkLast(page, "/help");
  }
  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  await expectHelpLinkLast(page, "/help");

  // A round's page and its form: the link carries the round, for its facilitators' address.
  await page.goto(ROUND);
  await expectHelpLinkLast(page, `/help?round=${ROUND.slice(3)}`);
  await page.goto(`${ROUND}/apply`);
  await expectHelpLinkLast(page, `/help?round=${ROUND.slice(3)}`);
  await page.getByRole("contentinfo").getByRole("link", { name: "Help and contact" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Help and contact");
  const programme = page.getByRole("region", {
    name: "Questions about International Peer Mentoring",
  });
  await expect(
    programme.getByRole("link", { name: "facilitators@peer-mentoring.example.org" }),
  ).toHaveAttribute("href", "mailto:facilitators@peer-mentoring.example.org");
  await expect(programme.getByRole("link", { name: "Back to Round 1" })).toHaveAttribute(
    "href",
    ROUND,
  );

  const facilitatorContext = await browser.newContext();
  const facilitator = await facilitatorContext.newPage();
  await signIn(facilitator, FACILITATOR, "/facilitate");
  await expectHelpLinkLast(facilitator, "/help");
  await facilitator.getByRole("link", { name: "International Peer Mentoring" }).first().click();
  await expectHelpLinkLast(facilitator, "/help");
  await facilitator.goto("/account");
  await expectHelpLinkLast(facilitator, "/help");
  await facilitatorContext.close();
});

test("the help page: who to write to, applying, signing in and privacy, in three languages and on a phone", async ({
  browser,
}) => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await phone.newPage();
  await page.goto("/help");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Help and contact");
  const contact = page.getByRole("region", { name: "Contact the people who run this site" });
  // The e2e server sets neither CONTACT_EMAIL nor MAIL_FROM: the demo's help address stands in.
  await expect(contact.getByRole("link", { name: "help@shelfmates.localhost" })).toHaveAttribute(
    "href",
    "mailto:help@shelfmates.localhost",
  );
  await expect(page.getByRole("region", { name: /about International/ })).toHaveCount(0);
  for (const [name, href] of [
    ["Sign in", "/sign-in"],
    ["Create an account", "/sign-up"],
    ["I forgot my password", "/forgot-password"],
    ["Your account", "/account"],
  ] as const)
    await expect(page.getByRole("main").getByRole("link", { name, exact: true })).toHaveAttribute(
      "href",
      href,
    );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page);
  // A round that is not published (or not there) adds nothing.
  await page.goto("/help?round=international-peer-mentoring/no-such-round");
  await expect(page.getByRole("region", { name: /about International/ })).toHaveCount(0);
  await phone.close();

  for (const [locale, title, footer] of [
    ["es-ES", "Ayuda y contacto", "Ayuda y contacto"],
    ["fr-FR", "Aide et contact", "Aide et contact"],
  ] as const) {
    const context = await browser.newContext({ locale });
    const reader = await context.newPage();
    await reader.goto("/");
    await reader.getByRole("contentinfo").getByRole("link", { name: footer }).click();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
    await expectAccessible(reader);
    await context.close();
  }
});
