/**
 * The co-written guide (issue 15): two participants of a round write one chapter at the same
 * time (the second to save sees both texts and merges), the facilitator publishes, and the
 * public page, its Markdown and its EPUB (read back) credit both; the page in Spanish and
 * French; the demo's published guide with its history; open data. axe on every page.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import yauzl from "yauzl";
import { FACILITATOR, signIn } from "../support/accounts.ts";
import { expectAccessible } from "../support/axe.ts";
import { participantSignsUp, publishRoundOfTwo } from "./guide-journey.ts";

function unzip(bytes: Buffer): Promise<{ name: string; method: number; text: string }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries: { name: string; method: number; text: string }[] = [];
      zip.on("entry", (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            entries.push({
              name: entry.fileName,
              method: entry.compressionMethod,
              text: Buffer.concat(chunks).toString("utf8"),
            });
            zip.readEntry();
          });
        }),
      );
      zip.on("end", () => resolve(entries));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

async function openChapter(page: Page, title: string) {
  await page.goto("/guides");
  await expectAccessible(page);
  await page.getByRole("link", { name: /^Guide for round / }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: `Write “${title}”` }).click();
}

test("two participants write a chapter at once, merge, and the facilitator publishes", async ({
  page,
  browser,
}) => {
  test.setTimeout(360_000);
  const stamp = Date.now();
  const haruka = { name: "Haruka Sato", email: `guide-haruka-${stamp}@example.org` };
  const marta = { name: "Marta Ruiz", email: `guide-marta-${stamp}@example.org` };
  const roundUrl = await publishRoundOfTwo(page, stamp, [haruka, marta]);

  // The facilitator starts the guide from the round's page and adds a chapter.
  await page.goto(roundUrl);
  await page.getByRole("link", { name: "The round's co-written guide" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start the guide" }).click();
  await expect(page.locator(".field--error")).toContainText("Title of the guide");
  await page.getByLabel("Title of the guide").fill(`Guide for round ${stamp}`);
  await page.getByLabel("Summary").fill("For librarians starting out abroad.");
  await page.getByRole("button", { name: "Start the guide" }).click();
  await page.getByLabel("Title of the new chapter").fill("Finding partners");
  await page.getByRole("button", { name: "Add the chapter" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "The chapter is added. Participants can write in it now.",
  );
  await expectAccessible(page);
  const guidePageUrl = page.url().split("?")[0]!;

  // Both open the chapter; Haruka saves first, Marta second, from the same version.
  const harukaPage = await participantSignsUp(browser, haruka);
  const martaPage = await participantSignsUp(browser, marta);
  await openChapter(harukaPage, "Finding partners");
  await openChapter(martaPage, "Finding partners");
  await expectAccessible(martaPage);
  await harukaPage.getByLabel("Text").fill("Ask your national association.\nIFLA sections help.");
  await harukaPage.getByRole("button", { name: "Save the chapter" }).click();
  await expect(harukaPage.getByRole("status")).toHaveText("Saved as version 1.");
  await martaPage.getByLabel("Text").fill("Twin towns have twin libraries.");
  await martaPage.getByRole("button", { name: "Save the chapter" }).click();
  await expect(
    martaPage.getByRole("heading", {
      name: "Someone else saved this chapter while you were writing",
    }),
  ).toBeVisible();
  await expect(martaPage.getByText("Haruka Sato saved version 1")).toBeVisible();
  await expect(martaPage.locator(".diff-removed")).toHaveCount(2);
  await expect(martaPage.locator(".diff-added")).toHaveText(/Twin towns have twin libraries\./);
  // Nothing lost: the text box holds both.
  await expect(martaPage.getByLabel("Text")).toHaveValue(
    /Ask your national association\.\nIFLA sections help\.\nTwin towns have twin libraries\./,
  );
  await expectAccessible(martaPage);
  await martaPage
    .getByLabel("Text")
    .fill("Ask your national association.\nIFLA sections help.\n\nTwin towns have twin libraries.");
  await martaPage.getByRole("button", { name: "Save the merged text" }).click();
  await expect(martaPage.getByRole("status")).toHaveText("Saved as version 2.");

  // The history: who and what, and a comparison.
  await martaPage.getByRole("link", { name: "History of this chapter" }).click();
  const rows = martaPage.locator(".history-table tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("Merged two versions");
  await expect(rows.nth(0)).toContainText("Marta Ruiz");
  await expect(rows.nth(1)).toContainText("Haruka Sato");
  await martaPage.getByRole("button", { name: "Compare" }).click();
  await expect(martaPage.getByText("Version 1 compared with version 2")).toBeVisible();
  await expect(martaPage.locator(".diff-added").last()).toContainText("Twin towns");
  await expectAccessible(martaPage);

  // The facilitator reviews and publishes: it asks for the confirmation first.
  await page.goto(guidePageUrl);
  await page.getByRole("button", { name: "Publish the guide" }).click();
  await expect(page.locator(".error-summary")).toContainText("Tick the box");
  await page.getByLabel(/I have reviewed the guide/).check();
  await page.getByRole("button", { name: "Publish the guide" }).click();
  await expect(page.getByRole("status")).toHaveText("The guide is published.");
  await page.getByRole("link", { name: "See the public page" }).click();
  await page.waitForURL(/\/guides\/[^/]+$/);
  const publicUrl = page.url();

  // Anyone reads it: credits, licence, downloads.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(publicUrl);
  await expect(
    readerPage.getByRole("heading", { name: `Guide for round ${stamp}`, level: 1 }),
  ).toBeVisible();
  await expect(readerPage.locator(".guide-credits").first()).toHaveText(
    "Written by Haruka Sato and Marta Ruiz",
  );
  await expect(readerPage.getByRole("link", { name: "CC BY 4.0 licence" })).toHaveAttribute(
    "href",
    "https://creativecommons.org/licenses/by/4.0/",
  );
  await expect(readerPage.getByText("Twin towns have twin libraries.")).toBeVisible();
  await expectAccessible(readerPage);
  // Printed, the header and the downloads are left out.
  await readerPage.emulateMedia({ media: "print" });
  await expect(readerPage.locator(".guide-downloads")).toBeHidden();
  await readerPage.emulateMedia({ media: "screen" });

  const [epubDownload] = await Promise.all([
    readerPage.waitForEvent("download"),
    readerPage.getByRole("link", { name: "E-book (EPUB)" }).click(),
  ]);
  const entries = await unzip(readFileSync(await epubDownload.path()));
  expect(entries[0]).toMatchObject({ name: "mimetype", method: 0, text: "application/epub+zip" });
  const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true });
  const opf = parser.parse(entries.find((e) => e.name === "EPUB/package.opf")!.text) as {
    package: { metadata: { title: string; creator: string[] } };
  };
  expect(opf.package.metadata.title).toBe(`Guide for round ${stamp}`);
  expect(opf.package.metadata.creator).toEqual(["Haruka Sato", "Marta Ruiz"]);
  const nav = entries.find((e) => e.name === "EPUB/nav.xhtml")!.text;
  expect(nav).toContain('<a href="chapter-1.xhtml">Finding partners</a>');
  expect(entries.find((e) => e.name === "EPUB/chapter-1.xhtml")!.text).toContain("Twin towns");

  const markdown = await (await readerPage.request.get(`${publicUrl}/guide.md`)).text();
  expect(markdown).toContain(`# Guide for round ${stamp}`);
  expect(markdown).toContain("## Finding partners\n\n*Written by Haruka Sato and Marta Ruiz*");

  // The guide in the other languages of the site.
  for (const [locale, contents] of [
    ["es-ES", "Índice"],
    ["fr-FR", "Sommaire"],
  ] as const) {
    const other = await browser.newContext({ locale });
    const otherPage = await other.newPage();
    await otherPage.goto(publicUrl);
    await expect(otherPage.getByRole("heading", { name: contents })).toBeVisible();
    await expectAccessible(otherPage);
    await otherPage.goto("/open-data");
    await expectAccessible(otherPage);
    await other.close();
  }

  // Open data lists it, with the licence in the file.
  await readerPage.goto("/open-data");
  await expectAccessible(readerPage);
  const data = (await (await readerPage.request.get("/open-data/guides.json")).json()) as {
    licence: { id: string };
    guides: { title: string }[];
  };
  expect(data.licence.id).toBe("CC-BY-4.0");
  expect(data.guides.map((g) => g.title)).toContain(`Guide for round ${stamp}`);
  const networksCsv = await (await readerPage.request.get("/open-data/networks.csv")).text();
  expect(networksCsv.split("\r\n")[0]).toMatch(/,licence,licence_url$/);
  await reader.close();
});

test("the demo's published guide: five chapters, a history with a merge and a restore", async ({
  page,
}) => {
  await page.goto("/guides");
  await page.getByRole("link", { name: /^Working across borders/ }).click();
  await expect(page.locator(".guide-chapter")).toHaveCount(5);
  await expect(page.getByRole("link", { name: "CC BY 4.0 licence" })).toBeVisible();
  await expectAccessible(page);
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  // Before it is published, or to anyone outside the round, the writing pages do not exist.
  expect((await page.request.get(`/guides/${slug}/write`, { maxRedirects: 0 })).status()).toBe(302);

  await signIn(page, FACILITATOR, `/guides/${slug}/write`);
  await expectAccessible(page);
  await page.getByRole("link", { name: /^History of “Working across time zones/ }).click();
  await expect(page.locator(".history-table")).toContainText("Merged two versions");
  await expectAccessible(page);
  await page.goto(`/guides/${slug}/write`);
  await page.getByRole("link", { name: "History of “Your first joint project”" }).click();
  await expect(page.locator(".history-table")).toContainText("Restored version 2");
});

test("topic libraries as open data: the demo's is published; a new one only once its facilitator confirms", async ({
  page,
}) => {
  // The demo programme published its library: listed, both files with the licence inside.
  await page.goto("/open-data");
  await page
    .getByRole("link", { name: "Topics of International Peer Mentoring as JSON" })
    .waitFor();
  const href = await page
    .getByRole("link", { name: "Topics of International Peer Mentoring as JSON" })
    .getAttribute("href");
  const demo = (await (await page.request.get(href!)).json()) as {
    licence: { id: string };
    topics: { texts: { language: string }[] }[];
  };
  expect(demo.licence.id).toBe("CC-BY-4.0");
  expect(demo.topics.length).toBeGreaterThan(1);
  expect(demo.topics[0]!.texts.map((t) => t.language)).toEqual(["en", "es", "fr"]);
  const demoCsv = await (await page.request.get(href!.replace(/\.json$/, ".csv"))).text();
  expect(demoCsv.split("\r\n")[0]).toMatch(/,licence,licence_url$/);
  expect(demoCsv.split("\r\n")[1]).toMatch(/,CC-BY-4\.0,https:\/\/creativecommons\.org\//);

  // A new programme's library is not open data until its facilitator confirms.
  const stamp = Date.now();
  await signIn(page, FACILITATOR, "/facilitate");
  await page.getByRole("link", { name: "Create a programme" }).click();
  await page.getByLabel("Name").fill(`Open topics ${stamp}`);
  await page.getByRole("button", { name: "Create programme" }).click();
  await page.waitForURL((url) => /^\/facilitate\/programmes\/(?!new$)[^/]+$/.test(url.pathname));
  await page.goto(`${new URL(page.url()).pathname}/topics`);
  const file = `/open-data/topic-libraries/open-topics-${stamp}.json`;
  expect((await page.request.get(file)).status()).toBe(404);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Publish as open data" }).click();
  await expect(page.getByRole("alert").first()).toContainText("Tick the box");
  await page.getByLabel(/agree to publish them for everyone under CC BY 4\.0/).check();
  await page.getByRole("button", { name: "Publish as open data" }).click();
  await expect(page.getByRole("status")).toContainText("The topic library is now open data.");
  await expectAccessible(page);
  const opened = (await (await page.request.get(file)).json()) as { licence: { id: string } };
  expect(opened.licence.id).toBe("CC-BY-4.0");
  await page.getByRole("button", { name: "Stop publishing" }).click();
  await expect(page.getByRole("status")).toContainText("no longer published");
  expect((await page.request.get(file)).status()).toBe(404);
});
