/**
 * Issue 10, §2: every facilitator page and action of a programme, asked for by someone who
 * does not facilitate it — an account with no programme, and a facilitator of another
 * programme — answers 404 and shows nothing of it, and nothing changes. The requests come
 * from one list (facilitator-requests.ts); the last test fails when a facilitator route is
 * added without a place on it.
 */
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { DAY_SECTIONS } from "../../src/use-cases/rounds/facilitator-day-sections.ts";
import routes from "../../src/web/routes.ts";
import { ADMIN, FACILITATOR, signIn, signUpAndSignIn } from "../support/accounts.ts";
import { emailsTo, firstLink, waitForEmail } from "../support/mailbox.ts";
import {
  FACILITATOR_REQUESTS,
  PROGRAMMELESS_PAGES,
  fillForm,
  fillTemplate,
  routePathOf,
  type FacilitatorRequest,
  type WalkIds,
} from "./facilitator-requests.ts";
import {
  DEMO_PROGRAMME,
  describeVictim,
  prepareVictimProgramme,
  type VictimProgramme,
} from "./victim-programme.ts";

const OTHER_PROGRAMME = "International Collaboration Mentoring";

async function signUp(browser: Browser, name: string, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signUpAndSignIn(page, { name, email, password: "outsider-password-1" });
  await expect(page.getByText(`Signed in as ${name} (${email})`)).toBeVisible();
  return page;
}

/** Follows the address-confirmation link among the emails `count` emails to `email`. */
async function verify(page: Page, email: string, count: number): Promise<void> {
  await waitForEmail(email, count);
  const confirmation = emailsTo(email).find((e) => e.subject === "Confirm your email address");
  if (!confirmation) throw new Error(`no confirmation email to ${email}`);
  await page.goto(firstLink(confirmation, "/api/auth/verify-email"));
}

/** A facilitator of the demo's other programme, and the ids of it and of a round of theirs. */
async function facilitatorOfAnotherProgramme(browser: Browser, admin: Page, stamp: number) {
  const email = `other-facilitator-${stamp}@example.org`;
  const page = await signUp(browser, "Otto Other", email);
  await admin.goto("/facilitate");
  await admin.getByRole("link", { name: OTHER_PROGRAMME }).first().click();
  await admin.getByLabel("Invite a facilitator by email").fill(email);
  await admin.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(admin.getByRole("status")).toContainText(`Invitation sent to ${email}`);
  await verify(page, email, 2);
  await page.goto("/facilitate");
  await page.getByRole("link", { name: OTHER_PROGRAMME }).click();
  await page.waitForURL(/\/facilitate\/programmes\/[^/]+$/);
  const ownProgrammeId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("link", { name: DEMO_PROGRAMME })).toHaveCount(0);
  await page.getByRole("link", { name: "2027 cohort" }).click();
  await page.waitForURL(/\/facilitate\/rounds\/[^/]+$/);
  const ownRoundId = new URL(page.url()).pathname.split("/").pop()!;
  return { page, ownProgrammeId, ownRoundId };
}

/** Sends one request of the list; redirects are not followed (an action's redirect means it acted). */
async function send(api: APIRequestContext, request: FacilitatorRequest, ids: WalkIds) {
  const url = fillTemplate(request.path, ids);
  if (!url) return undefined;
  if (request.method === "GET") return { url, response: await api.get(url, { maxRedirects: 0 }) };
  const form = fillForm(request.form ?? {}, ids);
  if (request.upload)
    form.append("file", new Blob(["name,email\r\nTaken Over,taken@example.org"]), "over.csv");
  const body = request.upload ? { multipart: form } : { form };
  return { url, response: await api.post(url, { ...body, maxRedirects: 0 }) };
}

/**
 * The result page's swap button only redirects to the swap page with the two groups chosen,
 * without reading anything (the swap page then authorises). The facilitators' guard stops
 * an outsider before that; in a facilitator's own round, with another programme's run in the
 * address, the button still redirects and the swap page answers 404.
 */
function expectedStatus(request: FacilitatorRequest, inOwnRound: boolean): number {
  return inOwnRound && request.form?.intent === "swap" ? 302 : 404;
}

/**
 * Walks every request whose ids are known as `who` and checks each answers like a page that
 * does not exist; returns the requests sent.
 */
async function walk(
  who: string,
  api: APIRequestContext,
  ids: WalkIds,
  secrets: readonly string[],
  requests: readonly FacilitatorRequest[] = FACILITATOR_REQUESTS,
  inOwnRound = false,
): Promise<FacilitatorRequest[]> {
  const sent: FacilitatorRequest[] = [];
  // Every page first, then every form, so that no page is asked for after a form changed it.
  const pagesFirst = [
    ...requests.filter((r) => r.method === "GET"),
    ...requests.filter((r) => r.method === "POST"),
  ];
  for (const request of pagesFirst) {
    const sentRequest = await send(api, request, ids);
    if (!sentRequest) continue;
    sent.push(request);
    const { url, response } = sentRequest;
    const label = `${who}: ${request.method} ${url} ${JSON.stringify(request.form ?? {})}`;
    expect.soft(response.status(), label).toBe(expectedStatus(request, inOwnRound));
    const body = await response.text();
    expect
      .soft(
        secrets.filter((secret) => body.includes(secret)),
        `${label} shows`,
      )
      .toEqual([]);
    const location = response.headers()["location"];
    if (location) {
      const followed = await api.get(location, { maxRedirects: 0 });
      expect.soft(followed.status(), `${label} → ${location}`).toBe(404);
    }
  }
  return sent;
}

test("outsiders find nothing on any facilitator page or action of a programme", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  await signIn(page, FACILITATOR, "/facilitate");
  const victim: VictimProgramme = await prepareVictimProgramme(page, stamp);
  // The facilitator's own form, sent the way the walk sends it, does act (here: the decision
  // the applicant already has), so a 404 below is the authorisation, not the request.
  const decision = await page.request.post(
    `/facilitate/rounds/${victim.ids.roundId}/applicants/${victim.ids.applicationId}`,
    { form: fillForm({ decision: "accepted", message: "" }, victim.ids), maxRedirects: 0 },
  );
  expect(decision.status()).toBe(302);
  const before = await describeVictim(page, victim);
  const mailBefore = victim.applicantEmails.map((email) => emailsTo(email).length);
  const inviteEmail = `walk-invite-${stamp}@example.org`;
  // One of the report's tables, as its CSV address names it.
  const table = "applications-by-status.csv";
  const ids = { ...victim.ids, inviteEmail, table };
  const demoIds = { ...victim.demoRound, inviteEmail, table };
  const pilotIds = { ...victim.pilotRound, inviteEmail, table };

  // A next round planned from the report: its plan page is the only one that needs a round
  // planned from another.
  const planned = await page.request.post(`/facilitate/rounds/${victim.ids.roundId}/report`, {
    form: { intent: "plan", name: `Planned ${stamp}` },
    maxRedirects: 0,
  });
  expect(planned.status()).toBe(302);
  const plannedIds = { ...ids, roundId: planned.headers()["location"]!.split("/").at(-2)! };
  const planRequests = FACILITATOR_REQUESTS.filter((r) => r.path.endsWith("/plan"));

  // The facilitator's own pages answer: the ids are real and the paths right (the matched
  // round's, else the Pilot round's: a partnership and a session are only there).
  for (const request of FACILITATOR_REQUESTS.filter((r) => r.method === "GET")) {
    const own = planRequests.includes(request) ? plannedIds : ids;
    const url = (fillTemplate(request.path, own) ?? fillTemplate(request.path, pilotIds))!;
    const response = await page.request.get(url, { maxRedirects: 0 });
    // A finished run's progress page sends its facilitator on to the result.
    expect(response.status(), url).toBe(request.path.endsWith("/progress") ? 302 : 200);
  }

  const outsiderEmail = `outsider-${stamp}@example.org`;
  const outsider = await signUp(browser, "Olga Outsider", outsiderEmail);
  await verify(outsider, outsiderEmail, 1);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN, "/facilitate");
  const other = await facilitatorOfAnotherProgramme(browser, admin, stamp);

  for (const [who, visitor] of [
    ["an account with no programme", outsider],
    ["a facilitator of another programme", other.page],
  ] as const) {
    const sent = await walk(who, visitor.request, ids, victim.secrets);
    // The running Pilot round: every request that needs no run or import.
    const sentInPilot = await walk(who, visitor.request, pilotIds, victim.secrets);
    const unsent = FACILITATOR_REQUESTS.filter(
      (r) => !sent.includes(r) && !sentInPilot.includes(r),
    );
    expect(unsent).toEqual([]);
    // The planned round's plan page and its save.
    await walk(who, visitor.request, plannedIds, victim.secrets, planRequests);
    // The demo's own round too, for the requests that need no run or import.
    expect((await walk(who, visitor.request, demoIds, victim.secrets)).length).toBeGreaterThan(15);
  }

  // The other facilitator's own round (and programme) with this programme's applicant, run,
  // import, people, partnership, session and topic in the path: a use case must check they
  // belong to that round or programme, not only the round or programme.
  const mixed = {
    ...ids,
    partnershipId: victim.pilotRound.partnershipId!,
    sessionId: victim.pilotRound.sessionId!,
    roundId: other.ownRoundId,
    programmeId: other.ownProgrammeId,
  };
  const mixedRequests = FACILITATOR_REQUESTS.filter((r) =>
    /:(applicationId|jobId|runId|partnershipId|sessionId|topicId|surveyId)/.test(r.path),
  );
  await walk(
    "another programme's facilitator, in their own round",
    other.page.request,
    mixed,
    victim.secrets,
    mixedRequests,
    true,
  );
  // Nor is this programme's topic a choice in their own round's schedule: refused beside the
  // week like any unknown topic (a save would redirect), and nothing of it shown.
  const foreignTopic = await other.page.request.post(
    `/facilitate/rounds/${other.ownRoundId}/topics`,
    { form: { "week-1": victim.ids.topicId! }, maxRedirects: 0 },
  );
  expect.soft(foreignTopic.status()).toBe(200);
  const refusal = await foreignTopic.text();
  expect.soft(refusal).toContain("Choose one of the options.");
  expect.soft(victim.secrets.filter((secret) => refusal.includes(secret))).toEqual([]);

  for (const pageOfNoProgramme of PROGRAMMELESS_PAGES) {
    const paths = DAY_SECTIONS.map((section) => fillTemplate(pageOfNoProgramme.path, { section })!);
    for (const path of new Set(paths)) {
      for (const [who, visitor, status] of [
        ["outsider", outsider, pageOfNoProgramme.outsider],
        ["other facilitator", other.page, pageOfNoProgramme.otherFacilitator],
      ] as const) {
        const response = await visitor.request.get(path, { maxRedirects: 0 });
        expect.soft(response.status(), `${who}: ${path}`).toBe(status);
        const body = await response.text();
        const shown = victim.secrets.filter((secret) => body.includes(secret));
        expect.soft(shown, `${who}: ${path} shows`).toEqual([]);
      }
    }
  }
  // The account with no programme may not create one either. (Its page answers 404 and its
  // form 403: neither concerns an existing programme, so neither tells anything.)
  const created = await outsider.request.post("/facilitate/programmes/new", {
    form: { name: `Outsider programme ${stamp}`, defaultLanguage: "en" },
    maxRedirects: 0,
  });
  expect.soft([403, 404]).toContain(created.status());

  // Nothing changed: the facilitator sees what they saw before, and no email went out.
  expect.soft(await describeVictim(page, victim)).toEqual(before);
  await page.goto(`/facilitate/programmes/${victim.ids.programmeId}`);
  await expect.soft(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_PROGRAMME);
  await expect.soft(page.getByText("Taken over")).toHaveCount(0);
  await expect.soft(page.getByText(inviteEmail)).toHaveCount(0);
  await page.goto(`/facilitate/rounds/${victim.demoRound.roundId}`);
  await expect.soft(page.getByText("Open for applications", { exact: true })).toBeVisible();
  await page.goto(`/facilitate/rounds/${victim.demoRound.roundId}/matching`);
  await expect.soft(page.locator("a[href*='/runs/']")).toHaveCount(0);
  expect.soft(emailsTo(inviteEmail)).toEqual([]);
  expect.soft(victim.applicantEmails.map((email) => emailsTo(email).length)).toEqual(mailBefore);
  await admin.goto("/facilitate");
  await expect.soft(admin.getByText(`Outsider programme ${stamp}`)).toHaveCount(0);
});

test("every facilitator route is on the outsider walk's list", () => {
  const routeFiles = new Map<string, string>();
  type Entry = { path?: string; file: string; children?: Entry[] };
  const collect = (entries: readonly Entry[]) => {
    for (const entry of entries) {
      if (entry.path) routeFiles.set(entry.path, entry.file);
      collect(entry.children ?? []);
    }
  };
  collect(routes);
  const sourceOf = (path: string) =>
    new URL(`../../src/web/${routeFiles.get(path)}`, import.meta.url);
  const facilitatorRoutes = [...routeFiles.keys()].filter((path) => /^facilitate(\/|$)/.test(path));
  const walked = new Set([
    ...FACILITATOR_REQUESTS.filter((r) => r.method === "GET").map(routePathOf),
    ...PROGRAMMELESS_PAGES.map((p) => p.path.replace(/^\//, "")),
  ]);
  expect(facilitatorRoutes.filter((path) => !walked.has(path))).toEqual([]);
  expect([...walked].filter((path) => !routeFiles.has(path))).toEqual([]);

  // A route whose module handles a form has that form on the list too.
  const posted = new Set(FACILITATOR_REQUESTS.filter((r) => r.method === "POST").map(routePathOf));
  const withAction = facilitatorRoutes.filter((path) => {
    const source = readFileSync(sourceOf(path), "utf8");
    return /export (async )?function action\b/.test(source);
  });
  const programmeless = new Set(PROGRAMMELESS_PAGES.map((p) => p.path.replace(/^\//, "")));
  expect(withAction.filter((path) => !posted.has(path) && !programmeless.has(path))).toEqual([]);

  // And every intent its action tells apart.
  const postedIntents = new Set(
    FACILITATOR_REQUESTS.filter((r) => r.method === "POST").map(
      (r) => `${routePathOf(r)} ${String(r.form?.intent ?? "")}`,
    ),
  );
  const handledIntents = withAction.flatMap((path) => {
    const source = readFileSync(sourceOf(path), "utf8");
    return [...source.matchAll(/"intent"\)? === "([^"]+)"/g)].map((m) => `${path} ${m[1]}`);
  });
  expect(handledIntents.length).toBeGreaterThan(0);
  expect(handledIntents.filter((intent) => !postedIntents.has(intent))).toEqual([]);
});
