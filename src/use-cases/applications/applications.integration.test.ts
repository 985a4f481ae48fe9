import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApplicationProfile } from "../../domain/applications/application-profile.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { user } from "../../db/schema/index.ts";
import { renderEmail } from "../../mail/render-email.ts";
import { systemIds } from "../../ids.ts";
import { changeRoundStatus } from "../rounds/change-round-status.ts";
import { acceptAllSubmitted } from "./accept-all-submitted.ts";
import { cloneRound } from "../rounds/clone-round.ts";
import { createProgramme } from "../programmes/create-programme.ts";
import { decideApplication } from "./decide-application.ts";
import { listApplicants } from "./list-applicants.ts";
import { findApplicationByManageToken } from "./find-application-by-manage-token.ts";
import { updateApplication } from "./update-application.ts";
import { withdrawApplication } from "./withdraw-application.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { Actor } from "../result.ts";
import { saveRound } from "../rounds/save-round.ts";
import { submitApplication } from "./submit-application.ts";
import { createLinkSigner } from "../../link-signer.ts";
import { roundDates } from "../testing/round-dates.ts";

let database: TestDatabase;
let deps: UseCaseDeps;
let now = new Date("2027-01-15T12:00:00Z");
const admin: Actor = { userId: "admin-user", role: "admin" };
const stranger: Actor = { userId: "nobody", role: "user" };
/** Facilitates a programme of their own, never the ones the tests open. */
const otherFacilitator: Actor = { userId: "other-facilitator", role: "user" };

const roundInput = (overrides: Record<string, unknown> = {}) => ({
  name: "Round 1",
  theme: "Libraries without borders",
  mode: "peer",
  ...roundDates(),
  rulesMarkdown: "Be kind.",
  countryCapPercent: 50,
  allowTriads: true,
  groupSize: null,
  ...overrides,
});

const profile = (email: string, country: string): ApplicationProfile => ({
  name: "Ελένη Παπαδοπούλου <b>",
  email,
  country,
  city: "Θεσσαλονίκη",
  languages: [
    { code: "el", level: "native" },
    { code: "en", level: "C1" },
  ],
  timeZone: "Europe/Athens",
  library: "Δημοτική Βιβλιοθήκη",
  sector: "public",
  solo: false,
  jobTitle: "Librarian",
  careerStage: "mid",
  experienceYears: 9,
  interests: ["makerspaces", "digital-literacy"],
  otherInterests: "",
  goals: "Learn from abroad",
  matchBy: "interests",
  partnerSector: "any",
  meetingFormats: ["online"],
  availability: ["tue-10"],
  role: "peer",
  mentorCapacity: null,
});

async function openRound(overrides: Record<string, unknown> = {}) {
  const programme = await createProgramme(deps, admin, {
    name: `Programme ${Math.random()}`,
    defaultLanguage: "en",
  });
  if (!programme.ok) throw new Error("programme");
  const round = await saveRound(deps, admin, {
    programmeId: programme.value.id,
    round: roundInput(overrides),
    questions: [],
  });
  if (!round.ok) throw new Error(JSON.stringify(round.error));
  const opened = await changeRoundStatus(deps, admin, { roundId: round.value.id, status: "open" });
  if (!opened.ok) throw new Error("open");
  return opened.value;
}

const apply = (roundId: string, email: string, country = "GR") =>
  submitApplication(deps, {
    roundId,
    profile: profile(email, country),
    customAnswers: {},
    rulesAgreed: true,
    locale: "es",
    userId: null,
  });

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" },
    { id: "other-facilitator", name: "Otto", email: "otto@example.org", role: "user" },
  ]);
  deps = {
    uow: database.uow,
    clock: { now: () => now },
    ids: systemIds,
    renderEmail,
    links: createLinkSigner("test-secret-0123456789-abcdefghij"),
    baseUrl: "http://test.localhost",
  };
  const theirs = await createProgramme(deps, admin, { name: "Theirs", defaultLanguage: "en" });
  if (!theirs.ok) throw new Error("programme");
  await database.uow.transaction((r) =>
    r.programmes.addFacilitator(theirs.value.id, otherFacilitator.userId, null),
  );
});
afterAll(async () => database.close());

describe("applying to a round", () => {
  it("stores the application and its confirmation email (in the applicant's language) together", async () => {
    const round = await openRound();
    const result = await apply(round.id, "Eleni@Example.org");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.application.email).toBe("eleni@example.org");
    expect(result.value.application.status).toBe("submitted");
    const mail = await database.uow.read.outbox.list({ offset: 0, limit: 10 }, "eleni@example.org");
    expect(mail.items).toHaveLength(1);
    expect(mail.items[0]!.subject).toBe("Hemos recibido su solicitud para Round 1");
    expect(mail.items[0]!.bodyText).toContain(
      `http://test.localhost/applications/manage/${result.value.manageToken}`,
    );
    // The name is HTML-escaped in the HTML body and plain in the text body.
    expect(mail.items[0]!.bodyHtml).toContain("Παπαδοπούλου &lt;b&gt;");
  });

  it("refuses a second application with the same email, naming the existing one", async () => {
    const round = await openRound();
    const first = await apply(round.id, "twice@example.org");
    if (!first.ok) throw new Error("the first application was refused");
    const second = await apply(round.id, "TWICE@example.org");
    expect(second).toMatchObject({
      ok: false,
      error: {
        code: "conflict",
        reason: "duplicate_application",
        data: { applicationId: first.value.application.id },
      },
    });
  });

  it("waitlists applicants over the per-country cap, first come first served", async () => {
    const round = await openRound({ countryCapPercent: 20 });
    await database.uow.transaction(async (r) => {
      const stored = await r.rounds.findById(round.id);
      await r.rounds.update({ ...stored!, countryCapMinApplications: 5 });
    });
    const countries = ["FI", "KE", "BR", "JP", "GR", "GR"];
    const statuses: string[] = [];
    for (const [i, country] of countries.entries()) {
      const result = await apply(round.id, `cap${i}@example.org`, country);
      statuses.push(result.ok ? result.value.application.status : result.error.code);
    }
    // 5 applications, one from GR = 20 % is allowed; a second from GR (2 of 6 = 33 %) is waitlisted.
    expect(statuses).toEqual([
      "submitted",
      "submitted",
      "submitted",
      "submitted",
      "submitted",
      "waitlisted",
    ]);
    const waitlisted = await database.uow.read.applications.findByRoundAndEmail(
      round.id,
      "cap5@example.org",
    );
    expect(waitlisted?.waitlistReason).toBe("country_cap");
  });

  it("is closed before opening and after closing, and for draft rounds", async () => {
    const round = await openRound();
    const closed = { ok: false, error: { code: "closed" } };
    try {
      now = new Date("2026-12-31T23:59:00Z");
      expect(await apply(round.id, "early@example.org")).toMatchObject(closed);
      now = new Date("2027-03-01T00:00:00Z");
      expect(await apply(round.id, "late@example.org")).toMatchObject(closed);
    } finally {
      now = new Date("2027-01-15T12:00:00Z");
    }
    const programme = await createProgramme(deps, admin, { name: "Drafts", defaultLanguage: "en" });
    if (!programme.ok) throw new Error("programme");
    const draft = await saveRound(deps, admin, {
      programmeId: programme.value.id,
      round: roundInput(),
      questions: [],
    });
    if (!draft.ok) throw new Error(JSON.stringify(draft.error));
    // Within the dates, so only the draft status keeps it closed.
    expect(await apply(draft.value.id, "draft@example.org")).toMatchObject(closed);
    // The open round takes the same applicant within its dates: the dates alone closed it.
    expect(await apply(round.id, "early@example.org")).toMatchObject({ ok: true });
    for (const [roundId, email] of [
      [round.id, "late@example.org"],
      [draft.value.id, "draft@example.org"],
    ] as const)
      expect(
        await database.uow.read.applications.findByRoundAndEmail(roundId, email),
      ).toBeUndefined();
  });

  it("leaves nothing behind when the email cannot be queued", async () => {
    const round = await openRound();
    const failing: UseCaseDeps = {
      ...deps,
      renderEmail: () => {
        throw new Error("template broke");
      },
    };
    await expect(
      submitApplication(failing, {
        roundId: round.id,
        profile: profile("atomic@example.org", "GR"),
        customAnswers: {},
        rulesAgreed: true,
        locale: "en",
        userId: null,
      }),
    ).rejects.toThrow("template broke");
    expect(
      await database.uow.read.applications.findByRoundAndEmail(round.id, "atomic@example.org"),
    ).toBeUndefined();
  });

  it("lets the applicant edit and withdraw with the manage link until applications close", async () => {
    const round = await openRound();
    const submitted = await apply(round.id, "editor@example.org");
    if (!submitted.ok) throw new Error("submit");
    const token = submitted.value.manageToken;
    const edited = await updateApplication(deps, {
      token,
      profile: { ...profile("someone-else@example.org", "GR"), city: "Αθήνα" },
      customAnswers: {},
    });
    expect(edited).toMatchObject({
      ok: true,
      value: { city: "Αθήνα", email: "editor@example.org" },
    });
    expect(
      await updateApplication(deps, {
        token: "wrong",
        profile: profile("x@example.org", "GR"),
        customAnswers: {},
      }),
    ).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    try {
      now = new Date("2027-02-01T00:00:00Z");
      const closed = { ok: false, error: { code: "closed" } };
      expect(
        await updateApplication(deps, {
          token,
          profile: { ...profile("editor@example.org", "GR"), city: "Πάτρα" },
          customAnswers: {},
        }),
      ).toMatchObject(closed);
      expect(await withdrawApplication(deps, { token })).toMatchObject(closed);
    } finally {
      now = new Date("2027-01-15T12:00:00Z");
    }
    const withdrawn = await withdrawApplication(deps, { token });
    expect(withdrawn).toMatchObject({ ok: true, value: { status: "withdrawn", city: "Αθήνα" } });
    const mail = await database.uow.read.outbox.list(
      { offset: 0, limit: 10 },
      "editor@example.org",
    );
    expect(mail.items.map((m) => m.kind).sort()).toEqual([
      "application-received",
      "application-withdrawn",
    ]);
  });
});

describe("facilitator decisions and rounds", () => {
  it("accepts with a message and emails the applicant a fresh manage link", async () => {
    const round = await openRound();
    const submitted = await apply(round.id, "decide@example.org");
    if (!submitted.ok) throw new Error("submit");
    const decided = await decideApplication(deps, admin, {
      roundId: round.id,
      applicationId: submitted.value.application.id,
      decision: "accepted",
      message: "Welcome aboard!",
      notify: true,
    });
    expect(decided).toMatchObject({
      ok: true,
      value: { status: "accepted", decisionMessage: "Welcome aboard!" },
    });
    const mail = await database.uow.read.outbox.list(
      { offset: 0, limit: 10 },
      "decide@example.org",
    );
    const decision = mail.items.find((m) => m.kind === "application-decision");
    expect(decision?.bodyText).toContain("Welcome aboard!");
    // The emailed link opens the application; the one from the confirmation no longer does.
    const fresh = /\/applications\/manage\/([^\s"<]+)/.exec(decision?.bodyText ?? "")?.[1] ?? "";
    expect(fresh).not.toBe(submitted.value.manageToken);
    expect(await findApplicationByManageToken(deps, fresh)).toMatchObject({
      ok: true,
      value: { application: { id: submitted.value.application.id } },
    });
    expect(await findApplicationByManageToken(deps, submitted.value.manageToken)).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
  });

  it("accepts every submitted application at once, leaving the others as they are", async () => {
    const round = await openRound();
    for (const name of ["a", "b", "c"]) await apply(round.id, `bulk-${name}@example.org`);
    const withdrawn = await apply(round.id, "bulk-gone@example.org");
    if (!withdrawn.ok) throw new Error("submit");
    await withdrawApplication(deps, { token: withdrawn.value.manageToken });
    for (const outsider of [stranger, otherFacilitator])
      expect(await acceptAllSubmitted(deps, outsider, { roundId: round.id })).toEqual({
        ok: false,
        error: { code: "not_found" },
      });
    expect(await acceptAllSubmitted(deps, admin, { roundId: round.id })).toEqual({
      ok: true,
      value: { accepted: 3 },
    });
    const counts = await database.uow.read.applications.countBy(round.id, "status");
    expect(counts).toEqual([
      { value: "accepted", count: 3 },
      { value: "withdrawn", count: 1 },
    ]);
  });

  it("does not let a stranger or another programme's facilitator decide or change a round", async () => {
    const round = await openRound();
    const submitted = await apply(round.id, "stranger-target@example.org");
    if (!submitted.ok) throw new Error("submit");
    for (const outsider of [stranger, otherFacilitator]) {
      const result = await decideApplication(deps, outsider, {
        roundId: round.id,
        applicationId: submitted.value.application.id,
        decision: "rejected",
        message: "",
        notify: false,
      });
      expect(result).toEqual({ ok: false, error: { code: "not_found" } });
      expect(
        await changeRoundStatus(deps, outsider, { roundId: round.id, status: "closed" }),
      ).toEqual({ ok: false, error: { code: "not_found" } });
    }
    const application = await database.uow.read.applications.findById(
      submitted.value.application.id,
    );
    expect(application?.status).toBe("submitted");
    expect((await database.uow.read.rounds.findById(round.id))?.status).toBe("open");
  });

  it("decides an application only on its own round's address", async () => {
    const round = await openRound();
    const sibling = await saveRound(deps, admin, {
      programmeId: round.programmeId,
      round: roundInput({ name: "Round 2" }),
      questions: [],
    });
    if (!sibling.ok) throw new Error("round");
    const submitted = await apply(round.id, "wrong-round@example.org");
    if (!submitted.ok) throw new Error("submit");
    const onSibling = await decideApplication(deps, admin, {
      roundId: sibling.value.id,
      applicationId: submitted.value.application.id,
      decision: "rejected",
      message: "",
      notify: false,
    });
    expect(onSibling).toEqual({ ok: false, error: { code: "not_found" } });
    const application = await database.uow.read.applications.findById(
      submitted.value.application.id,
    );
    expect(application?.status).toBe("submitted");
  });

  it("rejects dates out of order, naming the field", async () => {
    const programme = await createProgramme(deps, admin, { name: "Dates", defaultLanguage: "fr" });
    if (!programme.ok) throw new Error("programme");
    const result = await saveRound(deps, admin, {
      programmeId: programme.value.id,
      round: roundInput({ applicationsCloseAt: new Date("2026-12-01T00:00:00Z") }),
      questions: [{ kind: "single_choice", label: "Pick", options: ["only one"] }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: {
          applicationsCloseAt: { key: "errors.dateOrder" },
          "questions.0.options": { key: "errors.twoOptions" },
        },
      },
    });
  });

  it("enforces the status machine and clones a round as a draft after it ends", async () => {
    const round = await openRound();
    expect(
      await changeRoundStatus(deps, admin, { roundId: round.id, status: "finished" }),
    ).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    const clone = await cloneRound(deps, admin, { roundId: round.id, name: "Round 2" });
    expect(clone).toMatchObject({
      ok: true,
      value: { status: "draft", name: "Round 2", clonedFromRoundId: round.id },
    });
    if (!clone.ok) throw new Error(JSON.stringify(clone.error));
    expect(clone.value.applicationsOpenAt.getTime()).toBeGreaterThan(round.endsAt.getTime());
  });
});

describe("the applicant list", () => {
  it("offers to filter by the languages the round's applicants gave, and only those", async () => {
    const round = await openRound({ countryCapPercent: null });
    await apply(round.id, "lang-one@example.org", "GR");
    // A minute later, so "newest first" has one answer (the clock is the test's).
    const applied = now;
    now = new Date(applied.getTime() + 60_000);
    const second = profile("lang-two@example.org", "PE");
    second.languages = [
      { code: "es", level: "native" },
      { code: "qu", level: "B1" },
    ];
    await submitApplication(deps, {
      roundId: round.id,
      profile: second,
      customAnswers: {},
      rulesAgreed: true,
      locale: "es",
      userId: null,
    });
    now = applied;
    const list = await listApplicants(deps, admin, {
      roundId: round.id,
      filters: {},
      page: { offset: 0, limit: 10 },
    });
    expect(list.ok && list.value.languages).toEqual(["el", "en", "es", "qu"]);
    // Read in the same statement, the counts still count each applicant once, not once per
    // language; the unfiltered list's total is the round's size, and a filter counts its own.
    expect(list.ok && list.value.counts.country).toEqual([
      { value: "GR", count: 1 },
      { value: "PE", count: 1 },
    ]);
    expect(list.ok && list.value.counts.status).toEqual([{ value: "submitted", count: 2 }]);
    expect(list.ok && list.value.applicants.total).toBe(2);
    expect(list.ok && list.value.applicants.items.map((a) => a.country)).toEqual(["PE", "GR"]);
    const speakers = await listApplicants(deps, admin, {
      roundId: round.id,
      filters: { language: "qu" },
      page: { offset: 0, limit: 10 },
    });
    expect(speakers.ok && speakers.value.applicants).toMatchObject({
      total: 1,
      items: [{ country: "PE" }],
    });
  });

  it("finds applicants whatever the case and accents, in name, email, library or city", async () => {
    const round = await openRound({ countryCapPercent: null });
    const people = [
      {
        email: "jgarcia@example.pe",
        name: "José García",
        library: "Biblioteca Nacional",
        city: "Lima",
      },
      {
        email: "soren@example.dk",
        name: "Søren Ørsted",
        library: "Det Kgl. Bibliotek",
        city: "Aarhus",
      },
      { email: "ana@example.es", name: "Ana Ruiz", library: "Biblioteca Pública", city: "Málaga" },
      { email: "x_y@example.org", name: "Jo Smith", library: "Town library", city: "Leeds" },
    ];
    for (const person of people) {
      await submitApplication(deps, {
        roundId: round.id,
        profile: { ...profile(person.email, "PE"), ...person },
        customAnswers: {},
        rulesAgreed: true,
        locale: "es",
        userId: null,
      });
    }
    const found = async (search: string) => {
      const list = await listApplicants(deps, admin, {
        roundId: round.id,
        filters: { search },
        page: { offset: 0, limit: 10 },
      });
      if (!list.ok) throw new Error("list");
      return list.value.applicants.items.map((a) => a.name).sort();
    };
    expect(await found("jose")).toEqual(["José García"]);
    expect(await found("GARCIA")).toEqual(["José García"]);
    expect(await found("josé garcía")).toEqual(["José García"]);
    expect(await found("soren orsted")).toEqual(["Søren Ørsted"]);
    expect(await found("malaga")).toEqual(["Ana Ruiz"]);
    expect(await found("publica")).toEqual(["Ana Ruiz"]);
    expect(await found("bibli")).toEqual(["Ana Ruiz", "José García", "Søren Ørsted"]);
    // % and _ are themselves; a search never spans two fields.
    expect(await found("_")).toEqual(["Jo Smith"]);
    expect(await found("%")).toEqual([]);
    expect(await found("garcia jgarcia")).toEqual([]);

    // The counts beside the list, and the total of a page past the end.
    const all = await listApplicants(deps, admin, {
      roundId: round.id,
      filters: {},
      page: { offset: 2, limit: 2 },
    });
    if (!all.ok) throw new Error("list");
    expect(all.value.applicants.total).toBe(4);
    expect(all.value.applicants.items).toHaveLength(2);
    // The unfiltered page (read as one JSON value) is the search's page with no filter.
    for (const offset of [0, 1, 3, 4]) {
      const page = { offset, limit: 2 };
      const newest = await database.uow.read.applications.listNewest(round.id, page);
      expect(newest).toEqual(
        (await database.uow.read.applications.search(round.id, {}, page)).items,
      );
      expect(newest.every((a) => a.createdAt instanceof Date)).toBe(true);
    }
    // As counted from the rows themselves: most first, then by value.
    const rows = await database.uow.read.applications.listAll(round.id, {});
    for (const field of ["country", "sector", "status"] as const) {
      const counted = new Map<string, number>();
      for (const row of rows) counted.set(row[field], (counted.get(row[field]) ?? 0) + 1);
      const expected = [...counted]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
      expect(all.value.counts[field]).toEqual(expected);
      expect(await database.uow.read.applications.countBy(round.id, field)).toEqual(expected);
    }
    expect(all.value.counts.status).toEqual([{ value: "submitted", count: 4 }]);
    const beyond = await listApplicants(deps, admin, {
      roundId: round.id,
      filters: { search: "bibli" },
      page: { offset: 10, limit: 2 },
    });
    expect(beyond.ok && beyond.value.applicants).toEqual({ items: [], total: 3 });

    // An edit is searched as edited.
    const jose = await database.uow.read.applications.findByRoundAndEmail(
      round.id,
      "jgarcia@example.pe",
    );
    await database.uow.transaction((r) => r.applications.update({ ...jose!, name: "Pepe Núñez" }));
    expect(await found("jose")).toEqual([]);
    expect(await found("nunez")).toEqual(["Pepe Núñez"]);
  });
});
