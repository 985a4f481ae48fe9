/**
 * Opportunities (issue 15): the demo facilitator posts an opportunity for the peer programme
 * (each field checked beside it), a member nominates a colleague, the nomination stays
 * invisible to the organiser (404 by its address) until the colleague — who reads Spanish —
 * accepts from the emailed link; the organiser records "selected" and both are told by email,
 * each in their language; the nominator offers mentoring and the nominee accepts it. Every
 * page is scanned with axe; the listing is read in French too.
 */
import { expect, test, type Page } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { emailsTo, firstLink, type ReceivedEmail } from "../support/mailbox.ts";
import { newVerifiedMember } from "../networks/network-journeys.ts";

async function emailWith(address: string, subject: RegExp): Promise<ReceivedEmail> {
  const found = () => emailsTo(address).find((e) => subject.test(e.subject));
  await expect.poll(found, { timeout: 30_000 }).toBeDefined();
  return found()!;
}

async function statusOf(page: Page, path: string): Promise<number> {
  return (await page.request.get(path)).status();
}

test("an organiser posts, a member nominates, the nominee accepts, the organiser selects", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const title = `Panel on reading for pleasure ${stamp}`;
  const nominatorEmail = `nominator-${stamp}@example.org`;
  const nomineeEmail = `nominee-${stamp}@example.org`;

  // The organiser posts from the programme's page; an empty form says what is missing.
  await signIn(page, FACILITATOR, "/facilitate");
  await page.getByRole("link", { name: "International Peer Mentoring" }).first().click();
  await page.getByRole("link", { name: "Post an opportunity" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Post an opportunity");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Post the opportunity" }).click();
  await expect(page.locator("#field-title-error")).toHaveText("This field is required.");
  await expect(page.locator("#field-deadlineLocal-error")).toHaveText("Enter a date and time.");
  await expectAccessible(page);
  await page.getByLabel("Kind").selectOption({ label: "Panel" });
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill("A *friendly* panel of four at the spring meeting.");
  await page.getByLabel("Who may be nominated").fill("Anyone in the programme.");
  await page.getByLabel("Nominations close").fill("2031-06-30T17:00");
  await page.getByRole("button", { name: "Post the opportunity" }).click();
  await expect(page.getByText("Your opportunity is posted.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectAccessible(page);
  const opportunityPath = new URL(page.url()).pathname;

  // The nominee reads Spanish; the nominator nominates her from the listing.
  const nominee = await newVerifiedMember(browser, "Inés Calvo", nomineeEmail);
  await nominee.getByRole("combobox", { name: "Language" }).selectOption("es");
  await nominee.getByRole("button", { name: "Change" }).click();
  const nominator = await newVerifiedMember(browser, "Noor Haddad", nominatorEmail);
  await nominator.goto("/opportunities?kind=panel");
  await expectAccessible(nominator);
  await nominator.getByRole("link", { name: title }).click();
  await nominator.getByRole("link", { name: "Nominate", exact: true }).click();
  await expectAccessible(nominator);
  await nominator.getByRole("button", { name: "Send the nomination" }).click();
  await expect(nominator.locator("#field-note-error")).toHaveText("This field is required.");
  await nominator.getByLabel("Their name").fill("Inés Calvo");
  await nominator.getByLabel("Their email address").fill(nomineeEmail);
  await nominator.getByLabel("Why you nominate them").fill("Inés runs the liveliest book club.");
  await nominator.getByRole("button", { name: "Send the nomination" }).click();
  await expect(nominator.getByText("We have asked them by email.")).toBeVisible();
  await expectAccessible(nominator);
  const nominationPath = await nominator
    .getByRole("link", { name: "Inés Calvo" })
    .getAttribute("href");
  await expect(nominator.getByText("Waiting for an answer")).toBeVisible();

  // Nobody else sees it yet — not even the organiser, by its address or on the review page.
  expect(await statusOf(page, nominationPath!)).toBe(404);
  await page.goto(`${opportunityPath}/review`);
  await expect(page.getByText("No accepted nomination yet.")).toBeVisible();
  await expectAccessible(page);

  // The nominee is asked in Spanish and accepts from the link, without signing in.
  const request = await emailWith(nomineeEmail, /^Te han nominado/);
  expect(request.text).toContain("Inés runs the liveliest book club.");
  const answerUrl = firstLink(request, "/opportunities/answer/");
  const linkOnly = await (await browser.newContext()).newPage();
  await linkOnly
    .context()
    .addCookies([{ name: "lang", value: "es", url: new URL(page.url()).origin }]);
  await linkOnly.goto(answerUrl);
  await expect(linkOnly.getByRole("heading", { level: 1 })).toHaveText(`Tu nominación: ${title}`);
  await expectAccessible(linkOnly);
  await linkOnly.getByRole("button", { name: "Aceptar la nominación" }).click();
  await expect(linkOnly.getByText("La has aceptado.")).toBeVisible();
  await expectAccessible(linkOnly);

  // Now the organiser sees it with its note, and records "selected".
  expect(await statusOf(page, nominationPath!)).toBe(200);
  await page.reload();
  await expect(page.getByText("Inés runs the liveliest book club.")).toBeVisible();
  await page.getByRole("button", { name: "Selected: Inés Calvo" }).click();
  await expect(page.getByText("The outcome is recorded")).toBeVisible();
  await expectAccessible(page);

  // Both are told, each in their language; the nominator is invited to keep supporting her.
  const toNominee = await emailWith(nomineeEmail, /^Seleccionada:/);
  expect(toNominee.text).toContain(title);
  const toNominator = await emailWith(nominatorEmail, /^Inés Calvo was selected/);
  await nominator.goto(firstLink(toNominator, "/mentor"));
  await expect(nominator.getByRole("heading", { level: 1 })).toHaveText(
    "Offer to mentor Inés Calvo",
  );
  await expectAccessible(nominator);
  await nominator.getByLabel("Your message").fill("Happy to help you prepare the panel.");
  await nominator.getByRole("button", { name: "Send the offer" }).click();
  await expect(nominator.getByText("Your offer is sent")).toBeVisible();
  await expectAccessible(nominator);

  // The nominee accepts the offer; each now sees the other's address.
  const offer = await emailWith(nomineeEmail, /mentor/);
  await nominee.goto(firstLink(offer, "/opportunities/offers/"));
  await expectAccessible(nominee);
  await nominee.getByRole("button", { name: "Aceptar la oferta" }).click();
  await expect(nominee.getByRole("link", { name: nominatorEmail })).toBeVisible();
  await emailWith(nominatorEmail, /accepted your mentoring offer/);

  // The listing in French.
  await nominator
    .context()
    .addCookies([{ name: "lang", value: "fr", url: new URL(page.url()).origin }]);
  await nominator.goto("/opportunities");
  await expect(nominator.getByRole("heading", { level: 1 })).toHaveText("Opportunités");
  await expectAccessible(nominator);
  await nominator.goto("/opportunities/mine/sent");
  await expect(nominator.getByText("Retenue")).toBeVisible();
  await expectAccessible(nominator);
});
