/**
 * A survey question as the facilitator writes it and a participant reads it: one of four
 * types, its prompt in one or more languages (the programme's default language always), and
 * for choices its options, each with a stable id and labels by language. The stable option
 * ids let a facilitator fix a label's wording after answers came in without changing what
 * those answers mean.
 */
import type { SurveyKind, SurveyQuestionType } from "./survey-results.ts";

export type { SurveyKind, SurveyQuestionType };

export const SURVEY_KINDS = ["mid", "end"] as const satisfies readonly SurveyKind[];

export const SURVEY_QUESTION_TYPES = [
  "scale",
  "single",
  "multiple",
  "text",
] as const satisfies readonly SurveyQuestionType[];

/** The languages a question can be written in: the interface languages. */
export const SURVEY_LOCALES = ["en", "es", "fr"] as const;
export type SurveyLocale = (typeof SURVEY_LOCALES)[number];

/** The scale runs from 1 (lowest) to 5 (highest). */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;

export const PROMPT_MAX_LENGTH = 300;
export const OPTION_LABEL_MAX_LENGTH = 120;
/** Options of one choice question: enough for any sensible list, short enough to read. */
export const OPTIONS_MAX = 12;
/** A free-text answer: a few paragraphs. */
export const TEXT_ANSWER_MAX_LENGTH = 4000;
/** Questions in one survey: a survey people finish. */
export const QUESTIONS_MAX = 30;

export interface SurveyOption {
  id: string;
  labels: Record<string, string>;
}

export interface SurveyQuestion {
  id: string;
  type: SurveyQuestionType;
  /** The default questionnaire's name for the question, kept across rounds; null for others. */
  key: string | null;
  required: boolean;
  prompts: Record<string, string>;
  options: SurveyOption[];
}

export function isSurveyKind(value: string): value is SurveyKind {
  return (SURVEY_KINDS as readonly string[]).includes(value);
}

export function isSurveyQuestionType(value: string): value is SurveyQuestionType {
  return (SURVEY_QUESTION_TYPES as readonly string[]).includes(value);
}

export function hasOptions(type: SurveyQuestionType): type is "single" | "multiple" {
  return type === "single" || type === "multiple";
}

/**
 * A text in the reader's language when it was written, else in the programme's default
 * language (always written), else the first there is.
 */
export function textIn(
  texts: Record<string, string>,
  locale: string,
  fallbackLocale: string,
): string {
  return texts[locale] || texts[fallbackLocale] || Object.values(texts).find(Boolean) || "";
}
