/**
 * The round report's survey figures (resultsForRound) on a seeded round with known answers:
 * every count checked against a number worked out by hand below.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { user } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import type { SurveyQuestionResult } from "../../domain/surveys/survey-results.ts";
import { createLiveRound, createTestProgramme } from "../partnerships/topic-test-fixtures.ts";
import type { Actor } from "../result.ts";
import type { SurveyAnswerRecord, SurveyQuestionRecord, SurveyRecord } from "./survey-ports.ts";

const admin: Actor = { userId: "admin-user", role: "admin" };
const STARTS_AT = new Date("2027-03-01T09:00:00Z");
const DAY = 86_400_000;

let database: TestDatabase;
let deps: TestUseCaseDeps;

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db
    .insert(user)
    .values({ id: "admin-user", name: "Ada Admin", email: "ada@example.org", role: "admin" });
  deps = testUseCaseDeps(database, "2027-02-01T12:00:00Z");
});
afterAll(async () => database.close());

const yesNo: SurveyQuestionRecord["options"] = [
  { id: "yes", labels: { en: "Yes", es: "Sí" } },
  { id: "no", labels: { en: "No", es: "No" } },
];
const formats: SurveyQuestionRecord["options"] = [
  { id: "email", labels: { en: "Email", es: "Correo" } },
  { id: "video", labels: { en: "Video", es: "Vídeo" } },
  { id: "face", labels: { en: "Face to face" } },
];

function question(
  surveyId: string,
  position: number,
  q: Pick<SurveyQuestionRecord, "type" | "key" | "prompts"> & {
    options?: SurveyQuestionRecord["options"];
  },
): SurveyQuestionRecord {
  return {
    id: `${surveyId}-q${position}`,
    surveyId,
    position,
    required: false,
    options: [],
    ...q,
  };
}

type Answer = Omit<SurveyAnswerRecord, "questionId">;
const scale = (n: number): Answer => ({ scale: n, optionIds: null, text: null });
const chose = (...ids: string[]): Answer => ({ scale: null, optionIds: ids, text: null });
const wrote = (text: string): Answer => ({ scale: null, optionIds: null, text });

describe("a round's survey results", () => {
  it("counts each scale point, each option on its own, who answered, and lists the texts", async () => {
    const programmeId = await createTestProgramme(deps, admin);
    const people = Array.from({ length: 8 }, (_, i) => ({
      email: `p${i}@example.org`,
      country: ["FI", "KE", "BR", "JP"][i % 4]!,
    }));
    const { round, applications } = await createLiveRound(deps, admin, {
      programmeId,
      startsAt: STARTS_AT,
      people,
    });
    const now = new Date(STARTS_AT.getTime() + 130 * DAY);
    const surveyOf = (kind: "mid" | "end", sendDays: number): SurveyRecord => ({
      id: `${round.id}-${kind}`,
      roundId: round.id,
      kind,
      sendAt: new Date(STARTS_AT.getTime() + sendDays * DAY),
      remindAt: null,
      closesAt: new Date(STARTS_AT.getTime() + (sendDays + 21) * DAY),
      createdAt: now,
      updatedAt: now,
    });
    const mid = surveyOf("mid", 60);
    const end = surveyOf("end", 120);
    const midQuestions = [
      question(mid.id, 1, {
        type: "scale",
        key: "satisfaction",
        prompts: { en: "How satisfied are you?" },
      }),
    ];
    const endQuestions = [
      question(end.id, 1, {
        type: "scale",
        key: "satisfaction",
        prompts: { en: "How satisfied are you?", es: "¿Cuán satisfecha estás?" },
      }),
      question(end.id, 2, {
        type: "multiple",
        key: "formats",
        prompts: { en: "How did you meet?" },
        options: formats,
      }),
      question(end.id, 3, {
        type: "single",
        key: "recommend",
        prompts: { en: "Would you recommend it?" },
        options: yesNo,
      }),
      question(end.id, 4, { type: "text", key: "learned", prompts: { en: "What did you learn?" } }),
    ];
    const [q1, q2, q3, q4] = endQuestions.map((q) => q.id) as [string, string, string, string];

    // Who answered what (8 participants invited to the end survey, 5 answered, 6 to the mid one):
    //  p0: 5, email+video, yes, "Cataloguing"
    //  p1: 4, video,       yes, ""            (text left empty: not counted as answered)
    //  p2: 5, email+video+face, no, "Grants"
    //  p3: 2, (none),      yes, "Outreach"    (no formats chosen: not counted as answered)
    //  p4: —  email,       —,   —             (skipped the scale and the single choice)
    const endAnswers: Record<number, Record<string, Answer>> = {
      0: {
        [q1]: scale(5),
        [q2]: chose("email", "video"),
        [q3]: chose("yes"),
        [q4]: wrote("Cataloguing"),
      },
      1: { [q1]: scale(4), [q2]: chose("video"), [q3]: chose("yes"), [q4]: wrote("") },
      2: {
        [q1]: scale(5),
        [q2]: chose("email", "video", "face"),
        [q3]: chose("no"),
        [q4]: wrote("Grants"),
      },
      3: { [q1]: scale(2), [q2]: chose(), [q3]: chose("yes"), [q4]: wrote("Outreach") },
      4: { [q2]: chose("email") },
    };
    await deps.uow.transaction(async (r) => {
      await r.surveys.insertSurveys([
        { survey: mid, questions: midQuestions },
        { survey: end, questions: endQuestions },
      ]);
      await r.surveys.insertInvitations(
        end.id,
        applications.map((a) => a.id),
        end.sendAt,
      );
      await r.surveys.insertInvitations(
        mid.id,
        applications.slice(0, 6).map((a) => a.id),
        mid.sendAt,
      );
      for (const [index, answers] of Object.entries(endAnswers))
        await r.surveys.saveResponse({
          id: `end-response-${index}`,
          surveyId: end.id,
          applicationId: applications[Number(index)]!.id,
          submittedAt: now,
          updatedAt: now,
          answers: Object.entries(answers).map(([questionId, a]) => ({ questionId, ...a })),
        });
      await r.surveys.saveResponse({
        id: "mid-response-0",
        surveyId: mid.id,
        applicationId: applications[0]!.id,
        submittedAt: now,
        updatedAt: now,
        answers: [{ questionId: midQuestions[0]!.id, ...scale(3) }],
      });
    });

    const results = await deps.uow.transaction((r) =>
      r.surveys.resultsForRound(round.id, "es", "en"),
    );

    expect(results.map((s) => [s.kind, s.invited, s.responded])).toEqual([
      ["mid", 6, 1],
      ["end", 8, 5],
    ]);
    const [midResult, endResult] = results as [(typeof results)[0], (typeof results)[0]];
    expect(midResult.questions).toEqual([
      expect.objectContaining({ type: "scale", answered: 1, counts: [0, 0, 1, 0, 0], mean: 3 }),
    ]);

    const byKey = new Map(endResult.questions.map((q) => [q.key, q]));
    const get = (key: string): SurveyQuestionResult => {
      const found = byKey.get(key);
      if (!found) throw new Error(`No question ${key}`);
      return found;
    };
    // Scale: 5, 4, 5, 2 → one 2, one 4, two 5s; mean 16 / 4 = 4. In Spanish where written.
    const satisfaction = get("satisfaction");
    expect(satisfaction).toMatchObject({
      prompt: "¿Cuán satisfecha estás?",
      answered: 4,
      counts: [0, 1, 0, 1, 2],
      mean: 4,
    });
    // Multiple: email (p0, p2, p4) = 3, video (p0, p1, p2) = 3, face (p2) = 1; p3 chose none.
    // Counted per option: 7 choices from 4 people, not 4 combinations.
    const formatsResult = get("formats");
    if (formatsResult.type !== "multiple") throw new Error("formats is not multiple");
    expect(formatsResult.prompt).toBe("How did you meet?"); // no Spanish: the default language
    expect(formatsResult.answered).toBe(4);
    expect(formatsResult.options).toEqual([
      { optionId: "email", label: "Correo", count: 3 },
      { optionId: "video", label: "Vídeo", count: 3 },
      { optionId: "face", label: "Face to face", count: 1 },
    ]);
    // Single: yes (p0, p1, p3) = 3, no (p2) = 1; p4 skipped it.
    const recommend = get("recommend");
    if (recommend.type !== "single") throw new Error("recommend is not single");
    expect(recommend.answered).toBe(4);
    expect(recommend.options.map((o) => [o.optionId, o.label, o.count])).toEqual([
      ["yes", "Sí", 3],
      ["no", "No", 1],
    ]);
    // Text: three written (p1 left it empty), listed without names.
    const learned = get("learned");
    if (learned.type !== "text") throw new Error("learned is not text");
    expect(learned.answered).toBe(3);
    expect([...learned.answers].sort()).toEqual(["Cataloguing", "Grants", "Outreach"]);
    expect(JSON.stringify(results)).not.toContain(applications[0]!.id);
  });

  it("answers an empty list for a round without surveys", async () => {
    expect(
      await deps.uow.transaction((r) => r.surveys.resultsForRound("no-such-round", "en", "en")),
    ).toEqual([]);
  });

  it("keeps one response per participant: a second save replaces the answers", async () => {
    const programmeId = await createTestProgramme(deps, admin);
    const { round, applications } = await createLiveRound(deps, admin, {
      programmeId,
      startsAt: new Date("2028-03-01T09:00:00Z"),
      people: [
        { email: "again0@example.org", country: "FI" },
        { email: "again1@example.org", country: "KE" },
      ],
    });
    const at = new Date("2028-07-01T09:00:00Z");
    const s: SurveyRecord = {
      id: `${round.id}-end`,
      roundId: round.id,
      kind: "end",
      sendAt: at,
      remindAt: null,
      closesAt: new Date(at.getTime() + 21 * DAY),
      createdAt: at,
      updatedAt: at,
    };
    const q = question(s.id, 1, { type: "scale", key: "satisfaction", prompts: { en: "How?" } });
    const save = (id: string, n: number) =>
      deps.uow.transaction((r) =>
        r.surveys.saveResponse({
          id,
          surveyId: s.id,
          applicationId: applications[0]!.id,
          submittedAt: at,
          updatedAt: at,
          answers: [{ questionId: q.id, ...scale(n) }],
        }),
      );
    await deps.uow.transaction((r) => r.surveys.insertSurveys([{ survey: s, questions: [q] }]));
    expect(await save("first", 2)).toEqual({ created: true });
    expect(await save("second", 5)).toEqual({ created: false });
    const [result] = await deps.uow.transaction((r) =>
      r.surveys.resultsForRound(round.id, "en", "en"),
    );
    expect(result!.responded).toBe(1);
    expect(result!.questions[0]).toMatchObject({ answered: 1, counts: [0, 0, 0, 0, 1] });
  });
});
