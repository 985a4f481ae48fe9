import { expect, type Page } from "@playwright/test";

/**
 * On a round's page: closes applications. Before the date applicants were promised, the
 * page first asks (and says how many applicants will be told): the journey confirms.
 */
export async function closeApplications(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Close applications" }).click();
  const confirm = page.getByRole("button", { name: /^Close now and tell \d+ applicants?$/ });
  const closed = page.getByText("Applications closed", { exact: true });
  await expect(confirm.or(closed).first()).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(closed).toBeVisible();
}
