/**
 * The demo facilitator's side of the outsider walk: a round of the demo programme taken as
 * far as matching (imported, accepted, closed, run twice, a pair blocked), so that every
 * facilitator page has a real id to be asked about, and what those pages show, to compare
 * before and after the outsiders tried.
 */
import { expect, type Page } from "@playwright/test";
import { generateDemoApplicants } from "../../src/demo/demo-applicants.ts";
import { DEMO_SEED } from "../../src/demo/load-demo.ts";
import { applicantsCsv } from "../support/matching-round.ts";
import type { WalkIds } from "./facilitator-requests.ts";
import { closeApplications } from "../support/close-applications.ts";

export const DEMO_PROGRAMME = "International Peer Mentoring";
/** The demo's Round 1 theme: on its pages only. */
export const DEMO_THEME = "Libraries without borders";

export interface VictimProgramme {
  /**
   * Ids in the matched round (`applicationId` is a person in the run `runId`, `otherRunId`
   * the run before it); `demoRound` holds the demo's own Round 1 and one of its applicants.
   */
  ids: WalkIds;
  demoRound: WalkIds;
  roundName: string;
  /** The programme's and round's names, its applicants' names and addresses. */
  secrets: string[];
  applicantEmails: string[];
}

const lastSegment = (url: string) => new URL(url).pathname.split("/").pop()!;

async function createMatchedRound(page: Page, roundName: string, stamp: number) {
  await page.getByRole("link", { name: "New round" }).click();
  await page.getByLabel("Round name").fill(roundName);
  await page.getByLabel("Applications open").fill("2026-01-01T09:00");
  await page.getByLabel("Applications close").fill("2030-03-01T09:00");
  await page.getByLabel("Matching").fill("2030-03-03T09:00");
  await page.getByLabel("Round starts").fill("2030-03-10T09:00");
  await page.getByLabel("Round ends").fill("2030-07-10T09:00");
  await page.getByRole("button", { name: "Create round (as draft)" }).click();
  await page.getByRole("button", { name: "Open for applications" }).click();
  await expect(page.getByText("Open for applications", { exact: true })).toBeVisible();
  const roundUrl = page.url().split("?")[0]!;

  await page.getByRole("link", { name: "Import applications (CSV)" }).click();
  const csv = applicantsCsv(stamp, ["FI", "KE", "BR", "JP", "IN", "CA", "MX", "GH"]);
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "peers.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByLabel("I confirm that these applicants consented").check();
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByText(`8 applications were imported into ${roundName}.`)).toBeVisible({
    timeout: 20_000,
  });
  const jobId = lastSegment(page.url());

  await page.goto(roundUrl);
  await page.getByLabel("I have reviewed the submitted applications").check();
  await page.getByRole("button", { name: "Accept all 8 submitted applications" }).click();
  await expect(page.getByText("8 applications accepted.")).toBeVisible();
  await closeApplications(page);
  return { roundUrl, jobId, csv };
}

async function runTwiceWithABlock(page: Page) {
  await page.getByRole("link", { name: "Matching", exact: true }).click();
  await page.getByRole("button", { name: "Run matching" }).click();
  await page.waitForURL(/\/runs\/[^/]+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: /^Result — / })).toBeVisible();
  const otherRunId = lastSegment(page.url());
  await page
    .getByRole("button", { name: /^Block / })
    .last()
    .click();
  await expect(page.getByText("Pair blocked: they are unmatched")).toBeVisible();
  await page.getByRole("button", { name: "Re-run from this result" }).click();
  await page.waitForURL(
    (url) => /\/runs\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(otherRunId),
    {
      timeout: 30_000,
    },
  );
  await expect(page.getByRole("heading", { name: /^Result — / })).toBeVisible();
  const runId = lastSegment(page.url());
  const [groupA, groupB] = await page
    .locator('input[name="swap"]')
    .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
  const rows = page.getByRole("row").filter({ has: page.locator("a[href*='/people/']") });
  const personOf = async (row: number) =>
    lastSegment(
      new URL(
        (await rows.nth(row).locator("a[href*='/people/']").first().getAttribute("href"))!,
        page.url(),
      ).href,
    );
  return {
    runId,
    otherRunId,
    groupA: groupA!,
    groupB: groupB!,
    applicationId: await personOf(0),
    partnerId: await personOf(1),
  };
}

/** As the demo facilitator (signed in on `page`): the ids and names the walk needs. */
export async function prepareVictimProgramme(page: Page, stamp: number): Promise<VictimProgramme> {
  const roundName = `Outsider walk ${stamp}`;
  await page.goto("/facilitate");
  await page.getByRole("link", { name: DEMO_PROGRAMME }).first().click();
  await page.waitForURL(/\/facilitate\/programmes\/[^/]+$/);
  const programmeId = lastSegment(page.url());
  await page.getByRole("link", { name: "Round 1", exact: true }).click();
  await page.waitForURL(/\/facilitate\/rounds\/[^/]+$/);
  const demoRoundId = lastSegment(page.url());
  // A demo applicant no other journey touches (the demo applicants come from a fixed seed).
  const demo = generateDemoApplicants({ seed: DEMO_SEED, count: 392, mode: "peer" })[100]!;
  await page.goto(
    `/facilitate/rounds/${demoRoundId}/applicants?q=${encodeURIComponent(demo.email)}`,
  );
  const demoApplicant = page.locator("table a[href*='/applicants/']");
  await expect(demoApplicant).toHaveText(demo.name);
  const demoApplicationId = lastSegment(
    new URL((await demoApplicant.getAttribute("href"))!, page.url()).href,
  );
  await page.goto(`/facilitate/programmes/${programmeId}`);

  const { roundUrl, jobId, csv } = await createMatchedRound(page, roundName, stamp);
  const roundId = lastSegment(roundUrl);
  const run = await runTwiceWithABlock(page);
  await page.goto(`${roundUrl}/matching/blocks`);
  const blockedA = await page.locator('input[name="a"]').first().inputValue();
  const blockedB = await page.locator('input[name="b"]').first().inputValue();

  const people = csv
    .split("\r\n")
    .slice(1)
    .map((line) => line.split(","));
  return {
    ids: { programmeId, roundId, jobId, blockedA, blockedB, ...run },
    demoRound: { programmeId, roundId: demoRoundId, applicationId: demoApplicationId },
    roundName,
    secrets: [
      DEMO_PROGRAMME,
      DEMO_THEME,
      roundName,
      demo.name,
      demo.email,
      ...people.flatMap((p) => [p[0]!, p[1]!]),
    ],
    applicantEmails: people.map((p) => p[1]!),
  };
}

/**
 * What the facilitator's pages say about what an outsider's request could change, on the
 * pages no other journey changes (others apply to the demo round and invite to its
 * programme while this one runs; the walk checks those pages for its own changes only).
 */
export async function describeVictim(
  page: Page,
  victim: VictimProgramme,
): Promise<Record<string, string>> {
  const text = async (path: string) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    return (await page.locator("main").innerText()).replace(/\s+/g, " ");
  };
  const { ids, demoRound } = victim;
  return {
    round: await text(`/facilitate/rounds/${ids.roundId}`),
    applicant: await text(`/facilitate/rounds/${ids.roundId}/applicants/${ids.applicationId}`),
    demoApplicant: await text(
      `/facilitate/rounds/${demoRound.roundId}/applicants/${demoRound.applicationId}`,
    ),
    matching: await text(`/facilitate/rounds/${ids.roundId}/matching`),
    blocks: await text(`/facilitate/rounds/${ids.roundId}/matching/blocks`),
    result: await text(`/facilitate/rounds/${ids.roundId}/matching/runs/${ids.runId}`),
  };
}
