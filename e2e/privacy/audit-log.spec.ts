import { expect, test } from "@playwright/test";
import { ADMIN, FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";

test("an administrator reads who did what in the audit log, narrows it, and is told a wrong day", async ({
  page,
}) => {
  await signIn(page, ADMIN, "/account");
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  await expect(page.getByText(/Entries are kept for 730 days\./)).toBeVisible();
  const rows = page.getByRole("region", { name: "Audit log" }).locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  await expectAccessible(page);

  // The demo's rounds were opened and closed by their facilitators: narrow to that action.
  await page.getByLabel("Action").selectOption("round.status_changed");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/action=round\.status_changed/);
  const created = page.getByRole("region", { name: "Audit log" }).locator("tbody tr");
  await expect(created.first()).toBeVisible();
  for (const action of await created.locator("td:nth-child(3)").allInnerTexts())
    expect(action).toBe("round.status_changed");

  // One record's whole history, from its id.
  await created.first().getByRole("link").click();
  await expect(page).toHaveURL(/subjectId=/);
  await expect(
    page.getByRole("region", { name: "Audit log" }).locator("tbody tr").first(),
  ).toBeVisible();

  // A day that does not exist is named beside its field; nothing is listed.
  await page.goto("/admin/audit?from=2026-02-30");
  await expect(page.getByRole("alert")).toContainText("Enter a real day");
  await expect(page.getByText("Nothing matches these filters.")).toBeVisible();
  await expectAccessible(page);

  // On a phone. (Not in French here: switching the language while signed in changes the
  // administrator's account, which the journeys running beside this one share.)
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  await expectAccessible(page);
});

test("the audit log is not there for a facilitator", async ({ page }) => {
  await signIn(page, FACILITATOR, "/account");
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  const response = await page.goto("/admin/audit");
  expect(response?.status()).toBe(404);
});
