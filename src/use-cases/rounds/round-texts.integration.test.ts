/**
 * A round's texts in several languages (issue 17, item 15): written on the round form, read by
 * each applicant in their language (or the programme's default), quoted in their emails, and
 * carried into the next round by a clone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { user } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { defaultCriteria } from "../../domain/matching/matching-criteria.ts";
import { findApplicationForApplicant } from "../applications/find-application-for-applicant.ts";
import { submitApplication } from "../applications/submit-application.ts";
import { computeMatchingRun } from "../matching/compute-matching-run.ts";
import { publishRun } from "../matching/publish-run.ts";
import { startMatchingRun } from "../matching/start-matching-run.ts";
import { createProgramme } from "../programmes/create-programme.ts";
import type { Actor } from "../result.ts";
import { addApplicants, createClosedRound, fixtureProfile } from "../testing/matching-fixtures.ts";
import { changeRoundStatus } from "./change-round-status.ts";
import { cloneRound } from "./clone-round.ts";
import { findPublicRound } from "./find-public-round.ts";
import { getRoundForFacilitator } from "./get-round-for-facilitator.ts";
import { listPublicRounds } from "./list-public-rounds.ts";
import { saveRound } from "./save-round.ts";
import { roundDates } from "../testing/round-dates.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
const admin: Actor = { userId: "admin-user", role: "admin" };

const roundFields = {
  name: "Round 1",
  theme: "Libraries without borders",
  mode: "peer",
  ...roundDates(),
  rulesMarkdown: "We meet **monthly**.",
  countryCapPercent: null,
  allowTriads: false,
  groupSize: null,
};
const heardQuestion = {
  kind: "single_choice",
  label: "How did you hear about us?",
  required: true,
  options: ["A colleague", "Other"],
};

async function programme(defaultLanguage: "en" | "es" | "fr" = "en") {
  const created = await createProgramme(deps, admin, {
    name: `Programme ${deps.ids.newId().slice(0, 8)}`,
    defaultLanguage,
  });
  if (!created.ok) throw new Error("programme");
  return created.value;
}

async function spanishRound() {
  const saved = await saveRound(deps, admin, {
    programmeId: (await programme()).id,
    round: roundFields,
    questions: [
      {
        ...heardQuestion,
        translations: { es: { label: "¿Cómo supo de nosotros?", options: "Un colega\nOtro" } },
      },
    ],
    translations: {
      es: { theme: "Bibliotecas sin fronteras", rulesMarkdown: "Nos reunimos **cada mes**." },
    },
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  return saved.value;
}

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db
    .insert(user)
    .values({ id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" });
  deps = testUseCaseDeps(database, "2027-01-15T12:00:00Z");
});
afterAll(async () => database.close());

describe("a round's texts in several languages", () => {
  it("gives a Spanish reader the Spanish theme, rules and question, and falls back to the programme's language", async () => {
    const round = await spanishRound();
    await changeRoundStatus(deps, admin, { roundId: round.id, status: "open" });
    const slugs = { programmeSlug: "", roundSlug: round.slug };
    const programmeSlug = (await database.uow.read.programmes.findById(round.programmeId))!.slug;
    const read = async (locale: string) => {
      const found = await findPublicRound(deps, { ...slugs, programmeSlug }, { locale });
      if (!found.ok) throw new Error("round");
      return found.value;
    };
    const spanish = await read("es");
    expect(spanish.texts).toEqual({
      theme: "Bibliotecas sin fronteras",
      rulesMarkdown: "Nos reunimos **cada mes**.",
    });
    expect(spanish.questions[0]).toMatchObject({
      label: "¿Cómo supo de nosotros?",
      options: ["A colleague", "Other"],
      optionLabels: ["Un colega", "Otro"],
    });
    expect(spanish.hasRules).toBe(true);
    // No French was written: the programme's language.
    const french = await read("fr");
    expect(french.texts).toEqual({
      theme: "Libraries without borders",
      rulesMarkdown: "We meet **monthly**.",
    });
    expect(french.questions[0]).toMatchObject({
      label: "How did you hear about us?",
      optionLabels: ["A colleague", "Other"],
    });

    // The home page's list of rounds too.
    const listed = async (locale: string) =>
      (await listPublicRounds(deps, locale)).find((r) => r.id === round.id)?.theme;
    expect(await listed("es")).toBe("Bibliotecas sin fronteras");
    expect(await listed("fr")).toBe("Libraries without borders");

    // The facilitator reads back what they wrote.
    const edit = await getRoundForFacilitator(deps, admin, round.id);
    if (!edit.ok) throw new Error("edit");
    expect(edit.value.translations).toEqual([
      {
        locale: "es",
        theme: "Bibliotecas sin fronteras",
        rulesMarkdown: "Nos reunimos **cada mes**.",
      },
    ]);
    expect(edit.value.questions[0]!.translations).toEqual({
      es: { label: "¿Cómo supo de nosotros?", options: ["Un colega", "Otro"] },
    });
  });

  it("keeps a translation only in the programme's other languages, and its options one for one", async () => {
    const spanishProgramme = await programme("es");
    const saved = await saveRound(deps, admin, {
      programmeId: spanishProgramme.id,
      round: { ...roundFields, theme: "Bibliotecas sin fronteras" },
      questions: [],
      translations: {
        es: { theme: "ignored: Spanish is this programme's own language", rulesMarkdown: "" },
        en: { theme: "Libraries without borders", rulesMarkdown: "" },
      },
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    expect(await database.uow.read.rounds.listTranslations(saved.value.id)).toEqual([
      { locale: "en", theme: "Libraries without borders", rulesMarkdown: "" },
    ]);

    const wrong = await saveRound(deps, admin, {
      programmeId: spanishProgramme.id,
      round: roundFields,
      questions: [
        { ...heardQuestion, translations: { fr: { label: "", options: "Un collègue" } } },
      ],
    });
    expect(!wrong.ok && wrong.error.code === "invalid" && wrong.error.fieldErrors).toEqual({
      "questions.0.translations.fr.options": {
        key: "rounds:round.errors.optionsTranslated",
        values: { count: 2 },
      },
    });
  });

  it("asks applicants to agree to the rules, and keeps when they did", async () => {
    const round = await spanishRound();
    await changeRoundStatus(deps, admin, { roundId: round.id, status: "open" });
    const apply = (email: string, rulesAgreed: boolean) =>
      submitApplication(deps, {
        roundId: round.id,
        profile: fixtureProfile({ email, country: "PE" }),
        customAnswers: {},
        rulesAgreed,
        locale: "es",
        userId: null,
      });
    const refused = await apply("nora@example.pe", false);
    expect(!refused.ok && refused.error).toEqual({
      code: "invalid",
      fieldErrors: { rulesAgreed: { key: "applications:form.rulesRequired" } },
    });
    const agreed = await apply("nora@example.pe", true);
    if (!agreed.ok) throw new Error(JSON.stringify(agreed.error));
    expect(agreed.value.application.rulesAgreedAt).toEqual(deps.clock.now());
    const stored = await findApplicationForApplicant(deps, agreed.value.manageToken, "es");
    expect(stored.ok && stored.value.application.rulesAgreedAt).toEqual(deps.clock.now());
    expect(stored.ok && stored.value.questions[0]!.label).toBe("¿Cómo supo de nosotros?");
  });

  it("carries the translations into a clone", async () => {
    const round = await spanishRound();
    const clone = await cloneRound(deps, admin, { roundId: round.id, name: "Round 2" });
    if (!clone.ok) throw new Error("clone");
    expect(await database.uow.read.rounds.listTranslations(clone.value.id)).toEqual([
      {
        locale: "es",
        theme: "Bibliotecas sin fronteras",
        rulesMarkdown: "Nos reunimos **cada mes**.",
      },
    ]);
    const [question] = await database.uow.read.rounds.listQuestions(clone.value.id);
    expect(question!.translations.es!.label).toBe("¿Cómo supo de nosotros?");
  });

  it("quotes the agreement in each member's language, and says 'agreed' only to who agreed on the form", async () => {
    const round = await createClosedRound(deps, admin, { rulesMarkdown: "We meet **monthly**." });
    await database.uow.transaction((r) =>
      r.rounds.replaceTranslations(round.id, [
        { locale: "es", theme: "", rulesMarkdown: "## Acuerdo\n\nNos reunimos **cada mes**." },
      ]),
    );
    const [ana, fleur] = await addApplicants(deps, round, [
      { email: "ana@example.pe", country: "PE", locale: "es" },
      { email: "fleur@example.fr", country: "FR", locale: "fr" },
    ]);
    // Ana applied through the form and ticked "I agree"; Fleur came in by an import.
    await database.uow.transaction((r) =>
      r.applications.update({ ...ana!, rulesAgreedAt: deps.clock.now() }),
    );
    const started = await startMatchingRun(deps, admin, {
      roundId: round.id,
      criteria: defaultCriteria({ allowTriads: false }),
      seed: 1,
      basedOnRunId: null,
    });
    if (!started.ok) throw new Error("run");
    await computeMatchingRun(deps, { runId: started.value.runId });
    const published = await publishRun(deps, admin, {
      roundId: round.id,
      runId: started.value.runId,
    });
    if (!published.ok) throw new Error(JSON.stringify(published.error));
    const introduction = async (to: string) => {
      const page = await database.uow.read.outbox.list({ offset: 0, limit: 10 }, to);
      return page.items.find((e) => e.kind === "partner-introduction")!.bodyText;
    };
    const toAna = await introduction(ana!.email);
    expect(toAna).toContain("Nos reunimos cada mes.");
    expect(toAna).not.toContain("**");
    expect(toAna).toContain("que aceptó al presentar su solicitud");
    // No French agreement was written: the programme's, and no "agreed" for an import.
    const toFleur = await introduction(fleur!.email);
    expect(toFleur).toContain("We meet monthly.");
    expect(toFleur).not.toContain("accepté en posant votre candidature");
    expect(toFleur).toContain("que vous confirmerez");
  });
});
