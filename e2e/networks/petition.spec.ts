/**
 * A campaign with a petition: an organiser starts it; a reader signs without an account,
 * confirms from the email (the link opens a page, its button confirms), and is counted once;
 * signing again with the same address changes nothing; closing the campaign stops signing.
 */
import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { firstLink, waitForEmail } from "../support/mailbox.ts";
import { approveNetwork, proposeNetwork } from "./network-journeys.ts";

test("a reader signs a petition and confirms it from the email; it counts once", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const name = `Future Libraries ${stamp}`;
  await signIn(page, ADMIN, "/networks");
  await proposeNetwork(page, {
    name,
    kind: "National",
    description: "For the future of libraries.",
    country: "Greece",
    sectors: ["Public library"],
    language: "Greek",
  });
  await approveNetwork(page, name);
  await page.goto(`/networks?q=${stamp}`);
  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Organise this network" }).click();
  await page.getByRole("link", { name: "Start a campaign with a petition" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create the campaign" }).click();
  await expect(page.getByRole("alert")).toContainText("Title");
  await page.getByLabel("Title").fill("Libraries are worth it");
  await page.getByLabel("What the campaign is about").fill("Libraries **matter**.");
  await page.getByLabel("What the petition asks for").fill("Fund every public library.");
  await page.getByLabel("Goal (number of signatures)").fill("10");
  await page.getByRole("button", { name: "Create the campaign" }).click();
  await expect(
    page.getByRole("heading", { name: "Libraries are worth it", level: 1 }),
  ).toBeVisible();
  const campaignUrl = new URL(page.url()).pathname;

  const reader = await (await browser.newContext()).newPage();
  const email = `eleni-${stamp}@example.org`;
  await reader.goto(campaignUrl);
  await expect(reader.getByText("0 confirmed signatures")).toBeVisible();
  await expectAccessible(reader);
  await reader.getByRole("button", { name: "Sign" }).click();
  await expect(reader.getByRole("alert")).toContainText("Your name");
  await reader.getByLabel("Your name").fill("Eleni Papadaki");
  await reader.getByLabel("Email address").fill(email);
  await reader.getByRole("combobox", { name: /^Country/ }).selectOption({ label: "Greece" });
  await reader.getByRole("textbox", { name: /^Comment/ }).fill("My library taught me to read.");
  await reader.getByLabel("Show my comment on this page").check();
  await reader.getByRole("button", { name: "Sign" }).click();
  await expect(reader.getByRole("status")).toContainText(`we sent a link to ${email}`);
  await expect(reader.getByText("0 confirmed signatures")).toBeVisible();

  const confirmation = await waitForEmail(email, 1);
  expect(confirmation.subject).toBe("Confirm your signature: Libraries are worth it");
  const link = firstLink(confirmation, "/petitions/confirm/");
  await reader.goto(link);
  await expectAccessible(reader);
  await reader.goto(campaignUrl);
  await expect(reader.getByText("0 confirmed signatures")).toBeVisible();
  await reader.goto(link);
  await reader.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(reader.getByRole("status")).toContainText("your signature is confirmed and counted");
  await reader.getByRole("link", { name: "Back to the campaign" }).click();
  await expect(reader.getByText("1 confirmed signature", { exact: true })).toBeVisible();
  await expect(reader.getByText("My library taught me to read.")).toBeVisible();

  // Signing again with the same address counts nothing twice.
  await reader.getByLabel("Your name").fill("Eleni P.");
  await reader.getByLabel("Email address").fill(email.toUpperCase());
  await reader.getByRole("combobox", { name: /^Country/ }).selectOption({ label: "Greece" });
  await reader.getByRole("button", { name: "Sign" }).click();
  await expect(reader.getByRole("alert")).toContainText("has already signed and confirmed");
  await expect(reader.getByText("1 confirmed signature", { exact: true })).toBeVisible();

  // In French, then closed.
  await reader
    .context()
    .addCookies([{ name: "lang", value: "fr", url: new URL("/", reader.url()).href }]);
  await reader.goto(campaignUrl);
  await expect(reader.getByText("1 signature confirmée")).toBeVisible();
  await expectAccessible(reader);
  await page.getByRole("link", { name: "Edit this campaign" }).click();
  await page.getByRole("button", { name: "Close the petition" }).click();
  // Closing takes the organiser back to the campaign page; only then is it closed for readers.
  await expect(page.getByText("This petition is closed")).toBeVisible();
  await reader
    .context()
    .addCookies([{ name: "lang", value: "en", url: new URL("/", reader.url()).href }]);
  await reader.goto(campaignUrl);
  await expect(reader.getByText("This petition is closed")).toBeVisible();
  await expect(reader.getByRole("button", { name: "Sign" })).toHaveCount(0);
});
