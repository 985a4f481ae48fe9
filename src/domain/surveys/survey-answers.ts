/**
 * A participant's answers to a survey, checked against its questions: a required question is
 * answered, a scale is a whole number from 1 to 5, a choice names options the question has
 * (one for a single choice), a free text is not too long. Every error names its question in
 * the reader's language, so the message beside the field and the summary at the top both say
 * which question needs attention.
 */
import type { FieldErrors } from "../field-errors.ts";
import {
  SCALE_MAX,
  SCALE_MIN,
  TEXT_ANSWER_MAX_LENGTH,
  textIn,
  type SurveyQuestion,
} from "./survey-question.ts";

/** What the form sent for one question: the values of its field (several for a multiple choice). */
export type RawSurveyAnswers = Record<string, readonly string[]>;

/** A checked answer to one question; unanswered questions have none. */
export type SurveyAnswer =
  | { questionId: string; scale: number; optionIds: null; text: null }
  | { questionId: string; scale: null; optionIds: string[]; text: null }
  | { questionId: string; scale: null; optionIds: null; text: string };

/** The form field of a question: `q-<id>`, also the key of its error. */
export function answerField(questionId: string): string {
  return `q-${questionId}`;
}

export function parseSurveyAnswers(
  questions: readonly SurveyQuestion[],
  raw: RawSurveyAnswers,
  locale: string,
  fallbackLocale: string,
): { ok: true; answers: SurveyAnswer[] } | { ok: false; fieldErrors: FieldErrors } {
  const errors: FieldErrors = {};
  const answers: SurveyAnswer[] = [];
  for (const question of questions) {
    const field = answerField(question.id);
    const named = { question: textIn(question.prompts, locale, fallbackLocale) };
    const values = (raw[field] ?? []).map((v) => v.trim()).filter((v) => v !== "");
    const error = (key: string, extra: Record<string, number> = {}) =>
      void (errors[field] = {
        key: `surveys:answer.errors.${key}`,
        values: { ...named, ...extra },
      });
    if (question.type === "text") {
      const text = (raw[field] ?? []).join("\n").replace(/\r\n?/g, "\n").trim();
      if (text.length > TEXT_ANSWER_MAX_LENGTH) error("tooLong", { max: TEXT_ANSWER_MAX_LENGTH });
      else if (text !== "")
        answers.push({ questionId: question.id, scale: null, optionIds: null, text });
      else if (question.required) error("required");
      continue;
    }
    if (values.length === 0) {
      if (question.required) error("required");
      continue;
    }
    if (question.type === "scale") {
      const n = Number(values[0]);
      if (values.length > 1 || !Number.isInteger(n) || n < SCALE_MIN || n > SCALE_MAX)
        error("scale", { min: SCALE_MIN, max: SCALE_MAX });
      else answers.push({ questionId: question.id, scale: n, optionIds: null, text: null });
      continue;
    }
    const known = new Set(question.options.map((o) => o.id));
    const chosen = [...new Set(values)];
    if (chosen.some((id) => !known.has(id))) error("option");
    else if (question.type === "single" && chosen.length > 1) error("oneOption");
    // In the question's order, whatever order the browser sent them in.
    else
      answers.push({
        questionId: question.id,
        scale: null,
        optionIds: question.options.map((o) => o.id).filter((id) => chosen.includes(id)),
        text: null,
      });
  }
  return Object.keys(errors).length > 0
    ? { ok: false, fieldErrors: errors }
    : { ok: true, answers };
}
