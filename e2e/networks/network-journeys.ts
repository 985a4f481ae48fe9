/** Steps the network journeys share: a new verified member, and a network proposed and approved through the pages. */
import { expect, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "../support/axe.ts";
import { emailsTo, firstLink } from "../support/mailbox.ts";

/** A new account whose address is confirmed from its email, signed in on its own page. */
export async function newVerifiedMember(
  browser: Browser,
  name: string,
  email: string,
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("member-password-1");
  await page.getByLabel("Password again").fill("member-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  // The demo's own emails (hundreds, on a fresh start) may be delivered first: wait longer.
  const confirmed = () => emailsTo(email).find((e) => e.subject === "Confirm your email address");
  await expect.poll(confirmed, { timeout: 90_000 }).toBeDefined();
  const confirmation = confirmed()!;
  // Signed in by the confirmation's link (sign-up alone may not sign in before it).
  await page.goto(firstLink(confirmation, "/api/auth/verify-email"));
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  return page;
}

export interface NetworkValues {
  name: string;
  kind: "Local" | "National" | "International" | "Specialist";
  description: string;
  country?: string;
  city?: string;
  online?: boolean;
  sectors: string[];
  language: string;
}

/** Fills and sends "Start a network"; lands on the new network's page. */
export async function proposeNetwork(page: Page, values: NetworkValues): Promise<void> {
  await page.goto("/networks/propose");
  await page.getByLabel("Name of the network").fill(values.name);
  await page.getByLabel("Kind of network").selectOption({ label: values.kind });
  await page.getByRole("textbox", { name: /^Description/ }).fill(values.description);
  if (values.country)
    await page.getByRole("combobox", { name: /^Country/ }).selectOption({ label: values.country });
  if (values.city) await page.getByLabel("City or town").fill(values.city);
  if (values.online) await page.getByLabel("It meets online").check();
  for (const sector of values.sectors) await page.getByLabel(sector, { exact: true }).check();
  await page.getByLabel("Language 1").selectOption({ label: values.language });
  await page.getByRole("button", { name: "Send the proposal" }).click();
  await expect(page.getByRole("heading", { name: values.name, level: 1 })).toBeVisible();
}

/** The administrator approves a waiting proposal from the queue. */
export async function approveNetwork(admin: Page, name: string): Promise<void> {
  await admin.goto("/admin/networks");
  await expectAccessible(admin);
  await admin.getByRole("button", { name: `Approve ${name}` }).click();
  await expect(admin.getByRole("status")).toContainText("Approved");
  await expect(admin.getByRole("button", { name: `Approve ${name}` })).toHaveCount(0);
}
