import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_NETWORK_FORM } from "../../domain/networks/network-input.ts";
import { EMPTY_SPOTLIGHT_FORM } from "../../domain/spotlights/spotlight-input.ts";
import { spotlight as spotlightTable, user } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { decideNetworkProposal } from "../networks/decide-network-proposal.ts";
import { joinNetwork } from "../networks/join-network.ts";
import { proposeNetwork } from "../networks/propose-network.ts";
import { setMembershipVisibility } from "../networks/set-membership-visibility.ts";
import { getMemberProfile } from "../profiles/get-member-profile.ts";
import { saveMyProfile } from "../profiles/save-my-profile.ts";
import type { Actor } from "../result.ts";
import { answerSpotlight } from "./answer-spotlight.ts";
import { answerSpotlightByLink, findSpotlightByAnswerLink } from "./answer-spotlight-by-link.ts";
import { deleteSpotlight } from "./delete-spotlight.ts";
import { getSpotlight } from "./get-spotlight.ts";
import { getSpotlightFeed } from "./get-spotlight-feed.ts";
import { listMySpotlights } from "./list-my-spotlights.ts";
import { listNetworkSpotlights, listSpotlights } from "./list-spotlights.ts";
import { thankSpotlight } from "./thank-spotlight.ts";
import { writeSpotlight } from "./write-spotlight.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
const admin: Actor = { userId: "admin", role: "admin" };
const sara: Actor = { userId: "sara", role: "user" }; // the author
const lucia: Actor = { userId: "lucia", role: "user" }; // the colleague (invited by email)
const omar: Actor = { userId: "omar", role: "user" }; // another member
const page = { offset: 0, limit: 25 };
const both = { aboutPage: page, writtenPage: page };

async function emailsTo(address: string, kind: string) {
  const { items } = await database.uow.read.outbox.list({ offset: 0, limit: 100 }, address);
  return items.filter((m) => m.kind === kind);
}

/** The secret of the newest answer link sent to `address`. */
async function answerToken(address: string): Promise<string> {
  const [email] = await emailsTo(address, "spotlight-asked");
  const full = await database.uow.read.outbox.findById(email!.id);
  const match = /\/spotlights\/answer\/([A-Za-z0-9_-]+)/.exec(full!.bodyText);
  return match![1]!;
}

async function write(title: string, to: { name: string; email: string }) {
  const written = await writeSpotlight(deps, sara, {
    values: {
      ...EMPTY_SPOTLIGHT_FORM,
      title,
      body: "Her bilingual story time **doubled** our Saturday visits.",
      linkUrl: "https://example.org/story-time",
      imageUrl: "https://images.example.org/story.jpg",
      imageAlt: "Children listening to a story",
      subjectName: to.name,
      subjectEmail: to.email,
    },
    locale: "en",
  });
  if (!written.ok) throw new Error(JSON.stringify(written.error));
  return written.value.id;
}

const visibleTo = async (actor: Actor | null, id: string) =>
  (await getSpotlight(deps, actor, { id })).ok;
async function listedIds() {
  const listed = await listSpotlights(deps, { page });
  return listed.ok ? listed.value.spotlights.items.map((s) => s.id) : [];
}
const feedIds = async () => (await getSpotlightFeed(deps, {})).spotlights!.map((s) => s.id);

let networkId = "";

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "admin", name: "Ada", email: "ada@example.org", role: "admin", emailVerified: true },
    { id: "sara", name: "Sara Whitfield", email: "sara@example.org", emailVerified: true },
    {
      id: "lucia",
      name: "Lucía Hernández",
      email: "lucia@example.org",
      emailVerified: true,
      locale: "es",
    },
    { id: "omar", name: "Omar Haddad", email: "omar@example.org", emailVerified: true },
  ]);
  deps = testUseCaseDeps(database, "2027-03-01T10:00:00Z");
  const proposed = await proposeNetwork(deps, omar, {
    values: {
      ...EMPTY_NETWORK_FORM,
      name: "Bibliotecas escolares",
      kind: "national",
      description: "Juntas.",
      country: "ES",
      sectors: ["school"],
      languages: ["es"],
    },
  });
  if (!proposed.ok) throw new Error(JSON.stringify(proposed.error));
  networkId = proposed.value.id;
  await decideNetworkProposal(deps, admin, { networkId, decision: "approve", reason: "" });
  const slug = proposed.value.slug;
  expect((await joinNetwork(deps, lucia, { slug })).ok).toBe(true);
  expect((await setMembershipVisibility(deps, lucia, { slug, visible: true })).ok).toBe(true);
  expect(
    (
      await saveMyProfile(deps, lucia, {
        values: {
          visibility: "public",
          headline: "Bibliotecaria escolar",
          bio: "",
          country: "ES",
          sector: "school",
          openToMentoring: true,
          lookingForMentor: false,
        },
      })
    ).ok,
  ).toBe(true);
});
afterAll(() => database.close());

describe("a spotlight before its colleague agrees", () => {
  it("is seen by its author and its colleague only; everyone else gets not_found", async () => {
    const id = await write("Story time in three languages", {
      name: "Lucía",
      email: "LUCIA@example.org",
    });
    expect(await visibleTo(sara, id)).toBe(true);
    // Invited at the address Lucía's account has verified: she is the colleague.
    expect(await visibleTo(lucia, id)).toBe(true);
    expect(await getSpotlight(deps, omar, { id })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await visibleTo(null, id)).toBe(false);
    expect(await visibleTo(admin, id)).toBe(false);
    expect(await listedIds()).not.toContain(id);
    expect(await feedIds()).not.toContain(id);
    const onProfile = await getMemberProfile(deps, null, { userId: "lucia", spotlightsPage: page });
    expect(onProfile.ok && onProfile.value.spotlights.total).toBe(0);
    expect((await listNetworkSpotlights(deps, { networkId, limit: 5 })).total).toBe(0);
    // Lucía finds it waiting for her answer on her own page.
    const mine = await listMySpotlights(deps, lucia, both);
    expect(mine.ok && mine.value.about.items.map((s) => [s.id, s.status])).toEqual([[id, "asked"]]);
  });

  it("emails the colleague, in her language, a link whose secret is stored only as its hash", async () => {
    const [email] = await emailsTo("lucia@example.org", "spotlight-asked");
    expect(email?.locale).toBe("es");
    expect(email?.subject).toContain("Sara Whitfield");
    const token = await answerToken("lucia@example.org");
    const [row] = await database.db.select().from(spotlightTable);
    expect(row?.answerTokenHash).toBe(deps.ids.hashSecret(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await findSpotlightByAnswerLink(deps, { token: `${token}x` })).ok).toBe(false);
  });
});

describe("agreeing, thanking, withdrawing", () => {
  let id = "";

  it("opening the link changes nothing; agreeing from it publishes it everywhere", async () => {
    const token = await answerToken("lucia@example.org");
    const opened = await findSpotlightByAnswerLink(deps, { token });
    id = opened.ok ? opened.value.spotlight.id : "";
    expect(opened.ok && opened.value.answers).toEqual(["agree", "decline"]);
    expect(await visibleTo(omar, id)).toBe(false);
    deps.clock.set("2027-03-02T09:00:00Z");
    const agreed = await answerSpotlightByLink(deps, { token, answer: "agree" });
    expect(agreed.ok && agreed.value.spotlight.status).toBe("published");
    expect(await visibleTo(omar, id)).toBe(true);
    expect(await visibleTo(null, id)).toBe(true);
    expect(await listedIds()).toContain(id);
    expect(await feedIds()).toContain(id);
    const onProfile = await getMemberProfile(deps, null, { userId: "lucia", spotlightsPage: page });
    expect(onProfile.ok && onProfile.value.spotlights.items.map((s) => s.id)).toEqual([id]);
    const onNetwork = await listNetworkSpotlights(deps, { networkId, limit: 5 });
    expect(onNetwork.items.map((s) => s.id)).toEqual([id]);
    // The author hears of it; a second answer changes nothing.
    expect(await emailsTo("sara@example.org", "spotlight-answered")).toHaveLength(1);
    const again = await answerSpotlightByLink(deps, { token, answer: "decline" });
    expect(again.ok).toBe(false);
  });

  it("lets other members thank it once; the two people see who thanked, and do not thank", async () => {
    const first = await thankSpotlight(deps, omar, { id });
    const second = await thankSpotlight(deps, omar, { id });
    expect(first.ok && first.value.newlyThanked).toBe(true);
    expect(second.ok && second.value.newlyThanked).toBe(false);
    expect((await thankSpotlight(deps, sara, { id })).ok).toBe(false);
    expect((await thankSpotlight(deps, null, { id })).ok).toBe(false);
    const asOmar = await getSpotlight(deps, omar, { id });
    expect(asOmar.ok && [asOmar.value.spotlight.thanksCount, asOmar.value.thanked]).toEqual([
      1,
      true,
    ]);
    expect(asOmar.ok && asOmar.value.thanks).toBeNull();
    const asSara = await getSpotlight(deps, sara, { id });
    expect(asSara.ok && asSara.value.thanks?.map((t) => t.name)).toEqual(["Omar Haddad"]);
  });

  it("vanishes for everyone but its author when the colleague withdraws it", async () => {
    const before = (await getSpotlightFeed(deps, {})).version;
    expect((await answerSpotlight(deps, omar, { id, answer: "withdraw" })).ok).toBe(false);
    const withdrawn = await answerSpotlight(deps, lucia, { id, answer: "withdraw" });
    expect(withdrawn.ok && withdrawn.value.status).toBe("withdrawn");
    expect(await visibleTo(omar, id)).toBe(false);
    expect(await visibleTo(null, id)).toBe(false);
    expect(await visibleTo(lucia, id)).toBe(false);
    const asSara = await getSpotlight(deps, sara, { id });
    expect(asSara.ok && asSara.value.spotlight.status).toBe("withdrawn");
    expect(await listedIds()).not.toContain(id);
    const feed = await getSpotlightFeed(deps, { knownVersion: before });
    expect(feed.version).not.toBe(before);
    expect(feed.spotlights!.map((s) => s.id)).not.toContain(id);
    expect((await listNetworkSpotlights(deps, { networkId, limit: 5 })).total).toBe(0);
    expect((await thankSpotlight(deps, omar, { id })).ok).toBe(false);
  });

  it("lets only its author delete it", async () => {
    expect((await deleteSpotlight(deps, lucia, { id })).ok).toBe(false);
    expect((await deleteSpotlight(deps, sara, { id })).ok).toBe(true);
    expect(await visibleTo(sara, id)).toBe(false);
  });
});

describe("declining and naming by account", () => {
  it("a declined spotlight is the author's alone", async () => {
    const id = await write("Her weeding guide", { name: "Someone", email: "new@example.org" });
    const token = await answerToken("new@example.org");
    expect((await answerSpotlightByLink(deps, { token, answer: "decline" })).ok).toBe(true);
    expect(await visibleTo(omar, id)).toBe(false);
    expect(await visibleTo(null, id)).toBe(false);
    const asSara = await getSpotlight(deps, sara, { id });
    expect(asSara.ok && asSara.value.spotlight.status).toBe("declined");
    expect(await emailsTo("sara@example.org", "spotlight-answered")).toHaveLength(2);
  });

  it("names a colleague by account only when their profile is shown to members", async () => {
    const byAccount = (userId: string) =>
      writeSpotlight(deps, sara, {
        values: { ...EMPTY_SPOTLIGHT_FORM, title: "Hi", body: "Text.", subjectUserId: userId },
        locale: "en",
      });
    // Omar has no profile (hidden): his account cannot be named, nor can the author's own.
    for (const hidden of ["omar", "sara", "nobody"]) {
      const refused = await byAccount(hidden);
      expect(!refused.ok && refused.error.code).toBe("invalid");
    }
    const named = await byAccount("lucia");
    expect(named.ok).toBe(true);
    if (!named.ok) return;
    expect(await visibleTo(lucia, named.value.id)).toBe(true);
    expect(await visibleTo(omar, named.value.id)).toBe(false);
    const agreed = await answerSpotlight(deps, lucia, { id: named.value.id, answer: "agree" });
    expect(agreed.ok).toBe(true);
    expect(await visibleTo(null, named.value.id)).toBe(true);
  });

  it("reaches a colleague who signs up later only once her account has verified the address", async () => {
    const id = await write("Her seed library", { name: "Mei", email: "mei@example.org" });
    await database.db
      .insert(user)
      .values({ id: "mei", name: "Mei Lin", email: "mei@example.org", emailVerified: false });
    const mei: Actor = { userId: "mei", role: "user" };
    expect(await visibleTo(mei, id)).toBe(false);
    const before = await listMySpotlights(deps, mei, both);
    expect(before.ok && before.value.about.total).toBe(0);
    await database.db.update(user).set({ emailVerified: true }).where(eq(user.id, "mei"));
    expect(await visibleTo(mei, id)).toBe(true);
    expect((await answerSpotlight(deps, mei, { id, answer: "agree" })).ok).toBe(true);
    // Answered from her account: tied to it, so it is on her profile.
    await saveMyProfile(deps, mei, {
      values: {
        visibility: "public",
        headline: "",
        bio: "",
        country: "",
        sector: "",
        openToMentoring: false,
        lookingForMentor: false,
      },
    });
    const profile = await getMemberProfile(deps, null, { userId: "mei", spotlightsPage: page });
    expect(profile.ok && profile.value.spotlights.items.map((s) => s.id)).toEqual([id]);
  });
});
