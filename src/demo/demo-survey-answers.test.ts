import { describe, expect, it } from "vitest";
import { defaultQuestions } from "../domain/surveys/default-questionnaire.ts";
import { answerField, parseSurveyAnswers } from "../domain/surveys/survey-answers.ts";
import { SURVEY_KINDS } from "../domain/surveys/survey-question.ts";
import { type DemoMood, demoSurveyAnswers } from "./demo-survey-answers.ts";

const MOODS: DemoMood[] = ["happy", "mixed", "unhappy"];

describe("the demo's survey answers", () => {
  let n = 0;
  const questionsOf = (kind: (typeof SURVEY_KINDS)[number]) =>
    defaultQuestions(kind, () => `q${++n}`);

  it("pass the survey page's own checks, for every survey, mood, language and seed", () => {
    for (const kind of SURVEY_KINDS) {
      const questions = questionsOf(kind);
      for (const mood of MOODS)
        for (const locale of ["en", "es", "fr"])
          for (let seed = 1; seed <= 40; seed++) {
            const raw = demoSurveyAnswers(questions, locale, mood, seed);
            expect(parseSurveyAnswers(questions, raw, locale, "en").ok).toBe(true);
          }
    }
  });

  it("rate a happy pair higher than the pair that reported a problem", () => {
    const questions = questionsOf("end");
    const satisfaction = questions.find((q) => q.key === "satisfaction")!;
    const mean = (mood: DemoMood) => {
      let sum = 0;
      for (let seed = 1; seed <= 50; seed++)
        sum += Number(
          demoSurveyAnswers(questions, "en", mood, seed)[answerField(satisfaction.id)]![0],
        );
      return sum / 50;
    };
    expect(mean("happy")).toBeGreaterThan(4);
    expect(mean("unhappy")).toBeLessThan(2.5);
  });

  it("write free text in the participant's language", () => {
    const questions = questionsOf("end");
    const learned = questions.find((q) => q.key === "learned")!;
    const texts = Array.from(
      { length: 30 },
      (_, seed) => demoSurveyAnswers(questions, "es", "happy", seed)[answerField(learned.id)]?.[0],
    ).filter(Boolean);
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.some((t) => /biblioteca/.test(t!))).toBe(true);
    expect(texts.some((t) => /library/.test(t!))).toBe(false);
  });
});
