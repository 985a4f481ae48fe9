/**
 * The outsider walk for networks: a network's organiser pages and actions, a waiting
 * proposal, and the administrators' queue, asked for by a signed-in member who organises
 * nothing and by the organiser of another network, answer 404, show nothing of the network's
 * organisers or invitations, and change nothing. The last test fails when an organiser or
 * administrator route of networks is added without a place on the list.
 */
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import routes from "../../src/web/routes.ts";
import { newVerifiedMember, proposeNetwork } from "../networks/network-journeys.ts";
import { ADMIN, signIn } from "../support/accounts.ts";
import { emailsTo } from "../support/mailbox.ts";
import { fillForm, fillTemplate, routePathOf, type WalkIds } from "./facilitator-requests.ts";
import { NETWORK_ORGANISER_REQUESTS } from "./network-organiser-requests.ts";

async function walk(who: string, api: APIRequestContext, ids: WalkIds, secrets: string[]) {
  const pagesFirst = [
    ...NETWORK_ORGANISER_REQUESTS.filter((r) => r.method === "GET"),
    ...NETWORK_ORGANISER_REQUESTS.filter((r) => r.method === "POST"),
  ];
  for (const request of pagesFirst) {
    const url = fillTemplate(request.path, ids)!;
    const response =
      request.method === "GET"
        ? await api.get(url, { maxRedirects: 0 })
        : await api.post(url, { form: fillForm(request.form ?? {}, ids), maxRedirects: 0 });
    const label = `${who}: ${request.method} ${url} ${JSON.stringify(request.form ?? {})}`;
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

test("outsiders find nothing on a network's organiser pages nor on the administrators' queue", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const name = `Walked network ${stamp}`;
  await signIn(page, ADMIN, "/networks");
  await proposeNetwork(page, {
    name,
    kind: "Specialist",
    description: "Walked.",
    online: true,
    sectors: ["Law library"],
    language: "English",
  });
  const slug = new URL(page.url()).pathname.split("/").pop()!;
  const networkId = await networkIdOf(page.request, slug);
  await page.request.post("/admin/networks", {
    form: { networkId, decision: "approve", reason: "" },
  });
  const pendingEmail = `walk-pending-${stamp}@example.org`;
  await page.request.post(`/networks/${slug}/organise`, {
    form: { intent: "invite", email: pendingEmail },
  });
  const campaign = await page.request.post(`/networks/${slug}/campaigns/new`, {
    form: {
      intent: "save",
      title: `Walked campaign ${stamp}`,
      body: "",
      petitionText: "Walk.",
      goal: "",
    },
    maxRedirects: 0,
  });
  const campaignSlug = campaign.headers()["location"]!.split("/").pop()!;

  // A proposal waiting, by a member.
  const proposer = await newVerifiedMember(
    browser,
    "Pat Proposer",
    `walk-proposer-${stamp}@example.org`,
  );
  const proposedName = `Walked proposal ${stamp}`;
  await proposeNetwork(proposer, {
    name: proposedName,
    kind: "International",
    description: "Waiting.",
    online: true,
    sectors: ["Archive"],
    language: "English",
  });
  const proposedSlug = new URL(proposer.url()).pathname.split("/").pop()!;
  const proposedId = await networkIdOf(page.request, proposedSlug);

  const organiserPage = await page.request.get(`/networks/${slug}/organise`);
  expect(organiserPage.status()).toBe(200);
  const adminEmail = ADMIN.email;
  expect(await organiserPage.text()).toContain(pendingEmail);
  const secrets = [pendingEmail, adminEmail, proposedName];

  // A member with a waiting proposal of their own, who organises nothing.
  const outsider = await newVerifiedMember(
    browser,
    "Olga Outsider",
    `walk-outsider-${stamp}@example.org`,
  );
  await proposeNetwork(outsider, {
    name: `Outsider's proposal ${stamp}`,
    kind: "International",
    description: "Mine.",
    online: true,
    sectors: ["Museum"],
    language: "English",
  });
  const outsidersSlug = new URL(outsider.url()).pathname.split("/").pop()!;
  const ids: WalkIds = {
    slug,
    campaignSlug,
    proposedSlug,
    proposedId,
    organiserId: await organiserIdOf(page.request, slug),
    inviteEmail: `walk-invite-${stamp}@example.org`,
  };
  await walk("a member with a proposal of their own", outsider.request, ids, secrets);
  // The other proposer: this network's pages, and the outsider's proposal.
  await walk(
    "another proposal's proposer",
    proposer.request,
    { ...ids, proposedSlug: outsidersSlug },
    secrets,
  );

  // Nothing changed.
  const after = await page.request.get(`/networks/${slug}/organise`);
  const text = await after.text();
  expect.soft(text).not.toContain("Taken over");
  expect.soft(emailsTo(ids.inviteEmail!)).toEqual([]);
  await page.goto("/admin/networks");
  await expect.soft(page.getByRole("button", { name: `Approve ${proposedName}` })).toBeVisible();
  const campaignPage = await page.request.get(`/networks/${slug}/campaigns/${campaignSlug}`);
  expect.soft(await campaignPage.text()).not.toContain("This petition is closed");
});

/** The network's id, as the administrators' queue or the approve button carries it. */
async function networkIdOf(api: APIRequestContext, slug: string): Promise<string> {
  const queue = await (await api.get("/admin/networks")).text();
  const at = queue.indexOf(`/networks/${slug}"`);
  const id = queue.slice(at).match(/name="networkId" value="([^"]+)"/)?.[1];
  if (!id) throw new Error(`no proposal ${slug} in the queue`);
  return id;
}

/** An organiser's user id, from the remove button of the organiser's page. */
async function organiserIdOf(api: APIRequestContext, slug: string): Promise<string> {
  const html = await (await api.get(`/networks/${slug}/organise`)).text();
  // With one organiser there is no remove button: any id does (the use case refuses first).
  return html.match(/name="userId" value="([^"]+)"/)?.[1] ?? "someone";
}

test("every network organiser and administrator route is on the walk's list", () => {
  const routeFiles = new Map<string, string>();
  for (const entry of routes as readonly { path?: string; file: string }[])
    if (entry.path) routeFiles.set(entry.path, entry.file);
  const guarded = [...routeFiles.keys()].filter((path) =>
    /^(networks\/:slug\/(organise|campaigns\/new|campaigns\/:campaignSlug\/edit)|admin\/networks)$/.test(
      path,
    ),
  );
  const walked = new Set(NETWORK_ORGANISER_REQUESTS.map(routePathOf));
  expect(guarded.length).toBe(4);
  expect(guarded.filter((path) => !walked.has(path))).toEqual([]);
  const posted = new Set(
    NETWORK_ORGANISER_REQUESTS.filter((r) => r.method === "POST").map(
      (r) => `${routePathOf(r)} ${String(r.form?.intent ?? "")}`,
    ),
  );
  const handled = guarded.flatMap((path) => {
    const source = readFileSync(
      new URL(`../../src/web/${routeFiles.get(path)}`, import.meta.url),
      "utf8",
    );
    return [...source.matchAll(/intent === "([^"]+)"/g)].map((m) => `${path} ${m[1]}`);
  });
  expect(handled.length).toBeGreaterThan(0);
  expect(handled.filter((intent) => !posted.has(intent))).toEqual([]);
});
