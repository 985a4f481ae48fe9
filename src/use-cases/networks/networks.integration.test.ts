import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_NETWORK_FORM, type NetworkFormValues } from "../../domain/networks/network-input.ts";
import { auditLog, user } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import type { Actor } from "../result.ts";
import { confirmPetitionSignature, findSignatureByLink } from "./confirm-petition-signature.ts";
import { decideNetworkProposal } from "./decide-network-proposal.ts";
import { findCampaignPage } from "./find-campaign-page.ts";
import { findNetworkPage } from "./find-network-page.ts";
import { getNetworkForOrganiser } from "./get-network-for-organiser.ts";
import { inviteNetworkOrganiser } from "./invite-network-organiser.ts";
import { joinNetwork } from "./join-network.ts";
import { leaveNetwork } from "./leave-network.ts";
import { listNetworkProposals } from "./list-network-proposals.ts";
import { listNetworks } from "./list-networks.ts";
import { acceptOrganiserInvitation, findOrganiserInvitation } from "./organiser-invitation.ts";
import { proposeNetwork } from "./propose-network.ts";
import { removeNetworkOrganiser } from "./remove-network-organiser.ts";
import { saveCampaign } from "./save-campaign.ts";
import { setCampaignStatus } from "./set-campaign-status.ts";
import { setMembershipVisibility } from "./set-membership-visibility.ts";
import { signPetition } from "./sign-petition.ts";
import { updateNetwork } from "./update-network.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
const admin: Actor = { userId: "admin", role: "admin" };
const priya: Actor = { userId: "priya", role: "user" };
const tom: Actor = { userId: "tom", role: "user" };
const una: Actor = { userId: "una", role: "user" }; // unverified
const page = { offset: 0, limit: 25 };

function form(values: Partial<NetworkFormValues>): NetworkFormValues {
  return {
    ...EMPTY_NETWORK_FORM,
    kind: "national",
    description: "School librarians **together**.",
    country: "GB",
    sectors: ["school"],
    languages: ["en"],
    ...values,
  };
}

async function approvedNetwork(name: string, values: Partial<NetworkFormValues> = {}) {
  const proposed = await proposeNetwork(deps, priya, { values: form({ name, ...values }) });
  if (!proposed.ok) throw new Error(JSON.stringify(proposed.error));
  const decided = await decideNetworkProposal(deps, admin, {
    networkId: proposed.value.id,
    decision: "approve",
    reason: "",
  });
  if (!decided.ok) throw new Error(JSON.stringify(decided.error));
  return proposed.value;
}

async function emailsTo(address: string, kind: string) {
  const { items } = await database.uow.read.outbox.list({ offset: 0, limit: 100 }, address);
  return items.filter((m) => m.kind === kind);
}

async function audit(networkId: string) {
  const rows = await database.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, "network"), eq(auditLog.subjectId, networkId)));
  return rows.map((r) => r.action).sort();
}

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "admin", name: "Ada", email: "ada@example.org", role: "admin", emailVerified: true },
    { id: "priya", name: "Priya Shah", email: "priya@example.org", emailVerified: true },
    { id: "tom", name: "Tom Reed", email: "tom@example.org", emailVerified: true },
    { id: "una", name: "Una Verified-Not", email: "una@example.org", emailVerified: false },
  ]);
  deps = testUseCaseDeps(database, "2027-03-01T10:00:00Z");
});
afterAll(() => database.close());

describe("the directory", () => {
  it("lists approved networks only, searched with the one search rule and filtered", async () => {
    await approvedNetwork("Bibliotecarias de Córdoba", {
      kind: "local",
      country: "ES",
      city: "Córdoba",
      languages: ["es"],
      sectors: ["public"],
    });
    const waiting = await proposeNetwork(deps, priya, {
      values: form({ name: "Waiting network" }),
    });
    expect(waiting.ok).toBe(true);
    const all = await listNetworks(deps, null, { filters: {}, page });
    const names = all.ok ? all.value.networks.items.map((n) => n.name) : [];
    expect(names).toContain("Bibliotecarias de Córdoba");
    expect(names).not.toContain("Waiting network");
    const found = await listNetworks(deps, null, { filters: { search: "cordoba" }, page });
    expect(found.ok && found.value.networks.items.map((n) => n.name)).toEqual([
      "Bibliotecarias de Córdoba",
    ]);
    const spanish = await listNetworks(deps, null, {
      filters: { language: "es", sector: "public", kind: "local", country: "ES" },
      page,
    });
    expect(spanish.ok && spanish.value.networks.total).toBe(1);
    const none = await listNetworks(deps, null, { filters: { online: true, country: "ES" }, page });
    expect(none.ok && none.value.networks.total).toBe(0);
    expect(all.ok && all.value.countries).toContainEqual({ code: "ES", count: 1 });
  });

  it("counts on the map a network as soon as it is approved or moved, and members as they join", async () => {
    const countryCount = async (code: string) => {
      const listed = await listNetworks(deps, null, { filters: {}, page });
      return listed.ok ? (listed.value.countries.find((c) => c.code === code)?.count ?? 0) : -1;
    };
    const total = async (filters = {}) => {
      const listed = await listNetworks(deps, null, { filters, page });
      return listed.ok ? listed.value.networks.total : -1;
    };
    const before = {
      pt: await countryCount("PT"),
      mt: await countryCount("MT"),
      all: await total(),
      ptSchool: await total({ country: "PT", sector: "school" }),
    };
    const { slug } = await approvedNetwork("Bibliotecários do Porto", { country: "PT" });
    expect(await countryCount("PT")).toBe(before.pt + 1);
    expect(await total()).toBe(before.all + 1);
    expect(await total({ sector: "school", country: "PT" })).toBe(before.ptSchool + 1);
    const moved = await updateNetwork(deps, priya, {
      slug,
      values: form({ name: "Bibliotecários do Porto", country: "MT" }),
    });
    expect(moved.ok).toBe(true);
    expect(await countryCount("PT")).toBe(before.pt);
    expect(await countryCount("MT")).toBe(before.mt + 1);
    expect(await total({ country: "PT", sector: "school" })).toBe(before.ptSchool);
    const members = async () => {
      const found = await listNetworks(deps, null, { filters: { search: "porto" }, page });
      return found.ok ? found.value.networks.items.map((n) => n.memberCount) : [];
    };
    await joinNetwork(deps, tom, { slug });
    await joinNetwork(deps, tom, { slug });
    await joinNetwork(deps, priya, { slug });
    expect(await members()).toEqual([2]);
    await leaveNetwork(deps, tom, { slug });
    await leaveNetwork(deps, tom, { slug });
    expect(await members()).toEqual([1]);
  });

  it("shows a proposed network to its proposer and administrators only", async () => {
    const proposed = await proposeNetwork(deps, priya, {
      values: form({ name: "Quiet proposal" }),
    });
    if (!proposed.ok) throw new Error();
    const slug = proposed.value.slug;
    for (const actor of [null, tom])
      expect((await findNetworkPage(deps, actor, { slug, membersPage: page })).ok).toBe(false);
    for (const actor of [priya, admin])
      expect((await findNetworkPage(deps, actor, { slug, membersPage: page })).ok).toBe(true);
  });
});

describe("proposing and approving", () => {
  it("makes the proposer the first organiser once, audited, and emails them", async () => {
    const { id, slug } = await approvedNetwork("Solo librarians north");
    const again = await decideNetworkProposal(deps, admin, {
      networkId: id,
      decision: "approve",
      reason: "",
    });
    expect(again.ok).toBe(false);
    const organised = await getNetworkForOrganiser(deps, priya, { slug });
    expect(organised.ok && organised.value.organisers.map((o) => o.name)).toEqual(["Priya Shah"]);
    expect(await audit(id)).toEqual([
      "network.approved",
      "network.organiser_granted",
      "network.proposed",
    ]);
    const mails = await emailsTo("priya@example.org", "network-decided");
    expect(mails.some((m) => m.subject.includes("Solo librarians north"))).toBe(true);
  });

  it("declines with a reason told to the proposer; the network stays unlisted", async () => {
    const proposed = await proposeNetwork(deps, priya, { values: form({ name: "Declined one" }) });
    if (!proposed.ok) throw new Error();
    const noReason = await decideNetworkProposal(deps, admin, {
      networkId: proposed.value.id,
      decision: "decline",
      reason: " ",
    });
    expect(!noReason.ok && noReason.error.code).toBe("invalid");
    const declined = await decideNetworkProposal(deps, admin, {
      networkId: proposed.value.id,
      decision: "decline",
      reason: "A network like it exists: Solo librarians north.",
    });
    expect(declined.ok).toBe(true);
    const mails = await emailsTo("priya@example.org", "network-decided");
    const declinedMail = mails.find((m) => m.subject.includes("Declined one"));
    expect(declinedMail?.bodyText).toContain("A network like it exists");
    const organised = await getNetworkForOrganiser(deps, priya, { slug: proposed.value.slug });
    expect(organised.ok).toBe(false);
  });

  it("refuses unverified proposers and answers not_found to non-admins on the queue", async () => {
    const proposed = await proposeNetwork(deps, una, { values: form({ name: "Una's network" }) });
    expect(!proposed.ok && proposed.error).toEqual({ code: "conflict", reason: "unverified" });
    const queue = await listNetworkProposals(deps, tom, { page });
    expect(!queue.ok && queue.error.code).toBe("not_found");
    const decided = await decideNetworkProposal(deps, priya, {
      networkId: "whatever",
      decision: "approve",
      reason: "",
    });
    expect(!decided.ok && decided.error.code).toBe("not_found");
  });

  it("checks every field of a proposal at once", async () => {
    const result = await proposeNetwork(deps, priya, {
      values: form({ name: "", kind: "local", country: "", sectors: [], websiteUrl: "ftp://x" }),
    });
    expect(
      !result.ok && result.error.code === "invalid" && Object.keys(result.error.fieldErrors).sort(),
    ).toEqual(["country", "name", "sectors", "websiteUrl"]);
  });
});

describe("co-organisers", () => {
  it("grants the role only to the signed-in account that verified the invited address", async () => {
    const { slug, id } = await approvedNetwork("Law librarians west");
    const outsider = await inviteNetworkOrganiser(deps, tom, { slug, email: "x@example.org" });
    expect(!outsider.ok && outsider.error.code).toBe("not_found");
    await inviteNetworkOrganiser(deps, priya, { slug, email: "Una@Example.org" });
    const [mail] = await emailsTo("una@example.org", "network-organiser-invitation");
    const invitationId = mail!.bodyText.match(/\/networks\/invitations\/(\S+)/)![1]!;
    // Tom is signed in with another address; Una has not verified hers.
    for (const actor of [tom, una]) {
      const shown = await findOrganiserInvitation(deps, actor, { invitationId });
      expect(shown.ok && shown.value.state).toBe("wrong_account");
      const accepted = await acceptOrganiserInvitation(deps, actor, { invitationId });
      expect(accepted.ok).toBe(false);
    }
    expect((await getNetworkForOrganiser(deps, una, { slug })).ok).toBe(false);
    await database.db.update(user).set({ emailVerified: true }).where(eq(user.id, "una"));
    const accepted = await acceptOrganiserInvitation(deps, una, { invitationId });
    expect(accepted.ok).toBe(true);
    const twice = await acceptOrganiserInvitation(deps, una, { invitationId });
    expect(twice.ok).toBe(true);
    const organised = await getNetworkForOrganiser(deps, una, { slug });
    expect(organised.ok && organised.value.organisers.map((o) => o.name).sort()).toEqual([
      "Priya Shah",
      "Una Verified-Not",
    ]);
    expect((await audit(id)).filter((a) => a === "network.organiser_granted")).toHaveLength(2);
    await database.db.update(user).set({ emailVerified: false }).where(eq(user.id, "una"));
    // Never the last organiser.
    expect((await removeNetworkOrganiser(deps, priya, { slug, userId: "una" })).ok).toBe(true);
    const last = await removeNetworkOrganiser(deps, priya, { slug, userId: "priya" });
    expect(!last.ok && last.error).toEqual({ code: "conflict", reason: "last_organiser" });
  });

  it("keeps one organiser when two remove each other at the same moment", async () => {
    const { slug, id } = await approvedNetwork("Solo librarians north");
    await inviteNetworkOrganiser(deps, priya, { slug, email: "tom@example.org" });
    const [mail] = await emailsTo("tom@example.org", "network-organiser-invitation");
    const invitationId = mail!.bodyText.match(/\/networks\/invitations\/(\S+)/)![1]!;
    expect((await acceptOrganiserInvitation(deps, tom, { invitationId })).ok).toBe(true);
    const results = await Promise.all([
      removeNetworkOrganiser(deps, priya, { slug, userId: "tom" }),
      removeNetworkOrganiser(deps, tom, { slug, userId: "priya" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await database.uow.read.networks.listOrganisers(id)).toHaveLength(1);
  });
});

describe("members", () => {
  it("joins verified accounts, shows only visible members and only to signed-in people", async () => {
    const { slug } = await approvedNetwork("Medical librarians east");
    expect((await joinNetwork(deps, tom, { slug })).ok).toBe(true);
    expect((await joinNetwork(deps, tom, { slug })).ok).toBe(true);
    const unverified = await joinNetwork(deps, una, { slug });
    expect(!unverified.ok && unverified.error).toEqual({ code: "conflict", reason: "unverified" });
    await joinNetwork(deps, priya, { slug });
    await setMembershipVisibility(deps, priya, { slug, visible: true });
    const seen = await findNetworkPage(deps, tom, { slug, membersPage: page });
    expect(seen.ok && seen.value.memberCount).toBe(2);
    expect(seen.ok && seen.value.visibleMembers?.items.map((m) => m.name)).toEqual(["Priya Shah"]);
    expect(seen.ok && seen.value.membership).toEqual({ visible: false });
    const anonymous = await findNetworkPage(deps, null, { slug, membersPage: page });
    expect(anonymous.ok && anonymous.value.visibleMembers).toBeNull();
    await leaveNetwork(deps, tom, { slug });
    const after = await findNetworkPage(deps, tom, { slug, membersPage: page });
    expect(after.ok && after.value.memberCount).toBe(1);
    expect(after.ok && after.value.membership).toBeNull();
  });
});

describe("petitions", () => {
  const signer = (email: string, extra: Record<string, string> = {}) => ({
    name: "Eleni Papadopoulou",
    email,
    country: "GR",
    comment: "Libraries changed my life.",
    commentPublic: "on",
    ...extra,
  });

  async function campaign() {
    const { slug } = await approvedNetwork(`Future libraries ${Math.random()}`, { country: "GR" });
    const saved = await saveCampaign(deps, priya, {
      slug,
      values: {
        title: "Libraries are worth it",
        body: "Why.",
        petitionText: "Fund them.",
        goal: "10",
      },
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    return { slug, campaignSlug: saved.value.campaignSlug };
  }

  async function linkTo(email: string, nth = -1) {
    const mails = await emailsTo(email, "petition-confirmation");
    const mail = mails.at(nth)!;
    return mail.bodyText.match(/\/petitions\/confirm\/(\S+)/)![1]!;
  }

  async function count(ids: { slug: string; campaignSlug: string }) {
    const found = await findCampaignPage(deps, null, { ...ids, commentsPage: page });
    if (!found.ok) throw new Error();
    return found.value;
  }

  it("counts a signature only once confirmed, and once per address", async () => {
    const ids = await campaign();
    const signed = await signPetition(deps, {
      ...ids,
      values: signer("eleni@example.org"),
      locale: "en",
    });
    expect(signed.ok).toBe(true);
    expect((await count(ids)).confirmed).toBe(0);
    const token = await linkTo("eleni@example.org");
    // Opening the link changes nothing.
    const opened = await findSignatureByLink(deps, { token });
    expect(opened.ok && opened.value.confirmed).toBe(false);
    expect((await count(ids)).confirmed).toBe(0);
    const [a, b] = await Promise.all([
      confirmPetitionSignature(deps, { token }),
      confirmPetitionSignature(deps, { token }),
    ]);
    expect([a, b].filter((r) => r.ok && r.value.newlyConfirmed)).toHaveLength(1);
    const page1 = await count(ids);
    expect(page1.confirmed).toBe(1);
    expect(page1.comments.items.map((c) => c.comment)).toEqual(["Libraries changed my life."]);
    const again = await signPetition(deps, {
      ...ids,
      values: signer("ELENI@example.org"),
      locale: "en",
    });
    expect(!again.ok && again.error).toEqual({ code: "conflict", reason: "already_signed" });
    expect((await count(ids)).confirmed).toBe(1);
  });

  it("re-sends the link to an unconfirmed address and keeps private comments private", async () => {
    const ids = await campaign();
    await signPetition(deps, {
      ...ids,
      values: signer("nikos@example.org", { commentPublic: "" }),
      locale: "en",
    });
    await signPetition(deps, {
      ...ids,
      values: signer("nikos@example.org", { name: "Nikos K.", commentPublic: "" }),
      locale: "en",
    });
    expect(await emailsTo("nikos@example.org", "petition-confirmation")).toHaveLength(2);
    await confirmPetitionSignature(deps, { token: await linkTo("nikos@example.org", 0) });
    const shown = await count(ids);
    expect(shown.confirmed).toBe(1);
    expect(shown.comments.total).toBe(0);
  });

  it("counts two signings of one address at the same moment once", async () => {
    const ids = await campaign();
    const results = await Promise.all([
      signPetition(deps, { ...ids, values: signer("maria@example.org"), locale: "en" }),
      signPetition(deps, { ...ids, values: signer("maria@example.org"), locale: "en" }),
    ]);
    expect(results.some((r) => r.ok)).toBe(true);
    for (const mail of await emailsTo("maria@example.org", "petition-confirmation")) {
      const token = mail.bodyText.match(/\/petitions\/confirm\/(\S+)/)![1]!;
      await confirmPetitionSignature(deps, { token });
    }
    expect((await count(ids)).confirmed).toBe(1);
  });

  it("stops signing once the campaign is closed", async () => {
    const ids = await campaign();
    await signPetition(deps, { ...ids, values: signer("late@example.org"), locale: "en" });
    expect((await setCampaignStatus(deps, tom, { ...ids, status: "closed" })).ok).toBe(false);
    expect((await setCampaignStatus(deps, priya, { ...ids, status: "closed" })).ok).toBe(true);
    const refused = await signPetition(deps, {
      ...ids,
      values: signer("x@example.org"),
      locale: "en",
    });
    expect(!refused.ok && refused.error.code).toBe("closed");
    const late = await confirmPetitionSignature(deps, { token: await linkTo("late@example.org") });
    expect(late.ok && late.value.newlyConfirmed).toBe(false);
    expect((await count(ids)).confirmed).toBe(0);
  });

  it("refuses a changed link", async () => {
    const refused = await findSignatureByLink(deps, { token: "abc.def" });
    expect(!refused.ok && refused.error.code).toBe("not_found");
  });
});
