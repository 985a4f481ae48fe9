import { describe, expect, it } from "vitest";
import { answerField, parseSurveyAnswers } from "./survey-answers.ts";
import type { SurveyQuestion } from "./survey-question.ts";

const question = (q: Partial<SurveyQuestion> & Pick<SurveyQuestion, "id" | "type">) => ({
  key: null,
  required: false,
  prompts: { en: `Question ${q.id}`, es: `Pregunta ${q.id}` },
  options: [],
  ...q,
});

const questions: SurveyQuestion[] = [
  question({ id: "sat", type: "scale", required: true }),
  question({
    id: "often",
    type: "single",
    options: [
      { id: "weekly", labels: { en: "Weekly" } },
      { id: "monthly", labels: { en: "Monthly" } },
    ],
  }),
  question({
    id: "how",
    type: "multiple",
    options: [
      { id: "email", labels: { en: "Email" } },
      { id: "video", labels: { en: "Video" } },
      { id: "face", labels: { en: "Face to face" } },
    ],
  }),
  question({ id: "learned", type: "text", required: true }),
];

const raw = (values: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(values).map(([id, v]) => [answerField(id), v]));

describe("checking a participant's answers", () => {
  it("keeps the answered questions, options in the question's order", () => {
    const result = parseSurveyAnswers(
      questions,
      raw({ sat: ["4"], how: ["face", "email", "email"], learned: ["  Grants\r\nand more "] }),
      "en",
      "en",
    );
    expect(result).toEqual({
      ok: true,
      answers: [
        { questionId: "sat", scale: 4, optionIds: null, text: null },
        { questionId: "how", scale: null, optionIds: ["email", "face"], text: null },
        { questionId: "learned", scale: null, optionIds: null, text: "Grants\nand more" },
      ],
    });
  });

  it("names each question left unanswered that must be answered, in the reader's language", () => {
    const result = parseSurveyAnswers(questions, raw({ learned: ["   "] }), "es", "en");
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        "q-sat": { key: "surveys:answer.errors.required", values: { question: "Pregunta sat" } },
        "q-learned": {
          key: "surveys:answer.errors.required",
          values: { question: "Pregunta learned" },
        },
      },
    });
  });

  it.each([["0"], ["6"], ["3.5"], ["three"]])("refuses %s on the 1–5 scale", (value) => {
    const result = parseSurveyAnswers(questions, raw({ sat: [value], learned: ["x"] }), "en", "en");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.fieldErrors["q-sat"]).toEqual({
        key: "surveys:answer.errors.scale",
        values: { question: "Question sat", min: 1, max: 5 },
      });
  });

  it("refuses an option the question does not have, and two for a single choice", () => {
    const unknown = parseSurveyAnswers(
      questions,
      raw({ sat: ["3"], how: ["email", "fax"], often: ["weekly", "monthly"], learned: ["x"] }),
      "en",
      "en",
    );
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) {
      expect(unknown.fieldErrors["q-how"]?.key).toBe("surveys:answer.errors.option");
      expect(unknown.fieldErrors["q-often"]?.key).toBe("surveys:answer.errors.oneOption");
    }
  });

  it("refuses a free text longer than 4,000 characters", () => {
    const result = parseSurveyAnswers(
      questions,
      raw({ sat: ["3"], learned: ["a".repeat(4001)] }),
      "en",
      "en",
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.fieldErrors["q-learned"]).toEqual({
        key: "surveys:answer.errors.tooLong",
        values: { question: "Question learned", max: 4000 },
      });
  });

  it("accepts an empty response when nothing is required", () => {
    const optional = questions.map((q) => ({ ...q, required: false }));
    expect(parseSurveyAnswers(optional, {}, "en", "en")).toEqual({ ok: true, answers: [] });
  });
});
