import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { user } from "../../db/schema/index.ts";
import { systemIds } from "../../ids.ts";
import { renderEmail } from "../../mail/render-email.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import type { Actor } from "../result.ts";
import { findMyPartnerships } from "./find-my-partnerships.ts";
import { inProcessMatchingEngine } from "./in-process-engine.ts";
import { defaultCriteria } from "../../domain/matching/matching-criteria.ts";
import { addApplicants, createClosedRound, type PersonSpec } from "../testing/matching-fixtures.ts";
import { publishRun } from "./publish-run.ts";
import { previewPublicationEmails } from "./preview-publication-emails.ts";
import { computeMatchingRun } from "./compute-matching-run.ts";
import { startMatchingRun, type MatchingDeps } from "./start-matching-run.ts";
import { createLinkSigner } from "../../link-signer.ts";

let database: TestDatabase;
let deps: MatchingDeps;
const admin: Actor = { userId: "admin-user", role: "admin" };
const COUNTRIES = ["FI", "KE", "BR", "JP", "GR", "MX", "IN", "CA", "NG", "FR", "CL", "TW", "SE"];

function people(count: number, prefix: string): PersonSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    email: `${prefix}${i}@example.org`,
    name: `Person ${prefix}${i}`,
    country: COUNTRIES[i % COUNTRIES.length]!,
    interests: ["makerspaces", i % 2 ? "copyright" : "leadership"],
  }));
}

async function matchedRound(specs: PersonSpec[]): Promise<{ round: RoundRecord; runId: string }> {
  const round = await createClosedRound(deps, admin, {
    rulesMarkdown: "## Our agreement\n\n- We meet **monthly**.",
  });
  await addApplicants(deps, round, specs);
  const started = await startMatchingRun(deps, admin, {
    roundId: round.id,
    criteria: defaultCriteria({ allowTriads: false }),
    seed: 1,
    basedOnRunId: null,
  });
  if (!started.ok) throw new Error(JSON.stringify(started.error));
  await computeMatchingRun(deps, { runId: started.value.runId });
  return { round, runId: started.value.runId };
}

async function outboxFor(emails: string[]) {
  const all = await database.uow.read.outbox.list({ offset: 0, limit: 10_000 });
  return all.items.filter((m) => emails.includes(m.toAddress));
}

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" },
    { id: "other-facilitator", name: "Otto", email: "otto@example.org", role: "user" },
  ]);
  deps = {
    uow: database.uow,
    clock: { now: () => new Date("2027-02-01T12:00:00Z") },
    ids: systemIds,
    renderEmail,
    links: createLinkSigner("test-secret-0123456789-abcdefghij"),
    baseUrl: "http://test.localhost",
    matchingEngine: inProcessMatchingEngine,
  };
});
afterAll(async () => database.close());

describe("publishing a run", () => {
  it("is all or nothing: an email failing part-way leaves no partnership, publication or email", async () => {
    const specs = people(12, "atomic");
    const { round, runId } = await matchedRound(specs);
    let rendered = 0;
    const failing: MatchingDeps = {
      ...deps,
      renderEmail: (message, locale) => {
        if (++rendered === 10) throw new Error("template broke at the 10th email");
        return renderEmail(message, locale);
      },
    };
    await expect(publishRun(failing, admin, { roundId: round.id, runId })).rejects.toThrow(
      "10th email",
    );
    expect(rendered).toBe(10);
    const repositories = database.uow.read;
    expect(await repositories.partnerships.countByRound(round.id)).toBe(0);
    expect(await repositories.partnerships.findPublication(round.id)).toBeUndefined();
    expect(await outboxFor(specs.map((s) => s.email))).toEqual([]);
    expect((await repositories.rounds.findById(round.id))!.status).toBe("closed");
    // Nothing half-done stops a clean retry.
    expect(await publishRun(deps, admin, { roundId: round.id, runId })).toMatchObject({
      ok: true,
      value: { partnerships: 6, introductions: 12, notMatched: 0 },
    });
  });

  it("creates partnerships, moves the round to matched, and introduces everyone in their language", async () => {
    const specs = people(7, "pub");
    specs[0] = {
      ...specs[0]!,
      locale: "es",
      name: "Lucía Fernández",
      timeZone: "America/Mexico_City",
      availability: ["tue-06", "tue-10"],
    };
    const { round, runId } = await matchedRound(specs);
    const published = await publishRun(deps, admin, { roundId: round.id, runId });
    expect(published).toMatchObject({
      ok: true,
      value: { partnerships: 3, introductions: 6, notMatched: 1 },
    });
    expect((await database.uow.read.rounds.findById(round.id))!.status).toBe("matched");
    expect(await database.uow.read.partnerships.findPublication(round.id)).toMatchObject({
      runId,
      publishedBy: "admin-user",
    });

    const mail = await outboxFor(specs.map((s) => s.email));
    expect(mail.filter((m) => m.kind === "partner-introduction")).toHaveLength(6);
    const notMatched = mail.filter((m) => m.kind === "not-matched");
    expect(notMatched).toHaveLength(1);
    expect(notMatched[0]!.bodyText).toContain("waiting list");
    const loner = await database.uow.read.applications.findByRoundAndEmail(
      round.id,
      notMatched[0]!.toAddress,
    );
    expect(loner).toMatchObject({ status: "waitlisted", waitlistReason: "not_matched" });

    const lucia = mail.find((m) => m.toAddress === "pub0@example.org")!;
    {
      expect(lucia.subject).toBe(`Conozca a su pareja en ${round.name}`);
      expect(lucia.bodyText).toContain("Intereses en común: Makerspaces");
      // Tuesday 14–18 UTC is 08:00–12:00 in Mexico City (UTC−6).
      expect(lucia.bodyText).toContain(
        "4 horas a la semana en las que ambos están libres (su hora, America/Mexico_City): Martes 08:00–12:00",
      );
      // The agreement reads as text, never as raw Markdown.
      expect(lucia.bodyText).toContain("> Our agreement\n> \n> • We meet monthly.");
      expect(lucia.bodyText).not.toContain("**");
      expect(lucia.bodyText).toMatch(/Correo electrónico: pub\d@example\.org/);
    }
    const partnerOfLucia = mail.find(
      (m) =>
        m.kind === "partner-introduction" && m !== lucia && m.bodyText.includes("Lucía Fernández"),
    );
    expect(partnerOfLucia?.bodyText).toContain("pub0@example.org");
    expect(partnerOfLucia?.subject).toBe(`Meet your partner in ${round.name}`);

    // Publishing again is refused and queues nothing more.
    expect(await publishRun(deps, admin, { roundId: round.id, runId })).toMatchObject({
      ok: false,
      error: { code: "conflict", reason: "already_published" },
    });
    expect(await outboxFor(specs.map((s) => s.email))).toHaveLength(mail.length);

    // "Your partner" for a verified account with an applicant's email, and nobody else.
    const someone = mail.find((m) => m.kind === "partner-introduction")!.toAddress;
    const mine = await findMyPartnerships(
      deps,
      { email: someone, emailVerified: true },
      "Asia/Tokyo",
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]!.partners).toHaveLength(1);
    expect(mine[0]!.partners[0]!.email).not.toBe(someone);
    expect(mine[0]!.timeZone).toBe("Asia/Tokyo");
    expect(await findMyPartnerships(deps, { email: someone, emailVerified: false }, null)).toEqual(
      [],
    );
  });

  it("lets the facilitator read, before publishing, exactly the introduction and the unmatched note that publishing sends", async () => {
    const specs = people(7, "preview");
    const { round, runId } = await matchedRound(specs);
    const preview = await previewPublicationEmails(deps, admin, {
      roundId: round.id,
      runId,
      applicationId: null,
    });
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    expect(preview.value.matched).toHaveLength(6);
    const chosen = preview.value.matched[3]!;
    const chosenPreview = await previewPublicationEmails(deps, admin, {
      roundId: round.id,
      runId,
      applicationId: chosen.id,
    });
    if (!chosenPreview.ok) throw new Error("no preview");
    const { introduction, notMatched } = chosenPreview.value;
    expect(introduction?.applicationId).toBe(chosen.id);
    expect(notMatched).not.toBeNull();
    // Reading changes nothing; a stranger reads nothing; someone not in the run is not found.
    expect(await outboxFor(specs.map((s) => s.email))).toEqual([]);
    expect(
      (
        await previewPublicationEmails(
          deps,
          { userId: "other-facilitator", role: "user" },
          {
            roundId: round.id,
            runId,
            applicationId: null,
          },
        )
      ).ok,
    ).toBe(false);
    expect(
      (
        await previewPublicationEmails(deps, admin, {
          roundId: round.id,
          runId,
          applicationId: "x",
        })
      ).ok,
    ).toBe(false);

    await publishRun(deps, admin, { roundId: round.id, runId });
    const sent = await outboxFor(specs.map((s) => s.email));
    const sentIntroduction = sent.find(
      (m) => m.toAddress === introduction!.to && m.kind === "partner-introduction",
    );
    expect(sentIntroduction?.subject).toBe(introduction!.subject);
    expect(sentIntroduction?.bodyText).toBe(introduction!.text);
    const sentNote = sent.find((m) => m.toAddress === notMatched!.to);
    expect(sentNote?.kind).toBe("not-matched");
    expect(sentNote?.bodyText).toBe(notMatched!.text);
  });

  it("refuses strangers and facilitators of other programmes, publishing nothing", async () => {
    const specs = people(4, "other");
    const { round, runId } = await matchedRound(specs);
    const theirs = await createClosedRound(deps, admin);
    await database.uow.transaction((r) =>
      r.programmes.addFacilitator(theirs.programmeId, "other-facilitator", null),
    );
    for (const userId of ["someone", "other-facilitator"])
      expect(
        await publishRun(deps, { userId, role: "user" }, { roundId: round.id, runId }),
      ).toEqual({ ok: false, error: { code: "not_found" } });
    // Their own round with this round's run: the run belongs to another programme.
    const other: Actor = { userId: "other-facilitator", role: "user" };
    expect(await publishRun(deps, other, { roundId: theirs.id, runId })).toEqual({
      ok: false,
      error: { code: "not_found" },
    });
    expect((await database.uow.read.rounds.findById(theirs.id))!.status).toBe("closed");
    expect((await database.uow.read.rounds.findById(round.id))!.status).toBe("closed");
    expect(await outboxFor(specs.map((s) => s.email))).toEqual([]);
  });
});

describe("publishing a large round of alike profiles (issue 11)", () => {
  it("pairs all 1,200 and sends no 'not matched' email", async () => {
    // What a facilitator's import of one network looks like: 30 countries, everyone working in
    // English with the same interest. It used to leave 976 of them unmatched.
    const countries = [
      ...COUNTRIES,
      ...["DE", "IT", "ES", "PT", "NL", "PL", "CZ", "AT", "IE", "AU", "NZ", "ZA", "EG", "PE"],
      ...["AR", "CO", "KR"],
    ];
    const specs: PersonSpec[] = Array.from({ length: 1200 }, (_, i) => ({
      email: `alike${i}@example.org`,
      name: `Alike ${i}`,
      country: countries[i % countries.length]!,
      interests: ["makerspaces"],
      languages: [{ code: "en", level: "C1" }],
    }));
    const { round, runId } = await matchedRound(specs);
    const published = await publishRun(deps, admin, { roundId: round.id, runId });
    expect(published).toMatchObject({
      ok: true,
      value: { partnerships: 600, introductions: 1200, notMatched: 0 },
    });
  }, 120_000);
});
