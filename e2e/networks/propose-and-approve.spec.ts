/**
 * "Start a network": a member proposes a network (the form refuses an empty proposal beside
 * each field), nobody else sees it until the administrator approves it; the proposer is
 * emailed, sees it listed, and organises it: edits it and invites a co-organiser, who
 * accepts only once signed in with the invited, confirmed address.
 */
import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { emailsTo, firstLink, waitForEmail } from "../support/mailbox.ts";
import { approveNetwork, newVerifiedMember, proposeNetwork } from "./network-journeys.ts";

test("a member proposes a network, the administrator approves it, the proposer organises it", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const name = `Rural School Libraries ${stamp}`;
  const email = `rhiannon-${stamp}@example.org`;
  const member = await newVerifiedMember(browser, "Rhiannon Pryce", email);

  // An empty proposal is refused, each problem beside its field.
  await member.goto("/networks/propose");
  await expectAccessible(member);
  await member.getByRole("button", { name: "Send the proposal" }).click();
  await expect(member.getByRole("alert")).toContainText("Name of the network");
  await expect(member.getByText("Choose at least one sector.").first()).toBeVisible();
  await expectAccessible(member);

  await proposeNetwork(member, {
    name,
    kind: "National",
    description: "School librarians in **rural** Wales.",
    country: "United Kingdom",
    sectors: ["School library"],
    language: "Welsh",
  });
  await expect(member.getByText("your proposal is waiting for an administrator")).toBeVisible();
  await expectAccessible(member);
  const networkUrl = new URL(member.url()).pathname;

  // Not listed, and not there for anyone else, until approved.
  await page.goto(`/networks?q=${stamp}`);
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  expect((await page.request.get(networkUrl)).status()).toBe(404);

  await signIn(page, ADMIN, "/networks");
  await page.getByRole("link", { name: "Proposals waiting for review" }).click();
  await approveNetwork(page, name);

  const decided = await waitForEmail(email, 2);
  expect(decided.subject).toBe(`Your network ${name} is approved`);
  await member.goto(`/networks?q=${stamp}`);
  await member.getByRole("link", { name }).click();
  await expect(member.getByText("Rhiannon Pryce")).toBeVisible();
  await member.getByRole("link", { name: "Organise this network" }).click();
  await expect(member.getByRole("heading", { name: `Organise ${name}`, level: 1 })).toBeVisible();
  await expectAccessible(member);
  await member.getByLabel("City or town").fill("Aberystwyth");
  await member.getByRole("button", { name: "Save changes" }).click();
  await expect(member.getByRole("status")).toContainText("Changes saved.");

  // A co-organiser: the invitation works only for the invited, confirmed address.
  const coEmail = `gethin-${stamp}@example.org`;
  await member.getByLabel("Invite a co-organiser by email").fill(coEmail);
  await member.getByRole("button", { name: "Send invitation" }).click();
  await expect(member.getByRole("status")).toContainText(`Invitation sent to ${coEmail}`);
  const invitation = await waitForEmail(coEmail, 1);
  const invitationUrl = firstLink(invitation, "/networks/invitations/");
  await page.goto(invitationUrl);
  await expect(page.getByText(`This invitation was sent to ${coEmail}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Accept and become an organiser" })).toHaveCount(0);
  const co = await newVerifiedMember(browser, "Gethin Morgan", coEmail);
  await co.goto(invitationUrl);
  await expectAccessible(co);
  await co.getByRole("button", { name: "Accept and become an organiser" }).click();
  await expect(co.getByRole("heading", { name: `Organise ${name}`, level: 1 })).toBeVisible();
  await expect(co.getByText("Gethin Morgan")).toBeVisible();
  expect(emailsTo(coEmail).map((m) => m.subject)).toContain(`Invitation to organise ${name}`);
});
