import { describe, expect, it } from "vitest";
import {
  parseSurveyQuestionInput,
  type SurveyQuestionFormValues,
} from "./survey-question-input.ts";

let n = 0;
const newId = () => `new-${++n}`;

const values = (v: Partial<SurveyQuestionFormValues>): SurveyQuestionFormValues => ({
  type: "single",
  required: false,
  prompts: { en: "How often did you meet?" },
  options: [],
  ...v,
});

const row = (labels: Record<string, string>, id = "", remove = false) => ({ id, labels, remove });

describe("the question editor's input", () => {
  it("keeps option ids, gives new rows ids, skips empty rows and removed options", () => {
    n = 0;
    const result = parseSurveyQuestionInput(
      values({
        prompts: { en: "  How   often? ", es: "¿Con qué frecuencia?", fr: "" },
        options: [
          row({ en: "Weekly", es: "Cada semana" }, "weekly"),
          row({ en: "Monthly" }, "monthly", true),
          row({ en: "Never" }),
          row({ en: "", es: "" }),
        ],
      }),
      "en",
      newId,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        type: "single",
        required: false,
        prompts: { en: "How often?", es: "¿Con qué frecuencia?" },
        options: [
          { id: "weekly", labels: { en: "Weekly", es: "Cada semana" } },
          { id: "new-1", labels: { en: "Never" } },
        ],
      },
    });
  });

  it("needs the prompt in the programme's language, and two options for a choice", () => {
    const result = parseSurveyQuestionInput(
      values({ prompts: { en: "Only English" }, options: [row({ en: "Yes" }), row({ en: "No" })] }),
      "es",
      newId,
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        "prompts.es": { key: "errors.required" },
        "options.0.es": { key: "surveys:editor.errors.optionLabel" },
        "options.1.es": { key: "surveys:editor.errors.optionLabel" },
      },
    });
    const one = parseSurveyQuestionInput(values({ options: [row({ en: "Yes" })] }), "en", newId);
    expect(one.ok || one.fieldErrors.options).toEqual({ key: "surveys:editor.errors.twoOptions" });
  });

  it("refuses the same option twice, an unknown type and over-long texts", () => {
    const twice = parseSurveyQuestionInput(
      values({ options: [row({ en: "Yes" }), row({ en: "yes" })] }),
      "en",
      newId,
    );
    expect(twice.ok || twice.fieldErrors["options.1.en"]?.key).toBe(
      "surveys:editor.errors.optionTwice",
    );
    expect(parseSurveyQuestionInput(values({ type: "essay" }), "en", newId)).toEqual({
      ok: false,
      fieldErrors: { type: { key: "errors.invalidChoice" } },
    });
    const long = parseSurveyQuestionInput(
      values({ type: "text", prompts: { en: "x".repeat(301) } }),
      "en",
      newId,
    );
    expect(long.ok || long.fieldErrors["prompts.en"]).toEqual({
      key: "errors.tooLong",
      values: { max: 300 },
    });
  });

  it("drops options from a scale or a free-text question", () => {
    const result = parseSurveyQuestionInput(
      values({ type: "scale", required: true, options: [row({ en: "Yes" })] }),
      "en",
      newId,
    );
    expect(result.ok && result.value.options).toEqual([]);
  });
});
