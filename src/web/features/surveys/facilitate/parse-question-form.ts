import { SURVEY_LOCALES } from "../../../../domain/surveys/survey-question.ts";
import type { SurveyQuestionFormValues } from "../../../../domain/surveys/survey-question-input.ts";
import { formText, formTexts } from "../../../shared/form-data.ts";

/**
 * The question editor's fields as typed. Option rows repeat the same field names (one input
 * per language and a hidden id per row), so the n-th value of each belongs to row n; the
 * "remove" boxes carry their row's number.
 */
export function parseQuestionForm(form: FormData): SurveyQuestionFormValues {
  const ids = formTexts(form, "optionId");
  const labels = Object.fromEntries(
    SURVEY_LOCALES.map((locale) => [locale, formTexts(form, `optionLabel.${locale}`)]),
  );
  const removed = new Set(formTexts(form, "optionRemove"));
  return {
    type: formText(form, "type"),
    required: form.get("required") === "on",
    prompts: Object.fromEntries(
      SURVEY_LOCALES.map((locale) => [locale, formText(form, `prompts.${locale}`)]),
    ),
    options: ids.map((id, row) => ({
      id,
      labels: Object.fromEntries(
        SURVEY_LOCALES.map((locale) => [locale, labels[locale]?.[row] ?? ""]),
      ),
      remove: removed.has(String(row)),
    })),
  };
}

/** Two empty rows after the question's options: new options without scripts. */
export const NEW_OPTION_ROWS = 2;

export function withNewOptionRows(values: SurveyQuestionFormValues): SurveyQuestionFormValues {
  const filled = values.options.filter(
    (o) => o.id !== "" || Object.values(o.labels).some((label) => label.trim() !== ""),
  );
  return {
    ...values,
    options: [
      ...filled,
      ...Array.from({ length: NEW_OPTION_ROWS }, () => ({ id: "", labels: {}, remove: false })),
    ],
  };
}
