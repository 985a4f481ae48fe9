/**
 * A round's texts in several languages (issue 17, item 15): the theme, the rules (the
 * agreement) and the custom questions are written in the programme's default language (the
 * round's own columns) and may be translated into the other interface languages. These rules
 * check what a facilitator typed and choose the text each reader gets: theirs when written,
 * else the default language's, else whatever there is.
 */
import type { FieldErrors } from "../field-errors.ts";
import type { CustomQuestion } from "../applications/custom-answers.ts";

/** The interface languages, in which a round's texts can be written. */
export const ROUND_TEXT_LOCALES = ["en", "es", "fr"] as const;

export const THEME_MAX = 200;
export const RULES_MAX = 20_000;
export const QUESTION_LABEL_MAX = 300;
export const QUESTION_OPTION_MAX = 100;

/** A round's theme and rules in one language other than the programme's default. */
export interface RoundTranslation {
  locale: string;
  theme: string;
  rulesMarkdown: string;
}

/** A custom question's label and options (in the order of the original's) by language. */
export type QuestionTranslations = Record<string, { label: string; options: string[] }>;

/** The languages a facilitator may translate into: every interface language but the default. */
export function translationLocales(defaultLanguage: string): string[] {
  return ROUND_TEXT_LOCALES.filter((locale) => locale !== defaultLanguage);
}

/** What the form sends: per language a theme and rules, possibly empty. */
export type RoundTranslationInput = Partial<
  Record<string, { theme?: string; rulesMarkdown?: string }>
>;

/**
 * The translations to keep (empty ones dropped), or errors keyed
 * `translations.<locale>.theme` / `translations.<locale>.rulesMarkdown`. Every interface
 * language is read: the caller, knowing the programme, drops its default (withoutDefault).
 */
export function parseRoundTranslations(
  input: RoundTranslationInput,
): { ok: true; translations: RoundTranslation[] } | { ok: false; fieldErrors: FieldErrors } {
  const errors: FieldErrors = {};
  const translations: RoundTranslation[] = [];
  for (const locale of ROUND_TEXT_LOCALES) {
    const theme = (input[locale]?.theme ?? "").replace(/\s+/g, " ").trim();
    const rulesMarkdown = (input[locale]?.rulesMarkdown ?? "").replace(/\r\n?/g, "\n").trim();
    if (theme.length > THEME_MAX)
      errors[`translations.${locale}.theme`] = {
        key: "errors.tooLong",
        values: { max: THEME_MAX },
      };
    if (rulesMarkdown.length > RULES_MAX)
      errors[`translations.${locale}.rulesMarkdown`] = {
        key: "errors.tooLong",
        values: { max: RULES_MAX },
      };
    if (theme || rulesMarkdown) translations.push({ locale, theme, rulesMarkdown });
  }
  return Object.keys(errors).length > 0
    ? { ok: false, fieldErrors: errors }
    : { ok: true, translations };
}

/** What the form sends for one question: per language a label and options, one per line. */
export type QuestionTranslationInput = Partial<
  Record<string, { label?: string; options?: string }>
>;

/**
 * A question's translations as typed (one option per line), or errors keyed by
 * `translations.<locale>.label|options` under the question. A translation of the options
 * gives one line per option, in the same order, so an answer means the same in every language.
 */
export function parseQuestionTranslations(
  input: QuestionTranslationInput,
  question: { options: readonly string[] },
): { ok: true; translations: QuestionTranslations } | { ok: false; fieldErrors: FieldErrors } {
  const errors: FieldErrors = {};
  const translations: QuestionTranslations = {};
  for (const locale of ROUND_TEXT_LOCALES) {
    const label = (input[locale]?.label ?? "").replace(/\s+/g, " ").trim();
    const options = (input[locale]?.options ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    if (label.length > QUESTION_LABEL_MAX)
      errors[`translations.${locale}.label`] = {
        key: "errors.tooLong",
        values: { max: QUESTION_LABEL_MAX },
      };
    if (options.some((option) => option.length > QUESTION_OPTION_MAX))
      errors[`translations.${locale}.options`] = {
        key: "errors.tooLong",
        values: { max: QUESTION_OPTION_MAX },
      };
    else if (options.length > 0 && options.length !== question.options.length)
      errors[`translations.${locale}.options`] = {
        key: "rounds:round.errors.optionsTranslated",
        values: { count: question.options.length },
      };
    if (label || options.length > 0) translations[locale] = { label, options };
  }
  return Object.keys(errors).length > 0
    ? { ok: false, fieldErrors: errors }
    : { ok: true, translations };
}

/** The default language lives in the round's own columns: its "translation" is not kept. */
export function withoutDefault<T extends { locale: string }>(
  translations: readonly T[],
  defaultLanguage: string,
): T[] {
  return translations.filter((t) => t.locale !== defaultLanguage);
}

/** A round's theme and rules as one reader gets them. */
export interface RoundTexts {
  theme: string;
  rulesMarkdown: string;
}

/**
 * Each text in `locale` when it was written, else in the programme's default language (the
 * round's own columns), else in the first translation that has it.
 */
export function roundTextsFor(
  round: RoundTexts,
  translations: readonly RoundTranslation[],
  locale: string,
): RoundTexts {
  const pick = (field: keyof RoundTexts) =>
    translations.find((t) => t.locale === locale)?.[field] ||
    round[field] ||
    translations.find((t) => t[field])?.[field] ||
    "";
  return { theme: pick("theme"), rulesMarkdown: pick("rulesMarkdown") };
}

/** Whether the round has rules in any language: then applicants agree to them on the form. */
export function roundHasRules(round: RoundTexts, translations: readonly RoundTranslation[]) {
  return (
    round.rulesMarkdown.trim() !== "" || translations.some((t) => t.rulesMarkdown.trim() !== "")
  );
}

/** A custom question as one reader gets it: the answer values stay the original options. */
export interface LocalisedQuestion extends CustomQuestion {
  /** What each option reads as, in the order of `options`. */
  optionLabels: string[];
}

export function localiseQuestion(
  question: CustomQuestion & { translations?: QuestionTranslations },
  locale: string,
): LocalisedQuestion {
  const translation = question.translations?.[locale];
  return {
    id: question.id,
    kind: question.kind,
    required: question.required,
    label: translation?.label || question.label,
    options: question.options,
    optionLabels: question.options.map((option, i) => translation?.options[i] || option),
  };
}
