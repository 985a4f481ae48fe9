/**
 * A question as a facilitator writes it in the question editor: its type, whether it must be
 * answered, its prompt in the programme's default language (and, optionally, the other
 * interface languages), and for a choice its options, each labelled in the default language
 * at least. Errors are keyed by form field: `type`, `prompts.<locale>`, `options`,
 * `options.<row>.<locale>`.
 */
import type { FieldErrors } from "../field-errors.ts";
import {
  OPTIONS_MAX,
  OPTION_LABEL_MAX_LENGTH,
  PROMPT_MAX_LENGTH,
  SURVEY_LOCALES,
  hasOptions,
  isSurveyQuestionType,
  type SurveyOption,
  type SurveyQuestion,
} from "./survey-question.ts";

/** The editor's fields as typed. An option row with no label at all is left out. */
export interface SurveyQuestionFormValues {
  type: string;
  required: boolean;
  prompts: Record<string, string>;
  /** `id` is "" for a row added in the editor; `remove` ticks an option off. */
  options: { id: string; labels: Record<string, string>; remove: boolean }[];
}

export type SurveyQuestionInput = Pick<SurveyQuestion, "type" | "required" | "prompts" | "options">;

const clean = (text: string | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

/** The languages in the order the editor shows them: the programme's default first. */
export function editorLocales(defaultLanguage: string): string[] {
  return [defaultLanguage, ...SURVEY_LOCALES.filter((l) => l !== defaultLanguage)];
}

export function parseSurveyQuestionInput(
  values: SurveyQuestionFormValues,
  defaultLanguage: string,
  newOptionId: () => string,
): { ok: true; value: SurveyQuestionInput } | { ok: false; fieldErrors: FieldErrors } {
  const errors: FieldErrors = {};
  const locales = editorLocales(defaultLanguage);
  if (!isSurveyQuestionType(values.type)) errors.type = { key: "errors.invalidChoice" };

  const prompts: Record<string, string> = {};
  for (const locale of locales) {
    const prompt = clean(values.prompts[locale]);
    if (prompt.length > PROMPT_MAX_LENGTH)
      errors[`prompts.${locale}`] = { key: "errors.tooLong", values: { max: PROMPT_MAX_LENGTH } };
    else if (prompt) prompts[locale] = prompt;
  }
  if (!prompts[defaultLanguage] && !errors[`prompts.${defaultLanguage}`])
    errors[`prompts.${defaultLanguage}`] = { key: "errors.required" };

  const options: SurveyOption[] = [];
  if (isSurveyQuestionType(values.type) && hasOptions(values.type)) {
    const seen = new Set<string>();
    values.options.forEach((row, index) => {
      if (row.remove) return;
      const labels: Record<string, string> = {};
      for (const locale of locales) {
        const label = clean(row.labels[locale]);
        if (label.length > OPTION_LABEL_MAX_LENGTH)
          errors[`options.${index}.${locale}`] = {
            key: "errors.tooLong",
            values: { max: OPTION_LABEL_MAX_LENGTH },
          };
        else if (label) labels[locale] = label;
      }
      if (Object.keys(labels).length === 0 && !row.id) return; // an empty new row
      const main = labels[defaultLanguage];
      const field = `options.${index}.${defaultLanguage}`;
      if (!main) errors[field] ??= { key: "surveys:editor.errors.optionLabel" };
      else if (seen.has(main.toLocaleLowerCase()))
        errors[field] = { key: "surveys:editor.errors.optionTwice" };
      if (main) seen.add(main.toLocaleLowerCase());
      options.push({ id: row.id || newOptionId(), labels });
    });
    if (options.length < 2) errors.options = { key: "surveys:editor.errors.twoOptions" };
    else if (options.length > OPTIONS_MAX)
      errors.options = {
        key: "surveys:editor.errors.tooManyOptions",
        values: { max: OPTIONS_MAX },
      };
  }
  if (Object.keys(errors).length > 0 || !isSurveyQuestionType(values.type))
    return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    value: { type: values.type, required: values.required, prompts, options },
  };
}
