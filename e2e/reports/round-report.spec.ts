import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";

/** From the facilitator's programmes to one of the demo programme's rounds, then its report. */
async function openReport(page: Page, round: string) {
  await page.goto("/facilitate");
  await page.getByRole("link", { name: "International Peer Mentoring" }).first().click();
  await page.waitForURL(/\/facilitate\/programmes\/[^/]+$/);
  await page.getByRole("link", { name: round, exact: true }).first().click();
  await page.waitForURL(/\/facilitate\/rounds\/[^/]+$/);
  await page
    .getByRole("navigation", { name: "After publishing" })
    .getByRole("link", { name: /^Report: / })
    .click();
  await page.waitForURL(/\/report$/);
  await expect(page.getByRole("heading", { level: 1, name: `Report: ${round}` })).toBeVisible();
}

test("a facilitator reads a round's report, downloads a table and prints it", async ({
  page,
}, testInfo) => {
  await signIn(page, FACILITATOR, "/facilitate");
  await openReport(page, "Pilot round");
  for (const name of [
    "Demand",
    "The matching",
    "Where participants came from",
    "Activity",
    "Surveys",
    "Compared with earlier rounds",
  ])
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  // The map and the charts are drawings with a name, and their numbers are tables.
  await expect(
    page.getByRole("img", { name: "Participants by country and the countries that met" }),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: "Applications per week" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Meetings held per week" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Answers to each check-in" })).toBeVisible();
  // The Pilot round is under way: completion waits for its end; the finished Founding round
  // before it is in the comparison, its totals beside this round's figures so far, with no
  // verdict of up or down.
  await expect(page.getByText(/Known when the round finishes/)).toBeVisible();
  const comparison = page.getByRole("table", {
    name: "Key figures of this round and the programme's earlier rounds",
  });
  await expect(comparison.getByRole("columnheader", { name: "Founding round" })).toBeVisible();
  const applications = comparison.getByRole("row", { name: /^Applications/ });
  await expect(applications).toContainText("so far; 110 in the whole of Founding round");
  await expect(applications).not.toContainText(/[↑↓]/);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("report.png"), fullPage: true });

  // A table as CSV: UTF-8 with a byte-order mark, headers in the reader's language.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("a[href$='/report/applications-by-country.csv']").click(),
  ]);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.startsWith("\uFEFFCountry,Applications,Participants\r\n")).toBe(true);
  const rows = csv.trim().split("\r\n").slice(1);
  const total = rows.reduce((n, row) => n + Number(row.split(",").at(-2)), 0);
  await expect(
    page
      .getByRole("definition")
      .filter({ hasText: String(total) })
      .first(),
  ).toBeVisible();

  // Printed: no navigation, buttons or download links; the charts stay.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Download this table (CSV)" }).first()).toBeHidden();
  await expect(
    page.getByRole("img", { name: "Participants by country and the countries that met" }),
  ).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("report-print.png"), fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // The whole report as JSON: anonymous, every figure.
  const json = await page.request.get(`${page.url()}.json`);
  expect(json.status()).toBe(200);
  const report = (await json.json()) as { demand: { total: number }; round: { name: string } };
  expect(report.round.name).toBe("Pilot round");
  expect(report.demand.total).toBeGreaterThan(0);
  expect(JSON.stringify(report)).not.toContain("@");

  // The dashboard links to the report too.
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("link", { name: "Report", exact: true })).toHaveAttribute(
    "href",
    /\/report$/,
  );
});

test("a facilitator takes down and publishes again a finished round's public summary, which anyone can open", async ({
  page,
  browser,
}, testInfo) => {
  await signIn(page, FACILITATOR, "/facilitate");
  await openReport(page, "Founding round");
  // The finished demo round has survey answers: a chart per question, texts listed.
  await expect(page.getByRole("heading", { level: 3, name: "End-of-round survey" })).toBeVisible();
  await expect(page.getByText(/participants answered \(\d/).first()).toBeVisible();
  await expectAccessible(page);

  // The demo publishes it: taken down, its public page is gone.
  const summaryPath = (await page
    .getByRole("link", { name: "Open the public summary" })
    .getAttribute("href"))!;
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  expect((await visitor.goto(summaryPath))?.status()).toBe(200);
  await page.getByRole("button", { name: "Take the public summary down" }).click();
  await expect(page.getByRole("status")).toHaveText("The public summary is no longer public.");
  expect((await visitor.goto(summaryPath))?.status()).toBe(404);

  await page.getByRole("link", { name: "Preview what the public summary shows" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Founding round in figures" }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Back to the report" }).click();

  // Not without confirming.
  await page.getByRole("button", { name: "Publish the public summary" }).click();
  await expect(
    page.getByText("Tick the box to confirm that this summary may be public."),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("I have checked what the summary shows and want it public.").check();
  await page.getByRole("button", { name: "Publish the public summary" }).click();
  await expect(page.getByRole("status")).toHaveText("The public summary is published.");

  // Signed out: the public round page links to it; no count of 1 to 4 is shown.
  await visitor.goto(summaryPath.replace(/\/summary$/, ""));
  await visitor
    .getByRole("link", { name: "The round in figures: its public summary and map" })
    .click();
  await expect(
    visitor.getByRole("heading", { level: 1, name: "Founding round in figures" }),
  ).toBeVisible();
  await expect(
    visitor.getByRole("img", { name: "Where the participants came from" }),
  ).toBeVisible();
  const shown = await visitor.locator(".report-figure-value").allInnerTexts();
  expect(shown.length).toBeGreaterThan(0);
  for (const value of shown) expect(value).not.toMatch(/^[1-4]$/);
  await expectAccessible(visitor);
  await visitor.screenshot({ path: testInfo.outputPath("public-summary.png"), fullPage: true });
  await visitorContext.close();

  // Planning the next round: its settings beside this round's figures.
  await page.getByLabel("Name of the next round").fill(`Next round ${Date.now()}`);
  await page.getByRole("button", { name: "Plan the next round" }).click();
  await page.waitForURL(/\/plan$/);
  await expect(
    page.getByRole("heading", { level: 2, name: "Founding round in figures" }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: "What participants suggested" }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("plan.png"), fullPage: true });
});

test("signed out, a report asks to sign in; an unknown round's report and tables are not found", async ({
  page,
}) => {
  expect((await page.goto("/facilitate/rounds/no-such-round/report"))?.url()).toContain("/sign-in");
  await signIn(page, FACILITATOR, "/facilitate");
  expect((await page.goto("/facilitate/rounds/no-such-round/report"))?.status()).toBe(404);
  expect(
    (await page.goto("/facilitate/rounds/no-such-round/report/comparison.csv"))?.status(),
  ).toBe(404);
});
