/** Steps the events journeys share: publishing through the form, and an .ics read back. */
import { expect, type Download, type Page } from "@playwright/test";
import ICAL from "ical.js";

/**
 * Fills "Publish an event" for a publisher ("programme=…" or "network=…"), starting
 * 2030-05-06 09:00 in London; `fill` adds the rest. Returns the new event's slug.
 */
export async function publishEvent(
  page: Page,
  publisher: string,
  fill: (page: Page) => Promise<void>,
  title: string,
): Promise<string> {
  await page.goto(`/events/new?${publisher}`);
  await expect(page.getByRole("heading", { name: "Publish an event", level: 1 })).toBeVisible();
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Starts").fill("2030-05-06T09:00");
  await page.getByLabel("Time zone").selectOption("Europe/London");
  await fill(page);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText("Published.")).toBeVisible();
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

/** The four-week self-paced course both journeys publish, online. */
export async function fillCourse(form: Page, onlineUrl: string): Promise<void> {
  await form.getByLabel("A self-paced course over several weeks").check();
  await form.getByLabel("Number of weeks").fill("4");
  for (const [i, unit] of ["Space and stock", "Budgets", "Tools", "Allies"].entries())
    await form.getByLabel(`Week ${i + 1}: unit title`).fill(unit);
  await form.getByLabel("Online meeting link").fill(onlineUrl);
  await form.getByLabel("solo librarianship").check();
}

/** A downloaded .ics, parsed as a calendar app would (ical.js): its first event. */
export async function readDownloadedEvent(download: Download): Promise<ICAL.Component> {
  const chunks = await (await download.createReadStream()).toArray();
  const calendar = new ICAL.Component(
    ICAL.parse(Buffer.concat(chunks as Buffer[]).toString("utf8")) as unknown[],
  );
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error(`no VEVENT in ${download.suggestedFilename()}`);
  return vevent;
}
