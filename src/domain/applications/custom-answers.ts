import type { CustomAnswers } from "./application-profile.ts";
import type { FieldErrors } from "../field-errors.ts";
import type { QuestionKind } from "../rounds/round-modes.ts";

export interface CustomQuestion {
  id: string;
  kind: QuestionKind;
  label: string;
  required: boolean;
  options: string[];
}

/** The longest answer a custom text question takes; the form shows it. */
export const ANSWER_LIMITS = { short_text: 300, long_text: 4000 } as const;

/** The form field name of a custom question. */
export function questionFieldName(questionId: string): string {
  return `q_${questionId}`;
}

/**
 * Validates raw answers (strings from a form; arrays for multiple choice) against a
 * round's questions. Errors are keyed by the question's field name.
 */
export function validateCustomAnswers(
  questions: readonly CustomQuestion[],
  raw: Record<string, string | string[] | undefined>,
): { answers: CustomAnswers; errors: FieldErrors } {
  const answers: CustomAnswers = {};
  const errors: FieldErrors = {};
  for (const question of questions) {
    const field = questionFieldName(question.id);
    const value = raw[field];
    const values = (Array.isArray(value) ? value : value === undefined ? [] : [value])
      .map((v) => v.trim())
      .filter((v) => v !== "");
    if (values.length === 0) {
      if (question.required) errors[field] = { key: "errors.required" };
      continue;
    }
    switch (question.kind) {
      case "short_text":
      case "long_text": {
        const max = ANSWER_LIMITS[question.kind];
        const text = values[0]!;
        if (text.length > max) errors[field] = { key: "errors.tooLong", values: { max } };
        else answers[question.id] = text;
        break;
      }
      case "yes_no": {
        if (values[0] !== "yes" && values[0] !== "no")
          errors[field] = { key: "errors.invalidChoice" };
        else answers[question.id] = values[0] === "yes";
        break;
      }
      case "single_choice": {
        if (!question.options.includes(values[0]!)) errors[field] = { key: "errors.invalidChoice" };
        else answers[question.id] = values[0]!;
        break;
      }
      case "multiple_choice": {
        if (values.some((v) => !question.options.includes(v)))
          errors[field] = { key: "errors.invalidChoice" };
        else answers[question.id] = [...new Set(values)];
        break;
      }
    }
  }
  return { answers, errors };
}
