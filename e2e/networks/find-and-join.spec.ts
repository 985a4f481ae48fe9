/**
 * A school librarian finds her national network in the directory by searching and
 * filtering, joins it, and chooses to show her membership to other members; the directory
 * and the network's page also read in Spanish and French.
 */
import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { approveNetwork, newVerifiedMember, proposeNetwork } from "./network-journeys.ts";

test("a school librarian finds her national network, joins it and shows her membership", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const name = `School Librarians of Ireland ${stamp}`;
  await signIn(page, ADMIN, "/networks");
  await proposeNetwork(page, {
    name,
    kind: "National",
    description: "Every school librarian in Ireland, north and south.",
    country: "Ireland",
    online: true,
    sectors: ["School library"],
    language: "English",
  });
  await approveNetwork(page, name);

  const aoife = await newVerifiedMember(browser, "Aoife Byrne", `aoife-${stamp}@example.org`);
  await aoife.getByRole("link", { name: "Networks" }).first().click();
  await expect(aoife.getByRole("heading", { name: "Networks", level: 1 })).toBeVisible();
  await expectAccessible(aoife);
  await aoife.getByLabel("Name, place or words in the description").fill(`ireland ${stamp}`);
  await aoife.getByLabel("Country", { exact: true }).selectOption({ label: "Ireland" });
  await aoife.getByLabel("Sector", { exact: true }).selectOption({ label: "School library" });
  await aoife.getByLabel("Kind", { exact: true }).selectOption({ label: "National" });
  await aoife.getByRole("button", { name: "Search" }).click();
  await expect(aoife.getByText("1 network found.")).toBeVisible();
  await expectAccessible(aoife);
  await aoife.getByRole("link", { name }).click();

  await expect(aoife.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expectAccessible(aoife);
  await aoife.getByRole("button", { name: "Join this network" }).click();
  await expect(aoife.getByRole("status")).toContainText("You joined the network.");
  await expect(aoife.getByText("Your membership is hidden from other members.")).toBeVisible();
  await aoife.getByRole("button", { name: "Show my membership to other members" }).click();
  await expect(aoife.getByRole("status")).toContainText("now see that you are a member");
  await expect(
    aoife
      .getByRole("region", { name: "Members who show their membership" })
      .getByText("Aoife Byrne"),
  ).toBeVisible();
  await expectAccessible(aoife);

  // Other signed-in members see her; a visitor who is not signed in sees only the count.
  await page.goto(new URL(aoife.url()).pathname);
  await expect(page.getByText("Aoife Byrne")).toBeVisible();
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(new URL(aoife.url()).pathname);
  await expect(visitor.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(visitor.getByText("Aoife Byrne")).toHaveCount(0);
  await expect(visitor.getByRole("link", { name: "Sign in to join this network" })).toBeVisible();

  // In Spanish and in French.
  await visitor
    .context()
    .addCookies([{ name: "lang", value: "es", url: new URL("/", visitor.url()).href }]);
  await visitor.goto(`/networks?q=${stamp}`);
  await expect(visitor.getByRole("heading", { name: "Redes", level: 1 })).toBeVisible();
  await expect(visitor.getByText("1 red encontrada.")).toBeVisible();
  await expectAccessible(visitor);
  await visitor
    .context()
    .addCookies([{ name: "lang", value: "fr", url: new URL("/", visitor.url()).href }]);
  await visitor.getByRole("link", { name }).click();
  await expect(visitor.getByText("Connectez-vous pour rejoindre ce réseau")).toBeVisible();
  await expectAccessible(visitor);

  await aoife.getByRole("button", { name: "Leave the network" }).click();
  await expect(aoife.getByRole("status")).toContainText("You left the network.");
});
