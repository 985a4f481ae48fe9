/**
 * The outsider walk for news: a programme's posting, editing, deleting and moderating pages
 * and actions, asked for by a verified member who moderates nothing and by the organiser of
 * another network, answer 404, show nothing of the reported comment, and change nothing.
 * The last test fails when an organiser route of news is added without a place on the list.
 */
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import routes from "../../src/web/routes.ts";
import { approveNetwork, newVerifiedMember, proposeNetwork } from "../networks/network-journeys.ts";
import { ADMIN, FACILITATOR, signIn } from "../support/accounts.ts";
import { fillForm, fillTemplate, routePathOf, type WalkIds } from "./facilitator-requests.ts";
import { NEWS_MODERATION_PAGE, NEWS_ORGANISER_REQUESTS } from "./news-organiser-requests.ts";

const PROGRAMME = "international-peer-mentoring";

async function walk(who: string, api: APIRequestContext, ids: WalkIds, secrets: string[]) {
  const pagesFirst = [
    ...NEWS_ORGANISER_REQUESTS.filter((r) => r.method === "GET"),
    ...NEWS_ORGANISER_REQUESTS.filter((r) => r.method === "POST"),
  ];
  for (const request of pagesFirst) {
    const url = fillTemplate(request.path, ids)!;
    const response =
      request.method === "GET"
        ? await api.get(url, { maxRedirects: 0 })
        : await api.post(url, { form: fillForm(request.form ?? {}, ids), maxRedirects: 0 });
    const label = `${who}: ${request.method} ${url}`;
    expect.soft(response.status(), label).toBe(404);
    const body = await response.text();
    expect
      .soft(
        secrets.filter((s) => body.includes(s)),
        `${label} shows`,
      )
      .toEqual([]);
  }
}

test("outsiders can neither post, edit, delete nor moderate a programme's news", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const title = `Walked news ${stamp}`;
  const secretComment = `Walked comment ${stamp}`;
  const secretReason = `Walked reason ${stamp}`;

  // The facilitator posts for the programme; a comment on it is reported.
  await signIn(page, FACILITATOR, "/news");
  const posted = await page.request.post(`/news/new?programme=${PROGRAMME}`, {
    form: { title, body: "Walked." },
    maxRedirects: 0,
  });
  expect(posted.status()).toBe(302);
  const postSlug = posted.headers()["location"]!.split("?")[0]!.split("/").pop()!;
  await page.request.post(`/news/${postSlug}`, { form: { body: secretComment } });
  await page.goto(`/news/${postSlug}`);
  const reportHref = await page
    .getByRole("listitem")
    .filter({ hasText: secretComment })
    .getByRole("link", { name: /^Report/ })
    .getAttribute("href");
  const commentId = reportHref!.split("/").at(-2)!;
  await page.request.post(reportHref!, { form: { reason: secretReason } });
  const moderation = await (await page.request.get(NEWS_MODERATION_PAGE)).text();
  expect(moderation).toContain(secretReason);
  const secrets = [secretReason];
  const ids: WalkIds = { programmeSlug: PROGRAMME, slug: postSlug, commentId };

  // A member who moderates nothing.
  const outsider = await newVerifiedMember(
    browser,
    "Olga Outsider",
    `news-walk-outsider-${stamp}@example.org`,
  );
  await walk("a member who moderates nothing", outsider.request, ids, secrets);
  expect.soft((await outsider.request.get(NEWS_MODERATION_PAGE)).status()).toBe(404);

  // The organiser of another network: their own network's news is theirs, this is not.
  const organiser = await newVerifiedMember(
    browser,
    "Otto Organiser",
    `news-walk-organiser-${stamp}@example.org`,
  );
  const networkName = `News walk network ${stamp}`;
  await proposeNetwork(organiser, {
    name: networkName,
    kind: "Specialist",
    description: "Walking.",
    online: true,
    sectors: ["Law library"],
    language: "English",
  });
  const ownSlug = new URL(organiser.url()).pathname.split("/").pop()!;
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN, "/admin/networks");
  await approveNetwork(admin, networkName);
  expect((await organiser.request.get(`/news/new?network=${ownSlug}`)).status()).toBe(200);
  await walk("another network's organiser", organiser.request, ids, secrets);
  const theirList = await organiser.request.get(NEWS_MODERATION_PAGE);
  expect.soft(theirList.status()).toBe(200);
  expect.soft(await theirList.text()).not.toContain(secretReason);

  // Nothing changed: the post, its comment and the report are as they were.
  const after = await (await page.request.get(`/news/${postSlug}`)).text();
  expect.soft(after).toContain(title);
  expect.soft(after).toContain(secretComment);
  expect.soft(after).not.toContain("Taken over");
  expect.soft(await (await page.request.get(NEWS_MODERATION_PAGE)).text()).toContain(secretReason);
  await page.request.post(`/news/${postSlug}/delete`, { form: {} });
});

test("every organiser route of news is on the walk's list", () => {
  const routeFiles = new Map<string, string>();
  for (const entry of routes as readonly { path?: string; file: string }[])
    if (entry.path) routeFiles.set(entry.path, entry.file);
  const organiserFiles = [...routeFiles.entries()].filter(([, file]) =>
    file.startsWith("features/news/organise/"),
  );
  const walked = new Set([
    ...NEWS_ORGANISER_REQUESTS.map(routePathOf),
    routePathOf({ method: "GET", path: NEWS_MODERATION_PAGE }),
  ]);
  expect(organiserFiles.length).toBe(6);
  expect(organiserFiles.map(([path]) => path).filter((path) => !walked.has(path))).toEqual([]);
  // Each organiser route that handles a form has that form on the list.
  const posted = new Set(
    NEWS_ORGANISER_REQUESTS.filter((r) => r.method === "POST").map(routePathOf),
  );
  const withAction = organiserFiles.filter(([, file]) =>
    /export (async )?function action\b/.test(
      readFileSync(new URL(`../../src/web/${file}`, import.meta.url), "utf8"),
    ),
  );
  expect(withAction.map(([path]) => path).filter((path) => !posted.has(path))).toEqual([]);
});
