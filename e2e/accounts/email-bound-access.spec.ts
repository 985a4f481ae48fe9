/**
 * Nothing tied to an email address reaches an account before it has proved the address: the
 * applications of a librarian, and a facilitator invitation sent to them.
 */
import { expect, test, type Page } from "@playwright/test";
import { DEMO_SEED } from "../../src/demo/load-demo.ts";
import { generateDemoApplicants } from "../../src/demo/demo-applicants.ts";
import { ADMIN, signIn, signUpAndSignIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { emailsTo, firstLink, waitForEmail } from "../support/mailbox.ts";

async function signUp(page: Page, name: string, email: string) {
  await signUpAndSignIn(page, { name, email, password: "impostor-password-1" });
  await expect(page.getByText(`Signed in as ${name} (${email})`)).toBeVisible();
}

test("an account sees a librarian's applications only after proving the address", async ({
  page,
}) => {
  // A librarian of the demo round (the demo applicants are generated from a fixed seed).
  const librarian = generateDemoApplicants({ seed: DEMO_SEED, count: 392, mode: "peer" })[7];
  if (!librarian) throw new Error("demo applicant");
  await signUp(page, "Someone Else", librarian.email);
  await expect(
    page.getByText(/Confirm your email address with the link we sent you/),
  ).toBeVisible();
  await expect(page.getByText("International Peer Mentoring: Round 1")).toHaveCount(0);
  await expectAccessible(page);

  // The address's owner follows the emailed link: now the application is theirs to see.
  const verification = await waitForEmail(librarian.email);
  await page.goto(firstLink(verification, "/api/auth/verify-email"));
  await page.goto("/account");
  await expect(page.getByText(/International Peer Mentoring: Round 1/)).toBeVisible();
  await expect(page.getByText(/Confirm your email address with the link/)).toHaveCount(0);
});

test("a facilitator invitation becomes a role only when the invited address is proved", async ({
  page,
  browser,
}) => {
  const invited = `invited-${Date.now()}@example.org`;
  await signIn(page, ADMIN, "/facilitate");
  await page.getByRole("link", { name: "International Peer Mentoring" }).first().click();
  await page.getByLabel("Invite a facilitator by email").fill(invited);
  await page.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(page.getByRole("status")).toContainText(`Invitation sent to ${invited}`);

  const other = await (await browser.newContext()).newPage();
  await signUp(other, "Early Bird", invited);
  // Signed up with the invited address, not yet proved: no facilitator pages.
  await expect(other.getByRole("link", { name: "Facilitate" })).toHaveCount(0);
  await other.goto("/facilitate");
  await expect(other.getByText("You do not facilitate any programme yet.")).toBeVisible();
  await expect(other.getByRole("link", { name: "International Peer Mentoring" })).toHaveCount(0);

  // The invitation and the address confirmation, in either order.
  await waitForEmail(invited, 2);
  const verification = emailsTo(invited).find((e) => e.subject === "Confirm your email address");
  if (!verification) throw new Error("no confirmation email");
  await other.goto(firstLink(verification, "/api/auth/verify-email"));
  await other.goto("/facilitate");
  await expect(other.getByRole("link", { name: "International Peer Mentoring" })).toBeVisible();
});
