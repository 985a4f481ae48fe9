/**
 * The demo facilitator's side of the outsider walk: a round of the demo programme taken as
 * far as matching (imported, accepted, closed, run twice, a pair blocked), a topic added to
 * its library, and the demo's running Pilot round (a partnership, a group session), so that
 * every facilitator page has a real id to be asked about, and what those pages show, to
 * compare before and after the outsiders tried.
 */
import { expect, type Page } from "@playwright/test";
import { generateDemoApplicants } from "../../src/demo/demo-applicants.ts";
import { DEMO_SEED } from "../../src/demo/load-demo.ts";
import { applicantsCsv } from "../support/matching-round.ts";
import type { WalkIds } from "./facilitator-requests.ts";
import { closeApplications } from "../support/close-applications.ts";

export const DEMO_PROGRAMME = "International Peer Mentoring";
const DEMO_PROGRAMME_SLUG = "international-peer-mentoring";
/** The demo's Round 1 theme: on its pages only. */
export const DEMO_THEME = "Libraries without borders";
/** The demo's round under way (src/demo/demo-round-under-way.ts) and its coming session. */
export const PILOT_ROUND = "Pilot round";
export const PILOT_SESSION = "Advocacy in hard times: an evening of stories";
/** The demo participant account's name (src/demo/load-demo.ts), a member of a Pilot pair. */
const DEMO_PARTICIPANT = "Amara Okafor";

export interface VictimProgramme {
  /**
   * Ids in the matched round (`applicationId` is a person in the run `runId`, `otherRunId`
   * the run before it; not yet published, so free to be re-matched) and the walk's topic;
   * `demoRound` holds the demo's own Round 1 and one of its applicants; `pilotRound` the
   * demo's running Pilot round, one of its partnerships and its coming group session.
   */
  ids: WalkIds;
  demoRound: WalkIds;
  pilotRound: WalkIds;
  roundName: string;
  /**
   * The programme's and rounds' names, the applicants' names and addresses, the topic's
   * title and prompt, the session's title, the Pilot partnership's members.
   */
  secrets: string[];
  /** Everyone an outsider's form could email: the applicants, the Pilot partnership. */
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

/** A topic added to the programme's library, with a title and prompt found nowhere else. */
async function addTopic(page: Page, programmeId: string, stamp: number) {
  const title = `Outsider walk topic ${stamp}`;
  const prompt = `Only this programme's facilitators read this prompt (${stamp}).`;
  await page.goto(`/facilitate/programmes/${programmeId}/topics/new`);
  await page.getByLabel("Title (English)").fill(title);
  await page.getByLabel("Prompt (English)").fill(prompt);
  await page.getByRole("button", { name: "Add topic" }).click();
  await expect(page.getByRole("status")).toHaveText("Topic added to the library.");
  const link = page.getByRole("link", { name: title, exact: true });
  const topicId = lastSegment(new URL((await link.getAttribute("href"))!, page.url()).href);
  return { topicId, title, prompt };
}

/** The round's mid-round survey (created on its page: not published yet) and its second question. */
async function readSurvey(page: Page, roundUrl: string) {
  await page.goto(`${roundUrl}/surveys`);
  await page.getByRole("button", { name: "Create the surveys" }).click();
  const edit = page.getByRole("link", { name: /Questions and dates — Mid-round survey/ });
  const surveyId = lastSegment(new URL((await edit.getAttribute("href"))!, page.url()).href);
  await edit.click();
  const change = page.getByRole("link", { name: /^Change — / }).nth(1);
  const questionId = lastSegment(new URL((await change.getAttribute("href"))!, page.url()).href);
  return { surveyId, questionId };
}

/**
 * The demo's running Pilot round, read from the facilitator's pages: one of its partnerships
 * (members' names and addresses) and its coming group session.
 */
async function readPilotRound(page: Page, programmeId: string) {
  await page.goto(`/facilitate/programmes/${programmeId}`);
  await page.getByRole("link", { name: PILOT_ROUND, exact: true }).first().click();
  await page.waitForURL(/\/facilitate\/rounds\/[^/]+$/);
  const roundId = lastSegment(page.url());
  await page.goto(`/facilitate/rounds/${roundId}/partnerships`);
  // Not the demo participant's pair: other journeys write to that account.
  const pair = page.locator("tr[id^='p-']").filter({ hasNotText: DEMO_PARTICIPANT }).last();
  const partnershipId = (await pair.getAttribute("id"))!.replace(/^p-/, "");
  const memberLinks = await pair
    .locator("a[href*='/applicants/']")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const members: { name: string; email: string }[] = [];
  for (const href of memberLinks) {
    await page.goto(href);
    const email = (await page.locator("a[href^='mailto:']").first().innerText()).trim();
    const name = await page.getByRole("heading", { level: 1 }).innerText();
    members.push({ name: name.trim(), email });
  }
  await page.goto(`/facilitate/rounds/${roundId}/sessions`);
  const edit = page.getByRole("link", { name: `Edit ${PILOT_SESSION}` });
  const sessionId = new URL((await edit.getAttribute("href"))!, page.url()).pathname
    .split("/")
    .at(-2)!;
  return { ids: { programmeId, roundId, partnershipId, sessionId }, members };
}

/** An event of the demo programme, published through its page; its slug and title. */
async function publishEvent(page: Page, stamp: number) {
  const title = `Walk event ${stamp}`;
  await page.goto(`/events/new?programme=${DEMO_PROGRAMME_SLUG}`);
  await expect(page.getByRole("heading", { name: "Publish an event", level: 1 })).toBeVisible();
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Starts").fill("2030-04-20T10:00");
  await page.getByLabel("Online meeting link").fill("https://meet.example.org/walk");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  return { eventSlug: lastSegment(page.url().split("?")[0]!), title };
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

  const survey = await readSurvey(page, roundUrl);
  const topic = await addTopic(page, programmeId, stamp);
  const pilot = await readPilotRound(page, programmeId);
  const event = await publishEvent(page, stamp);

  const people = csv
    .split("\r\n")
    .slice(1)
    .map((line) => line.split(","));
  return {
    ids: {
      programmeId,
      roundId,
      jobId,
      blockedA,
      blockedB,
      ...run,
      topicId: topic.topicId,
      ...survey,
      programmeSlug: DEMO_PROGRAMME_SLUG,
      slug: event.eventSlug,
    },
    demoRound: { programmeId, roundId: demoRoundId, applicationId: demoApplicationId },
    pilotRound: { ...pilot.ids, topicId: topic.topicId },
    roundName,
    secrets: [
      DEMO_PROGRAMME,
      DEMO_THEME,
      roundName,
      demo.name,
      demo.email,
      ...people.flatMap((p) => [p[0]!, p[1]!]),
      topic.title,
      topic.prompt,
      event.title,
      PILOT_ROUND,
      PILOT_SESSION,
      ...pilot.members.flatMap((m) => [m.name, m.email]),
    ],
    applicantEmails: [...people.map((p) => p[1]!), ...pilot.members.map((m) => m.email)],
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
  const { ids, demoRound, pilotRound } = victim;
  const pilot = `/facilitate/rounds/${pilotRound.roundId}`;
  return {
    round: await text(`/facilitate/rounds/${ids.roundId}`),
    applicant: await text(`/facilitate/rounds/${ids.roundId}/applicants/${ids.applicationId}`),
    demoApplicant: await text(
      `/facilitate/rounds/${demoRound.roundId}/applicants/${demoRound.applicationId}`,
    ),
    matching: await text(`/facilitate/rounds/${ids.roundId}/matching`),
    blocks: await text(`/facilitate/rounds/${ids.roundId}/matching/blocks`),
    result: await text(`/facilitate/rounds/${ids.roundId}/matching/runs/${ids.runId}`),
    // Not edited, archived, cancelled or dissolved.
    topic: await text(`/facilitate/programmes/${ids.programmeId}/topics/${ids.topicId}`),
    session: await text(`${pilot}/sessions/${pilotRound.sessionId}/cancel`),
    partnership: await text(`${pilot}/follow-up/${pilotRound.partnershipId}/dissolve`),
    // Its dates and questions neither changed, moved nor removed.
    survey: await text(`/facilitate/rounds/${ids.roundId}/surveys/${ids.surveyId}`),
  };
}
