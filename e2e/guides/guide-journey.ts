/** Setting up a guide journey: a published round of two, whose members prove their addresses. */
import { expect, type Browser, type Page } from "@playwright/test";
import { firstLink } from "../support/mailbox.ts";
import { waitForEmailWith } from "../support/matching-round.ts";
import { publishImportedPair } from "../support/publish-imported-pair.ts";

export interface Person {
  name: string;
  email: string;
}

/** The facilitator creates a round of two and publishes its one partnership; returns the round's address. */
export async function publishRoundOfTwo(
  page: Page,
  stamp: number,
  people: readonly [Person, Person],
): Promise<string> {
  const { roundUrl } = await publishImportedPair(
    page,
    {
      programmeName: `Guide programme ${stamp}`,
      roundName: `Guide round ${stamp}`,
      rulesMarkdown: "We meet twice a month.",
    },
    [
      {
        ...people[0],
        country: "JP",
        timeZone: "UTC",
        library: "Kyoto City Library",
        availability: "tue-10",
      },
      {
        ...people[1],
        country: "ES",
        timeZone: "UTC",
        library: "Biblioteca de Salamanca",
        availability: "tue-10",
      },
    ],
  );
  return roundUrl;
}

/** A member of the round makes an account with her address and proves it (in her own browser). */
export async function participantSignsUp(browser: Browser, person: Person): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email address").fill(person.email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("a-long-enough-password");
  await page.getByLabel("Password again").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  const verification = await waitForEmailWith(person.email, /Confirm your email address/);
  await page.goto(firstLink(verification, "/api/auth/verify-email"));
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  return page;
}
