/**
 * Surveys from end to end through the use cases: sent once per person (two runs, two at
 * once, a restart), the one reminder only to those who have not answered, the opt-out, the
 * signed link (valid, answered twice = one response, closed, expired, tampered, a GET that
 * writes nothing), the thank-you that carries the end survey, editing rules, clones, and
 * another programme's facilitator who finds nothing.
 *
 * Every test's round starts in its own year: the job looks at every open survey.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  round as roundTable,
  surveyAnswer,
  surveyInvitation,
  surveyResponse,
  user,
} from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { answerField } from "../../domain/surveys/survey-answers.ts";
import { createLiveRound, createTestProgramme } from "../partnerships/topic-test-fixtures.ts";
import type { Actor } from "../result.ts";
import { cloneRound } from "../rounds/clone-round.ts";
import { finishEndedRounds } from "../rounds/finish-ended-rounds.ts";
import { answerSurveyByLink } from "./answer-survey-by-link.ts";
import { ensureRoundSurveys } from "./ensure-round-surveys.ts";
import { findSurveyByLink } from "./find-survey-by-link.ts";
import { getRoundSurveys } from "./get-round-surveys.ts";
import { getSurveyForEditing } from "./get-survey-for-editing.ts";
import { getSurveyQuestionForEditing } from "./get-survey-question-for-editing.ts";
import { moveSurveyQuestion } from "./move-survey-question.ts";
import { removeSurveyQuestion } from "./remove-survey-question.ts";
import { saveSurveyQuestion } from "./save-survey-question.ts";
import { sendDueSurveys } from "./send-due-surveys.ts";
import { submitSurveyResponse } from "./submit-survey-response.ts";
import { updateSurveyDates } from "./update-survey-dates.ts";

const DAY = 86_400_000;
const admin: Actor = { userId: "admin-user", role: "admin" };
const outsider: Actor = { userId: "outsider", role: "user" };

let database: TestDatabase;
let deps: TestUseCaseDeps;

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "admin-user", name: "Ada Admin", email: "ada@example.org", role: "admin" },
    { id: "outsider", name: "Otto", email: "otto@example.org", role: "user" },
  ]);
  deps = testUseCaseDeps(database, "2030-01-01T00:00:00Z");
  // Otto facilitates a programme of his own, not the ones below.
  const his = await createTestProgramme(deps, admin);
  await deps.uow.transaction((r) => r.programmes.addFacilitator(his, "outsider", null));
});
afterAll(async () => database.close());

/** A published round of `size` people starting on 1 March of `year` (120 days long). */
async function liveRound(year: number, prefix: string, size = 4) {
  const startsAt = new Date(`${year}-03-01T09:00:00Z`);
  deps.clock.set(new Date(startsAt.getTime() - 7 * DAY));
  const programmeId = await createTestProgramme(deps, admin);
  const countries = ["FI", "KE", "BR", "JP", "IN", "CA"];
  const people = Array.from({ length: size }, (_, i) => ({
    email: `${prefix}${i}@example.org`,
    name: `${prefix.toUpperCase()}${i} Person`,
    country: countries[i % countries.length]!,
  }));
  const live = await createLiveRound(deps, admin, { programmeId, startsAt, people });
  const surveys = await ensureRoundSurveys(deps, live.round.id);
  if (!surveys.ok) throw new Error("no surveys");
  const [mid, end] = surveys.value as [(typeof surveys.value)[0], (typeof surveys.value)[0]];
  return { ...live, programmeId, startsAt, mid, end, emails: people.map((p) => p.email) };
}

async function mailTo(address: string, kind: string) {
  const all = await database.uow.read.outbox.list({ offset: 0, limit: 1000 }, address);
  return all.items.filter((m) => m.kind === kind);
}

async function mailOfKind(emails: readonly string[], kind: string) {
  return (await Promise.all(emails.map((e) => mailTo(e, kind)))).flat();
}

function tokenIn(text: string): string {
  const match = /\/survey\/(\S+)/.exec(text);
  if (!match) throw new Error(`No survey link in: ${text}`);
  return match[1]!;
}

async function invitations(surveyId: string) {
  return database.db.select().from(surveyInvitation).where(eq(surveyInvitation.surveyId, surveyId));
}

describe("sending a survey", () => {
  it("goes once to each participant: two runs, two at once, and a restart send nothing twice", async () => {
    const { mid, emails } = await liveRound(2031, "once");
    deps.clock.set(new Date(mid.sendAt.getTime() - 1));
    expect((await sendDueSurveys(deps)).invited).toBe(0);
    deps.clock.set(mid.sendAt);
    const both = await Promise.all([sendDueSurveys(deps), sendDueSurveys(deps)]);
    expect(both[0].invited + both[1].invited).toBe(4);
    expect((await sendDueSurveys(deps)).invited).toBe(0);
    // A restart: new ports over the same database, a day later.
    const restarted = testUseCaseDeps(database, new Date(mid.sendAt.getTime() + DAY));
    expect((await sendDueSurveys(restarted)).invited).toBe(0);

    const sent = await mailOfKind(emails, "survey-invitation");
    expect(sent).toHaveLength(4);
    expect(new Set(sent.map((m) => m.toAddress)).size).toBe(4);
    expect(sent[0]!.subject).toBe("How is Round 2031-03-01 going? A short survey");
    expect(sent[0]!.bodyText).toContain(
      `Open the survey (no sign-in needed):\nhttp://test.localhost/survey/`,
    );
    expect(sent[0]!.bodyText).toContain("anonymous");
    expect(sent[0]!.unsubscribeUrl).toContain("/unsubscribe/");
    expect(await invitations(mid.id)).toHaveLength(4);
  });

  it("writes in each participant's language, with the closing time on their clock", async () => {
    const startsAt = new Date("2032-03-01T09:00:00Z");
    deps.clock.set(new Date(startsAt.getTime() - 7 * DAY));
    const programmeId = await createTestProgramme(deps, admin);
    const { round } = await createLiveRound(deps, admin, {
      programmeId,
      startsAt,
      people: [
        { email: "lang0@example.org", country: "ES", locale: "es", timeZone: "America/Lima" },
        { email: "lang1@example.org", country: "FR", locale: "fr", timeZone: "Europe/Paris" },
      ],
    });
    const surveys = await ensureRoundSurveys(deps, round.id);
    const mid = surveys.ok ? surveys.value[0]! : undefined;
    deps.clock.set(mid!.sendAt);
    await sendDueSurveys(deps);
    const [spanish] = await mailTo("lang0@example.org", "survey-invitation");
    const [french] = await mailTo("lang1@example.org", "survey-invitation");
    expect(spanish!.subject).toBe("¿Cómo va Round 2032-03-01? Una encuesta breve");
    // Closes 21 days after 30 April 2032 09:00 UTC: 04:00 in Lima (UTC−5).
    expect(spanish!.bodyText).toContain("21 de mayo de 2032");
    expect(spanish!.bodyText).toMatch(/04:00 GMT-5/);
    expect(french!.subject).toContain("questionnaire");
  });

  it("is not sent to an address that stopped survey emails, nor counted as sent to it", async () => {
    const { mid, emails, round } = await liveRound(2033, "stop");
    await deps.uow.transaction((r) => r.emailOptOuts.optOut(emails[1]!, "surveys", mid.sendAt));
    deps.clock.set(mid.sendAt);
    expect((await sendDueSurveys(deps)).invited).toBe(3);
    expect(await mailTo(emails[1]!, "survey-invitation")).toEqual([]);
    const listed = await getRoundSurveys(deps, admin, round.id);
    expect(listed.ok && listed.value.surveys[0]!.counts).toEqual({
      invited: 3,
      reminded: 0,
      responded: 0,
    });
  });

  it("reminds once, a week later, only those who have not answered", async () => {
    const { mid, emails } = await liveRound(2034, "remind");
    deps.clock.set(mid.sendAt);
    await sendDueSurveys(deps);
    const [invitation] = await mailTo(emails[0]!, "survey-invitation");
    const answered = await answerSurveyByLink(deps, tokenIn(invitation!.bodyText), {
      [answerField((await database.uow.read.surveys.listQuestions(mid.id))[0]!.id)]: ["4"],
    });
    expect(answered).toEqual({ ok: true, value: { created: true } });

    deps.clock.set(new Date(mid.remindAt!.getTime() - 1));
    expect((await sendDueSurveys(deps)).reminded).toBe(0);
    deps.clock.set(mid.remindAt!);
    const both = await Promise.all([sendDueSurveys(deps), sendDueSurveys(deps)]);
    expect(both[0].reminded + both[1].reminded).toBe(3);
    deps.clock.advanceDays(3);
    expect((await sendDueSurveys(deps)).reminded).toBe(0);
    expect(await mailTo(emails[0]!, "survey-reminder")).toEqual([]);
    const reminders = await mailOfKind(emails, "survey-reminder");
    expect(reminders.map((m) => m.toAddress).sort()).toEqual(emails.slice(1).sort());
    expect(reminders[0]!.subject).toBe("Reminder: the Round 2034-03-01 survey is still open");
  });

  it("creates the surveys of a published round that had none", async () => {
    const startsAt = new Date("2035-03-01T09:00:00Z");
    deps.clock.set(startsAt);
    const programmeId = await createTestProgramme(deps, admin);
    const { round } = await createLiveRound(deps, admin, {
      programmeId,
      startsAt,
      people: [
        { email: "none0@example.org", country: "FI" },
        { email: "none1@example.org", country: "KE" },
      ],
    });
    expect(await database.uow.read.surveys.listForRound(round.id)).toEqual([]);
    expect((await sendDueSurveys(deps)).created).toBeGreaterThanOrEqual(2);
    expect((await database.uow.read.surveys.listForRound(round.id)).map((s) => s.kind)).toEqual([
      "mid",
      "end",
    ]);
  });
});

describe("the end of a round", () => {
  it("thanks each participant with the end survey's link, which counts as the invitation", async () => {
    const { round, end, emails, startsAt } = await liveRound(2036, "thanks");
    await database.db
      .update(roundTable)
      .set({ status: "active" })
      .where(eq(roundTable.id, round.id));
    // The survey job runs first at the end: it leaves the end survey to the thank-you.
    deps.clock.set(new Date(startsAt.getTime() + 120 * DAY));
    expect((await sendDueSurveys(deps)).invited).toBe(0);
    await finishEndedRounds(deps);
    const thanks = await mailOfKind(emails, "round-thank-you");
    expect(thanks).toHaveLength(4);
    expect(thanks[0]!.bodyText).toContain("One last thing: tell us how the round went");
    expect(await invitations(end.id)).toHaveLength(4);
    expect((await sendDueSurveys(deps)).invited).toBe(0);
    expect(await mailOfKind(emails, "survey-invitation")).toEqual([]);

    const token = tokenIn(thanks[0]!.bodyText);
    const page = await findSurveyByLink(deps, token);
    expect(page.ok && page.value.kind).toBe("end");
  });
});

describe("answering from the link", () => {
  async function invited(year: number, prefix: string) {
    const live = await liveRound(year, prefix);
    deps.clock.set(live.mid.sendAt);
    await sendDueSurveys(deps);
    const [email] = await mailTo(live.emails[0]!, "survey-invitation");
    const questions = await database.uow.read.surveys.listQuestions(live.mid.id);
    const byKey = (key: string) => questions.find((q) => q.key === key)!;
    return { ...live, token: tokenIn(email!.bodyText), questions, byKey };
  }

  it("opens the questions in the participant's language and writes nothing on GET", async () => {
    const { token, mid } = await invited(2037, "get");
    const opened = await findSurveyByLink(deps, token);
    expect(opened).toMatchObject({
      ok: true,
      value: {
        kind: "mid",
        state: "open",
        recipientName: "GET0 Person",
        locale: "en",
        response: null,
        answers: {},
      },
    });
    if (!opened.ok) return;
    expect(opened.value.questions.map((q) => [q.type, q.required])).toEqual([
      ["scale", true],
      ["single", false],
      ["multiple", false],
      ["scale", false],
      ["text", false],
    ]);
    expect(opened.value.questions[2]!.options.map((o) => o.label)).toContain("Face to face");
    const inSpanish = await findSurveyByLink(deps, token, "es");
    expect(inSpanish.ok && inSpanish.value.questions[2]!.options[0]!.label).toBe(
      "Correo electrónico",
    );
    await findSurveyByLink(deps, token);
    expect(
      await database.db.select().from(surveyResponse).where(eq(surveyResponse.surveyId, mid.id)),
    ).toEqual([]);
    expect(await database.db.select().from(auditLog).where(eq(auditLog.subjectId, mid.id))).toEqual(
      [],
    );
  });

  it("answered twice keeps one response with the last answers, shown on the page", async () => {
    const { token, mid, byKey } = await invited(2038, "twice");
    const sat = answerField(byKey("satisfaction").id);
    const formats = answerField(byKey("formats").id);
    const suggestions = answerField(byKey("suggestions").id);
    expect(
      await answerSurveyByLink(deps, token, {
        [sat]: ["3"],
        [formats]: ["video", "email"],
        [suggestions]: ["More group sessions"],
      }),
    ).toEqual({ ok: true, value: { created: true } });
    deps.clock.advanceDays(2);
    expect(
      await answerSurveyByLink(deps, token, { [sat]: ["5"], [formats]: ["face_to_face"] }),
    ).toEqual({ ok: true, value: { created: false } });

    const responses = await database.db
      .select()
      .from(surveyResponse)
      .where(eq(surveyResponse.surveyId, mid.id));
    expect(responses).toHaveLength(1);
    expect(responses[0]!.updatedAt.getTime() - responses[0]!.submittedAt.getTime()).toBe(2 * DAY);
    const answers = await database.db
      .select()
      .from(surveyAnswer)
      .where(eq(surveyAnswer.responseId, responses[0]!.id));
    expect(answers.map((a) => [a.scale, a.optionIds, a.text]).sort()).toEqual(
      [
        [5, null, null],
        [null, ["face_to_face"], null],
      ].sort(),
    );
    const page = await findSurveyByLink(deps, token);
    expect(page.ok && page.value.answers[byKey("satisfaction").id]?.scale).toBe(5);
    expect(page.ok && page.value.response?.submittedAt).toEqual(mid.sendAt);
  });

  it("names each question that needs an answer, and saves nothing then", async () => {
    const { token, mid, byKey } = await invited(2039, "missing");
    const result = await answerSurveyByLink(deps, token, {
      [answerField(byKey("contact_frequency").id)]: ["weekly", "monthly"],
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: {
          [answerField(byKey("satisfaction").id)]: {
            key: "surveys:answer.errors.required",
            values: { question: "Overall, how satisfied are you with the programme so far?" },
          },
          [answerField(byKey("contact_frequency").id)]: {
            key: "surveys:answer.errors.oneOption",
            values: { question: "How often were you and your partner in touch?" },
          },
        },
      },
    });
    expect(
      await database.db.select().from(surveyResponse).where(eq(surveyResponse.surveyId, mid.id)),
    ).toEqual([]);
  });

  it("says the survey closed once it closed, then refuses the link as expired weeks later", async () => {
    const { token, mid, byKey } = await invited(2040, "closed");
    const answers = { [answerField(byKey("satisfaction").id)]: ["4"] };
    deps.clock.set(new Date(mid.closesAt.getTime() - 1));
    expect((await answerSurveyByLink(deps, token, answers)).ok).toBe(true);
    deps.clock.set(mid.closesAt);
    const closed = await findSurveyByLink(deps, token);
    expect(closed.ok && closed.value.state).toBe("closed");
    expect(closed.ok && closed.value.response).not.toBeNull();
    expect(await answerSurveyByLink(deps, token, answers)).toEqual({
      ok: false,
      error: { code: "conflict", reason: "surveyClosed" },
    });
    deps.clock.set(new Date(mid.closesAt.getTime() + 30 * DAY));
    expect(await findSurveyByLink(deps, token)).toEqual({ ok: false, error: { code: "closed" } });
    expect(await answerSurveyByLink(deps, token, answers)).toEqual({
      ok: false,
      error: { code: "closed" },
    });
  });

  it("refuses a changed link, another purpose's link and someone outside the round", async () => {
    const { token, mid } = await invited(2041, "tamper");
    const flipped = token.slice(0, 5) + (token[5] === "A" ? "B" : "A") + token.slice(6);
    const notFound = { ok: false, error: { code: "not_found" } };
    expect(await findSurveyByLink(deps, flipped)).toEqual(notFound);
    expect(await findSurveyByLink(deps, "")).toEqual(notFound);
    expect(await answerSurveyByLink(deps, flipped, {})).toEqual(notFound);
    const checkIn = deps.links.sign({
      purpose: "check-in",
      subject: `${mid.id}:x`,
      expiresAt: null,
    });
    expect(await findSurveyByLink(deps, checkIn)).toEqual(notFound);
    const stranger = deps.links.sign({
      purpose: "survey",
      subject: `${mid.id}:not-in-this-round`,
      expiresAt: null,
    });
    expect(await findSurveyByLink(deps, stranger)).toEqual(notFound);
    expect(
      await submitSurveyResponse(deps, {
        surveyId: mid.id,
        applicationId: "not-in-this-round",
        answers: {},
      }),
    ).toEqual(notFound);
  });
});

describe("editing a survey", () => {
  const question = (prompt: string, type = "single", options: string[] = ["Yes", "No"]) => ({
    type,
    required: false,
    prompts: { en: prompt },
    options: options.map((label) => ({ id: "", labels: { en: label }, remove: false })),
  });

  it("adds, changes, moves and removes questions before anyone answered", async () => {
    const { round, end } = await liveRound(2042, "edit");
    const ref = { roundId: round.id, surveyId: end.id };
    const added = await saveSurveyQuestion(deps, admin, {
      ...ref,
      questionId: null,
      values: question("Did the guide help?"),
    });
    if (!added.ok) throw new Error(JSON.stringify(added.error));
    let view = await getSurveyForEditing(deps, admin, ref);
    expect(view.ok && view.value.questions.at(-1)).toMatchObject({
      prompts: { en: "Did the guide help?" },
      position: 10,
      key: null,
      answered: 0,
    });
    await moveSurveyQuestion(deps, admin, {
      ...ref,
      questionId: added.value.questionId,
      direction: "up",
    });
    view = await getSurveyForEditing(deps, admin, ref);
    expect(view.ok && view.value.questions.at(-2)!.id).toBe(added.value.questionId);
    expect(
      await removeSurveyQuestion(deps, admin, { ...ref, questionId: added.value.questionId }),
    ).toEqual({ ok: true, value: { removed: true } });
    view = await getSurveyForEditing(deps, admin, ref);
    expect(view.ok && view.value.questions.map((q) => q.position)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it("after answers: wording may change; the type, a chosen option and the question stay", async () => {
    const { round, mid, emails } = await liveRound(2043, "locked");
    const ref = { roundId: round.id, surveyId: mid.id };
    deps.clock.set(mid.sendAt);
    await sendDueSurveys(deps);
    const questions = await database.uow.read.surveys.listQuestions(mid.id);
    const often = questions.find((q) => q.key === "contact_frequency")!;
    const [email] = await mailTo(emails[0]!, "survey-invitation");
    await answerSurveyByLink(deps, tokenIn(email!.bodyText), {
      [answerField(questions[0]!.id)]: ["4"],
      [answerField(often.id)]: ["weekly"],
    });
    const rows = often.options.map((o) => ({ id: o.id, labels: o.labels, remove: false }));
    // The editor knows which options were chosen: it offers no "remove" for them.
    const editing = await getSurveyQuestionForEditing(deps, admin, {
      ...ref,
      questionId: often.id,
    });
    expect(editing.ok && [editing.value.answered, editing.value.chosenOptionIds]).toEqual([
      1,
      ["weekly"],
    ]);
    expect(
      await getSurveyQuestionForEditing(deps, outsider, { ...ref, questionId: often.id }),
    ).toEqual({ ok: false, error: { code: "not_found" } });

    const reworded = await saveSurveyQuestion(deps, admin, {
      ...ref,
      questionId: often.id,
      values: {
        type: "single",
        required: true,
        prompts: { en: "How often were you in touch?", es: "¿Cada cuánto?" },
        options: [...rows, { id: "", labels: { en: "Daily" }, remove: false }],
      },
    });
    expect(reworded.ok).toBe(true);
    const after = (await database.uow.read.surveys.findQuestion(often.id))!;
    expect(after).toMatchObject({ key: "contact_frequency", required: true });
    expect(after.options.map((o) => o.id).slice(0, 5)).toEqual(often.options.map((o) => o.id));
    expect(after.options).toHaveLength(6);

    expect(
      await saveSurveyQuestion(deps, admin, {
        ...ref,
        questionId: often.id,
        values: { type: "multiple", required: false, prompts: after.prompts, options: rows },
      }),
    ).toEqual({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: { type: { key: "surveys:editor.errors.typeLocked" } },
      },
    });
    expect(
      await saveSurveyQuestion(deps, admin, {
        ...ref,
        questionId: often.id,
        values: {
          type: "single",
          required: false,
          prompts: after.prompts,
          options: rows.map((r) => ({ ...r, remove: r.id === "weekly" })),
        },
      }),
    ).toEqual({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: {
          "options.0.remove": {
            key: "surveys:editor.errors.optionChosen",
            values: { option: "About every week" },
          },
        },
      },
    });
    expect(await removeSurveyQuestion(deps, admin, { ...ref, questionId: often.id })).toEqual({
      ok: false,
      error: { code: "conflict", reason: "hasAnswers" },
    });
  });

  it("keeps the sending date once sent, and checks the dates beside their fields", async () => {
    const { round, mid } = await liveRound(2044, "dates");
    const ref = { roundId: round.id, surveyId: mid.id };
    const values = {
      sendAtLocal: "2044-04-20T10:00",
      remindAtLocal: "",
      closesAtLocal: "2044-05-20T10:00",
      timeZone: "UTC",
    };
    expect(await updateSurveyDates(deps, admin, { ...ref, values })).toEqual({
      ok: true,
      value: { surveyId: mid.id },
    });
    let view = await getSurveyForEditing(deps, admin, ref);
    expect(view.ok && [view.value.survey.sendAt, view.value.survey.remindAt]).toEqual([
      new Date("2044-04-20T10:00:00Z"),
      null,
    ]);

    deps.clock.set(new Date("2044-04-21T00:00:00Z"));
    await sendDueSurveys(deps);
    await updateSurveyDates(deps, admin, {
      ...ref,
      values: { ...values, sendAtLocal: "2044-04-25T10:00", closesAtLocal: "2044-06-01T10:00" },
    });
    view = await getSurveyForEditing(deps, admin, ref);
    expect(
      view.ok && [view.value.sent, view.value.survey.sendAt, view.value.survey.closesAt],
    ).toEqual([true, new Date("2044-04-20T10:00:00Z"), new Date("2044-06-01T10:00:00Z")]);
    expect(
      await updateSurveyDates(deps, admin, {
        ...ref,
        values: { ...values, closesAtLocal: "2044-04-20T09:00", remindAtLocal: "nonsense" },
      }),
    ).toEqual({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: {
          closesAtLocal: { key: "surveys:dates.errors.closesBeforeSend" },
          remindAtLocal: { key: "errors.invalidDate" },
        },
      },
    });
  });

  it("is not found by the facilitator of another programme", async () => {
    const { round, mid } = await liveRound(2045, "other");
    const ref = { roundId: round.id, surveyId: mid.id };
    const notFound = { ok: false, error: { code: "not_found" } };
    expect(await getRoundSurveys(deps, outsider, round.id)).toEqual(notFound);
    expect(await getRoundSurveys(deps, null, round.id)).toEqual(notFound);
    expect(await getSurveyForEditing(deps, outsider, ref)).toEqual(notFound);
    expect(
      await saveSurveyQuestion(deps, outsider, { ...ref, questionId: null, values: question("x") }),
    ).toEqual(notFound);
    expect(
      await updateSurveyDates(deps, outsider, {
        ...ref,
        values: { sendAtLocal: "", remindAtLocal: "", closesAtLocal: "", timeZone: "UTC" },
      }),
    ).toEqual(notFound);
    const [first] = await database.uow.read.surveys.listQuestions(mid.id);
    expect(await removeSurveyQuestion(deps, outsider, { ...ref, questionId: first!.id })).toEqual(
      notFound,
    );
    expect(
      await moveSurveyQuestion(deps, outsider, { ...ref, questionId: first!.id, direction: "up" }),
    ).toEqual(notFound);
    // The right survey under another round's address is not found either.
    const elsewhere = await liveRound(2046, "elsewhere");
    expect(
      await getSurveyForEditing(deps, admin, { roundId: elsewhere.round.id, surveyId: mid.id }),
    ).toEqual(notFound);
  });

  it("is copied into a clone of the round, dated by the new round", async () => {
    const { round, end } = await liveRound(2047, "clone");
    await saveSurveyQuestion(deps, admin, {
      roundId: round.id,
      surveyId: end.id,
      questionId: null,
      values: question("Would you join the guide's writing group?"),
    });
    const cloned = await cloneRound(deps, admin, { roundId: round.id, name: "Next round" });
    if (!cloned.ok) throw new Error("not cloned");
    const copies = await database.uow.read.surveys.listForRound(cloned.value.id);
    expect(copies.map((s) => [s.kind, s.sendAt])).toEqual([
      ["mid", new Date((cloned.value.startsAt.getTime() + cloned.value.endsAt.getTime()) / 2)],
      ["end", cloned.value.endsAt],
    ]);
    const copied = await database.uow.read.surveys.listQuestions(copies[1]!.id);
    expect(copied).toHaveLength(10);
    expect(copied.at(-1)!.prompts.en).toBe("Would you join the guide's writing group?");
    expect(copied[0]!.key).toBe("satisfaction");
  });
});
