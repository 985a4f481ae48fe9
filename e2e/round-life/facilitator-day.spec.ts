import { expect, test } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";

const SECTIONS_EN = [
  "Problems reported",
  "Pairs due for follow-up",
  "Agreements not confirmed after a week",
  "Group sessions in the next 7 days",
  "Emails that failed or may not have arrived",
];
const SECTIONS_ES = [
  "Problemas comunicados",
  "Parejas pendientes de seguimiento",
  "Acuerdos sin confirmar después de una semana",
  "Sesiones de grupo en los próximos 7 días",
  "Correos fallidos o que pueden no haber llegado",
];

test("the demo facilitator opens their day and a round's dashboard, in English and Spanish", async ({
  page,
}) => {
  await signIn(page, FACILITATOR, "/facilitate");
  // The header takes a facilitator to their day.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).click();
  await expect(page).toHaveURL(/\/facilitate\/today$/);
  await expect(page.getByRole("heading", { level: 1, name: "What needs you today" })).toBeVisible();
  for (const name of SECTIONS_EN) {
    const section = page.getByRole("region", { name: new RegExp(`^${name}`) });
    await expect(section).toBeVisible();
    // Each section says how many items it has and shows them, or says there is nothing to do.
    await expect(section.getByRole("heading", { level: 2 })).toHaveText(/\d+$/);
    const empty = await section.locator(".notice").count();
    if (empty === 0) await expect(section.getByRole("link").first()).toBeVisible();
  }
  await expectAccessible(page);

  // "Show all" is a page of its own, with its way back (any section: reachable by address).
  await page.goto("/facilitate/today/problems");
  await expect(page.getByRole("heading", { level: 1, name: /Problems reported/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Back to today" }).click();
  await expect(page).toHaveURL(/\/facilitate\/today$/);
  expect((await page.goto("/facilitate/today/nonsense"))?.status()).toBe(404);

  // The demo's round under way has a problem reported: it links to the round's follow-up list.
  await page.goto("/facilitate/today");
  const problems = page.getByRole("region", { name: /^Problems reported/ });
  await expect(problems.getByRole("link").first()).toHaveAttribute(
    "href",
    /^\/facilitate\/rounds\/[^/]+\/follow-up#p-[^/]+$/,
  );
  // An agreement not confirmed after a week links to its round's dashboard.
  await page
    .getByRole("region", { name: /^Agreements not confirmed after a week/ })
    .getByRole("link")
    .first()
    .click();
  await expect(page).toHaveURL(/\/facilitate\/rounds\/[^/]+\/dashboard$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Dashboard: Pilot round" }),
  ).toBeVisible();
  for (const name of [
    "Partnerships",
    "Meetings logged per week",
    "Check-in answers",
    "Agreements confirmed",
  ])
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  await expect(
    page.getByRole("img", { name: /Meetings logged per week since the round started/ }),
  ).toBeVisible();
  await expect(page.getByRole("table", { name: "Meetings logged per week" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Week 1" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Answers to each check-in" })).toBeVisible();
  await expectAccessible(page);

  // The same pages in Spanish. By the language cookie, not the switcher: the switcher saves
  // the choice on the shared demo account, and journeys running beside this one sign in with
  // it and read English.
  await page
    .context()
    .addCookies([{ name: "lang", value: "es", url: new URL("/", page.url()).href }]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1, name: "Panel: Pilot round" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Parejas" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("navigation").getByRole("link", { name: "Hoy" }).first().click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Qué necesita su atención hoy" }),
  ).toBeVisible();
  for (const name of SECTIONS_ES)
    await expect(page.getByRole("region", { name: new RegExp(`^${name}`) })).toBeVisible();
  await expectAccessible(page);
});

test("signed out, the day and a dashboard ask to sign in first", async ({ page }) => {
  const response = await page.goto("/facilitate/today");
  // Signed out: sent to sign in and brought back.
  await expect(page).toHaveURL(/\/sign-in\?next=%2Ffacilitate%2Ftoday/);
  expect(response?.ok()).toBe(true);
  expect((await page.goto("/facilitate/rounds/no-such-round/dashboard"))?.url()).toContain(
    "/sign-in",
  );
});
