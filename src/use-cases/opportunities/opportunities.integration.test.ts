/**
 * Opportunities and nominations (issue 15): an organiser posts, members nominate, the
 * nominee answers from the emailed link, the organiser records an outcome and both are told,
 * and the nominator offers mentoring. Above all: a nomination is invisible to everyone but
 * its nominee (and the nominator who wrote it) until the nominee accepts, and a declined one
 * is never shown again to anyone else — the organisers, the opportunity's page, another
 * member by URL, and the nominator, who never reads the answer itself.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, programme, programmeFacilitator, round } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { addNetwork, addPerson } from "../../db/test-news-fixtures.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import type { Actor } from "../result.ts";
import { answerMentoringOffer } from "./answer-mentoring-offer.ts";
import { answerNomination } from "./answer-nomination.ts";
import { closeOpportunity } from "./close-opportunity.ts";
import { findNominationByAnswerLink } from "./find-nomination-by-answer-link.ts";
import { getMentoringOffer } from "./get-mentoring-offer.ts";
import { getMentoringOfferForm } from "./get-mentoring-offer-form.ts";
import { getNomination } from "./get-nomination.ts";
import { getOpportunityPage } from "./get-opportunity-page.ts";
import { listMyNominations } from "./list-my-nominations.ts";
import { listNominationsForReview } from "./list-nominations-for-review.ts";
import { listNominationsOfMe } from "./list-nominations-of-me.ts";
import { listOpenOpportunities } from "./list-open-opportunities.ts";
import { listPublisherOpportunities } from "./list-publisher-opportunities.ts";
import { nominate } from "./nominate.ts";
import { offerMentoring } from "./offer-mentoring.ts";
import { postOpportunity } from "./post-opportunity.ts";
import { recordNominationOutcome } from "./record-nomination-outcome.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
let olga: Actor; // organises "school-librarians"
let fran: Actor; // facilitates the programme "peer"
let nora: Actor; // nominates
let nia: Actor; // nominated; her account reads Spanish
let dan: Actor; // nominated, declines
let eve: Actor; // anyone else
const page = { offset: 0, limit: 25 };

const form = (values: Partial<Record<string, string>> = {}) => ({
  kind: "speaker",
  title: "Speakers for the spring conference",
  description: "Twenty-minute talks about *school libraries*.",
  eligibility: "Members of the network",
  deadlineLocal: "2027-03-20T17:00",
  timeZone: "Europe/London",
  ...values,
});

async function post(actor: Actor, ref: { network: string } | { programme: string }, values = {}) {
  const result = await postOpportunity(deps, actor, { publisher: ref, values: form(values) });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function nominateColleague(
  by: Actor,
  opportunityId: string,
  nominee: { name: string; email: string },
  locale = "en",
) {
  return nominate(deps, by, {
    opportunityId,
    values: {
      self: "",
      nomineeName: nominee.name,
      nomineeEmail: nominee.email,
      note: "Brilliant storyteller.",
    },
    locale,
    timeZone: "Europe/London",
  });
}

async function emailsTo(address: string, kind: string) {
  return database.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, address), eq(emailOutbox.kind, kind)));
}

/** The answer link's secret, as the nominee's email carries it. */
async function answerToken(address: string): Promise<string> {
  const [email] = await emailsTo(address, "nomination-request");
  const match = email?.bodyText.match(/\/opportunities\/answer\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no answer link to ${address}`);
  return match[1]!;
}

beforeAll(async () => {
  database = await openTestDatabase();
  deps = testUseCaseDeps(database, "2027-03-01T10:00:00Z");
  olga = await addPerson(database, "olga");
  fran = await addPerson(database, "fran");
  nora = await addPerson(database, "nora", { locale: "fr" });
  nia = await addPerson(database, "nia", { locale: "es" });
  dan = await addPerson(database, "dan");
  eve = await addPerson(database, "eve");
  await addNetwork(database, "school-librarians", [olga.userId]);
  await database.db.insert(programme).values({ id: "prog-peer", slug: "peer", name: "Peer" });
  await database.db
    .insert(programmeFacilitator)
    .values({ programmeId: "prog-peer", userId: fran.userId });
});
afterAll(async () => database?.close());

describe("posting and listing", () => {
  it("a network's organisers and a programme's facilitators post; anyone else gets not_found", async () => {
    const refused = await postOpportunity(deps, eve, {
      publisher: { network: "school-librarians" },
      values: form(),
    });
    expect(refused).toEqual({ ok: false, error: { code: "not_found" } });
    const past = await postOpportunity(deps, olga, {
      publisher: { network: "school-librarians" },
      values: form({ deadlineLocal: "2027-02-01T10:00" }),
    });
    expect(!past.ok && past.error.code === "invalid" && past.error.fieldErrors).toEqual({
      deadlineLocal: { key: "opportunities:errors.deadlinePast" },
    });
    await post(
      fran,
      { programme: "peer" },
      { kind: "board", title: "Join our board", deadlineLocal: "2027-03-10T12:00" },
    );
  });

  it("lists open opportunities by deadline, filtered by kind; a closed one leaves", async () => {
    const later = await post(olga, { network: "school-librarians" }, { title: "Later call" });
    const listed = await listOpenOpportunities(deps, { query: {}, page });
    const titles = listed.items.map((o) => o.title);
    expect(titles.indexOf("Join our board")).toBeLessThan(titles.indexOf("Later call"));
    const boards = await listOpenOpportunities(deps, { query: { kind: "board" }, page });
    expect(boards.items.map((o) => o.title)).toEqual(["Join our board"]);
    const section = await listPublisherOpportunities(
      deps,
      null,
      { networkId: "network-school-librarians" },
      page,
    );
    expect(section?.canPost).toBe(false);
    expect(section?.items.map((o) => o.title)).toContain("Later call");

    expect(await closeOpportunity(deps, eve, { opportunityId: later.id })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await closeOpportunity(deps, olga, { opportunityId: later.id })).toEqual({
      ok: true,
      value: { closed: true },
    });
    const after = await listOpenOpportunities(deps, { query: {}, page });
    expect(after.items.map((o) => o.title)).not.toContain("Later call");
    const refused = await nominateColleague(nora, later.id, {
      name: "Nia",
      email: "nia@example.org",
    });
    expect(refused).toEqual({ ok: false, error: { code: "closed" } });
  });
});

describe("a nomination before and after its nominee's answer", () => {
  let opportunityId: string;
  let niaNomination: string;
  let danNomination: string;

  beforeAll(async () => {
    opportunityId = (await post(olga, { network: "school-librarians" })).id;
  });

  it("asks the nominee by email, in their account's language, with a link only they hold", async () => {
    const made = await nominateColleague(nora, opportunityId, {
      name: "Nia",
      email: "NIA@example.org",
    });
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    niaNomination = made.value.nominationId;
    const [email] = await emailsTo("nia@example.org", "nomination-request");
    expect(email?.locale).toBe("es");
    expect(email?.subject).toBe("Te han nominado: Speakers for the spring conference");
    expect(email?.bodyText).toContain("Brilliant storyteller.");
    // Without an account the page's language is used.
    const forDan = await nominateColleague(
      nora,
      opportunityId,
      { name: "Dana", email: "dan-other@example.org" },
      "fr",
    );
    expect(forDan.ok).toBe(true);
    expect((await emailsTo("dan-other@example.org", "nomination-request"))[0]?.locale).toBe("fr");
    const second = await nominateColleague(nora, opportunityId, {
      name: "Dan",
      email: "dan@example.org",
    });
    if (!second.ok) throw new Error(JSON.stringify(second.error));
    danNomination = second.value.nominationId;
  });

  it("is invisible to everyone but the nominee and the nominator until accepted", async () => {
    for (const actor of [olga, eve])
      expect(await getNomination(deps, actor, { nominationId: niaNomination })).toEqual({
        ok: false,
        error: { code: "not_found" },
      });
    const review = await listNominationsForReview(deps, olga, { opportunityId, page });
    expect(review.ok && review.value.nominations.total).toBe(0);
    const pageForEve = await getOpportunityPage(deps, eve, { opportunityId });
    expect(pageForEve.ok && pageForEve.value.acceptedCount).toBeNull();
    const pageForOlga = await getOpportunityPage(deps, olga, { opportunityId });
    expect(pageForOlga.ok && pageForOlga.value.acceptedCount).toBe(0);
    expect(pageForEve.ok && pageForEve.value.myNominations).toEqual([]);

    const forNora = await getNomination(deps, nora, { nominationId: niaNomination });
    expect(forNora.ok && forNora.value.role === "nominator" && forNora.value.nomination.view).toBe(
      "waiting",
    );
    const forNia = await getNomination(deps, nia, { nominationId: niaNomination });
    expect(forNia.ok && forNia.value.role).toBe("nominee");
    const mine = await listNominationsOfMe(deps, nia, page);
    expect(mine.nominations.items.map((n) => n.id)).toEqual([niaNomination]);
  });

  it("shows to the organisers once the nominee accepts from the link, with the note", async () => {
    const token = await answerToken("nia@example.org");
    const opened = await findNominationByAnswerLink(deps, { token });
    expect(opened.ok && opened.value.nominatorName).toBe("Person nora");
    expect(await answerNomination(deps, null, { token, answer: "accept" })).toEqual({
      ok: true,
      value: { nominationId: niaNomination, status: "accepted" },
    });
    const review = await listNominationsForReview(deps, olga, { opportunityId, page });
    expect(review.ok && review.value.nominations.items.map((n) => [n.nomineeName, n.note])).toEqual(
      [["Nia", "Brilliant storyteller."]],
    );
    // Tied to her account, which proved the address.
    expect(review.ok && review.value.nominations.items[0]?.nomineeUserId).toBe(nia.userId);
    const forOlga = await getNomination(deps, olga, { nominationId: niaNomination });
    expect(forOlga.ok && forOlga.value.role).toBe("organiser");
    expect(await answerNomination(deps, null, { token, answer: "decline" })).toEqual({
      ok: false,
      error: { code: "conflict", reason: "answered" },
    });
  });

  it("vanishes when declined: nobody else sees it, and the nominator never reads the answer", async () => {
    const declined = await answerNomination(deps, dan, {
      nominationId: danNomination,
      answer: "decline",
    });
    expect(declined.ok).toBe(true);
    for (const actor of [olga, eve, nia])
      expect(await getNomination(deps, actor, { nominationId: danNomination })).toEqual({
        ok: false,
        error: { code: "not_found" },
      });
    const review = await listNominationsForReview(deps, olga, { opportunityId, page });
    expect(review.ok && review.value.nominations.items.map((n) => n.nomineeName)).toEqual(["Nia"]);
    // Only the organisers count accepted nominations: a nominator would read the answer in it.
    const forOrganiser = await getOpportunityPage(deps, olga, { opportunityId });
    expect(forOrganiser.ok && forOrganiser.value.acceptedCount).toBe(1);
    const forNominator = await getOpportunityPage(deps, nora, { opportunityId });
    expect(forNominator.ok && forNominator.value.acceptedCount).toBeNull();
    // The nominator reads "answered" for the declined one exactly as for the accepted one.
    const sent = await listMyNominations(deps, nora, page);
    expect(Object.fromEntries(sent.nominations.items.map((n) => [n.nomineeName, n.view]))).toEqual({
      Nia: "answered",
      Dan: "answered",
      Dana: "waiting",
    });
    const forNora = await getNomination(deps, nora, { nominationId: danNomination });
    expect(JSON.stringify(forNora)).not.toContain("declined");
    // Only Dan still sees it, as declined.
    const forDan = await getNomination(deps, dan, { nominationId: danNomination });
    expect(forDan.ok && forDan.value.role === "nominee" && forDan.value.nomination.status).toBe(
      "declined",
    );
    // Nobody can nominate him again for it, and the answer says nothing about the first.
    expect(
      await nominateColleague(eve, opportunityId, { name: "Dan", email: "dan@example.org" }),
    ).toEqual({
      ok: false,
      error: { code: "conflict", reason: "already_nominated" },
    });
  });

  it("records an outcome once; nominee and nominator are told, the nominator invited to mentor", async () => {
    expect(
      await recordNominationOutcome(deps, eve, {
        nominationId: niaNomination,
        outcome: "selected",
      }),
    ).toEqual({ ok: false, error: { code: "not_found" } });
    const declinedOutcome = await recordNominationOutcome(deps, olga, {
      nominationId: danNomination,
      outcome: "selected",
    });
    expect(declinedOutcome).toEqual({ ok: false, error: { code: "not_found" } });
    expect(
      (
        await recordNominationOutcome(deps, olga, {
          nominationId: niaNomination,
          outcome: "selected",
        })
      ).ok,
    ).toBe(true);
    expect(
      await recordNominationOutcome(deps, olga, {
        nominationId: niaNomination,
        outcome: "not_this_time",
      }),
    ).toEqual({ ok: false, error: { code: "conflict", reason: "recorded" } });
    const [toNia] = await emailsTo("nia@example.org", "nomination-outcome");
    expect(toNia?.subject).toBe("Seleccionada: Speakers for the spring conference");
    const [toNora] = await emailsTo("nora@example.org", "nomination-outcome");
    expect(toNora?.locale).toBe("fr");
    expect(toNora?.bodyText).toContain(`/opportunities/nominations/${niaNomination}/mentor`);
    const sent = await listMyNominations(deps, nora, page);
    expect(sent.nominations.items.find((n) => n.id === niaNomination)?.view).toBe("selected");
  });

  it("lets the nominator offer mentoring, or an open mentoring round; the mentee answers", async () => {
    await database.db.insert(round).values({
      id: "round-mentor",
      programmeId: "prog-peer",
      slug: "mentors-2027",
      name: "Mentors 2027",
      mode: "mentor",
      status: "open",
      applicationsOpenAt: new Date("2027-02-01T00:00:00Z"),
      applicationsCloseAt: new Date("2027-04-01T00:00:00Z"),
      matchingAt: new Date("2027-04-05T00:00:00Z"),
      startsAt: new Date("2027-04-10T00:00:00Z"),
      endsAt: new Date("2027-10-10T00:00:00Z"),
    });
    expect(await getMentoringOfferForm(deps, eve, { nominationId: niaNomination })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    const offerForm = await getMentoringOfferForm(deps, nora, { nominationId: niaNomination });
    expect(offerForm.ok && offerForm.value.rounds.map((r) => r.name)).toEqual(["Mentors 2027"]);
    const offered = await offerMentoring(deps, nora, {
      nominationId: niaNomination,
      values: { way: "round", roundId: "round-mentor", message: "Apply, I mentor there too." },
    });
    if (!offered.ok) throw new Error(JSON.stringify(offered.error));
    const { offerId } = offered.value;
    const [toNia] = await emailsTo("nia@example.org", "mentoring-offer");
    expect(toNia?.bodyText).toContain("/p/peer/mentors-2027");
    expect(await getMentoringOffer(deps, eve, { offerId })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await answerMentoringOffer(deps, nora, { offerId, answer: "accept" })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect((await answerMentoringOffer(deps, nia, { offerId, answer: "accept" })).ok).toBe(true);
    const [toNora] = await emailsTo("nora@example.org", "mentoring-offer-answered");
    expect(toNora?.bodyText).toContain("nia@example.org");
    const forNia = await getMentoringOffer(deps, nia, { offerId });
    expect(forNia.ok && forNia.value.offer.otherEmail).toBe("nora@example.org");
  });
});

describe("nominating", () => {
  it("oneself is accepted at once and needs no email; after the deadline it is refused", async () => {
    const opportunity = await post(olga, { network: "school-librarians" }, { title: "Self" });
    const made = await nominate(deps, eve, {
      opportunityId: opportunity.id,
      values: { self: "1", nomineeName: "", nomineeEmail: "", note: "I chair our reading group." },
      locale: "en",
      timeZone: "UTC",
    });
    expect(made.ok && made.value.self).toBe(true);
    expect(await emailsTo("eve@example.org", "nomination-request")).toEqual([]);
    const review = await listNominationsForReview(deps, olga, {
      opportunityId: opportunity.id,
      page,
    });
    expect(review.ok && review.value.nominations.items.map((n) => n.nomineeName)).toEqual([
      "Person eve",
    ]);
    deps.clock.set("2027-03-21T10:00:00Z");
    try {
      expect(
        await nominateColleague(nora, opportunity.id, { name: "Zed", email: "zed@example.org" }),
      ).toEqual({ ok: false, error: { code: "closed" } });
    } finally {
      deps.clock.set("2027-03-01T10:00:00Z");
    }
  });

  it("needs a proved address", async () => {
    const uma = await addPerson(database, "uma", { verified: false });
    const opportunity = await post(olga, { network: "school-librarians" }, { title: "Unverified" });
    expect(
      await nominateColleague(uma, opportunity.id, { name: "Zed", email: "zed@example.org" }),
    ).toEqual({ ok: false, error: { code: "conflict", reason: "unverified" } });
  });
});
