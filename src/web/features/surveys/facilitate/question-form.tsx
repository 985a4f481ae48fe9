import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, useNavigation } from "react-router";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import { editorLocales } from "../../../../domain/surveys/survey-question-input.ts";
import type { SurveyQuestionFormValues } from "../../../../domain/surveys/survey-question-input.ts";
import {
  OPTION_LABEL_MAX_LENGTH,
  PROMPT_MAX_LENGTH,
  SURVEY_QUESTION_TYPES,
} from "../../../../domain/surveys/survey-question.ts";
import { ErrorSummary, Field, fieldIds, useErrorMessage } from "../../../shared/field.tsx";
import { useFocusErrorSummary } from "../use-focus-error-summary.ts";

/**
 * The question editor (works without scripts): kind of answer, whether it must be answered,
 * the question in each language (the programme's first), and for choices the option rows,
 * each error beside its field. `typeLocked`: someone answered, the kind stays.
 */
export function QuestionForm(props: {
  values: SurveyQuestionFormValues;
  errors: FieldErrors | undefined;
  defaultLanguage: string;
  typeLocked: boolean;
  /** Options someone chose: they stay, so no "remove" box is offered for them. */
  chosenOptionIds?: readonly string[];
  submitLabel: string;
  cancelTo: string;
}) {
  const t = useFixedT("surveys");
  const errorMessage = useErrorMessage();
  const busy = useNavigation().state === "submitting";
  const { values, errors, defaultLanguage } = props;
  const form = useFocusErrorSummary<HTMLFormElement>(errors);
  const locales = editorLocales(defaultLanguage);
  const languageName = (locale: string) => t(`language.${locale}`);
  const labels: Record<string, string> = {
    type: t("editor.type"),
    options: t("editor.options"),
  };
  for (const locale of locales)
    labels[`prompts.${locale}`] =
      locale === defaultLanguage
        ? t("editor.promptMain", { language: languageName(locale) })
        : t("editor.prompt", { language: languageName(locale) });
  let newRow = 0;
  const newRowNumbers = values.options.map((o) => (o.id ? 0 : ++newRow));
  const rowTitle = (row: number, id: string) =>
    id
      ? t("editor.option", { number: row + 1 })
      : t("editor.newOption", { number: newRowNumbers[row] ?? row + 1 });
  values.options.forEach((option, row) => {
    for (const locale of locales)
      labels[`options.${row}.${locale}`] = `${rowTitle(row, option.id)} (${languageName(locale)})`;
    labels[`options.${row}.remove`] = rowTitle(row, option.id);
  });
  const optionsIds = fieldIds("options");
  return (
    <Form method="post" noValidate className="narrow" ref={form}>
      <ErrorSummary errors={errors} labels={labels} />
      {props.typeLocked ? (
        <div className="field">
          <p>
            <strong>{t("labelled", { label: labels.type })}</strong> {t(`type.${values.type}`)}
          </p>
          <span className="hint">{t("editor.typeLocked")}</span>
          <input type="hidden" name="type" value={values.type} />
        </div>
      ) : (
        <Field
          name="type"
          label={labels.type!}
          hint={t("editor.typeHint")}
          required
          error={errors?.type}
        >
          {(c) => (
            <select {...c} defaultValue={values.type}>
              {SURVEY_QUESTION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`type.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div className="choice field">
        <input
          type="checkbox"
          id="field-required"
          name="required"
          defaultChecked={values.required}
        />
        <label htmlFor="field-required">{t("editor.required")}</label>
      </div>
      {locales.map((locale) => (
        <Field
          key={locale}
          name={`prompts.${locale}`}
          label={labels[`prompts.${locale}`]!}
          hint={
            locale === defaultLanguage
              ? undefined
              : t("editor.promptHint", { language: languageName(locale) })
          }
          required={locale === defaultLanguage}
          error={errors?.[`prompts.${locale}`]}
        >
          {(c) => (
            <input
              {...c}
              type="text"
              lang={locale}
              maxLength={PROMPT_MAX_LENGTH}
              defaultValue={values.prompts[locale] ?? ""}
            />
          )}
        </Field>
      ))}
      <fieldset
        className="option-fields"
        aria-describedby={`${optionsIds.hintId}${errors?.options ? ` ${optionsIds.errorId}` : ""}`}
      >
        <legend id={optionsIds.id} tabIndex={-1}>
          {labels.options}
        </legend>
        <span className="hint" id={optionsIds.hintId}>
          {t("editor.optionsHint")}
        </span>
        {errors?.options && (
          <span className="error-text" id={optionsIds.errorId}>
            {errorMessage(errors.options)}
          </span>
        )}
        {values.options.map((option, row) => (
          <fieldset key={`${option.id}-${row}`}>
            <legend>{rowTitle(row, option.id)}</legend>
            <input type="hidden" name="optionId" value={option.id} />
            <div className="option-row">
              {locales.map((locale) => {
                const key = `options.${row}.${locale}`;
                const ids = fieldIds(key);
                const message = errorMessage(errors?.[key]);
                return (
                  <div className={`field${message ? " field--error" : ""}`} key={locale}>
                    <label htmlFor={ids.id}>{languageName(locale)}</label>
                    {message && (
                      <span className="error" id={ids.errorId}>
                        {message}
                      </span>
                    )}
                    <input
                      id={ids.id}
                      name={`optionLabel.${locale}`}
                      type="text"
                      lang={locale}
                      maxLength={OPTION_LABEL_MAX_LENGTH}
                      defaultValue={option.labels[locale] ?? ""}
                      aria-describedby={message ? ids.errorId : undefined}
                      aria-invalid={message ? true : undefined}
                    />
                  </div>
                );
              })}
            </div>
            {option.id && props.chosenOptionIds?.includes(option.id) ? (
              <p className="muted">{t("editor.optionKept")}</p>
            ) : (
              option.id && <RemoveOption row={row} checked={option.remove} error={errors} />
            )}
          </fieldset>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {props.submitLabel}
        </button>
        <Link to={props.cancelTo}>{t("editor.cancel")}</Link>
      </div>
    </Form>
  );
}

/** The box that takes an option off, with the error that refuses it beside it. */
function RemoveOption(props: { row: number; checked: boolean; error: FieldErrors | undefined }) {
  const t = useFixedT("surveys");
  const errorMessage = useErrorMessage();
  const ids = fieldIds(`options.${props.row}.remove`);
  const message = errorMessage(props.error?.[`options.${props.row}.remove`]);
  return (
    <div className={`field${message ? " field--error" : ""}`}>
      {message && (
        <span className="error" id={ids.errorId}>
          {message}
        </span>
      )}
      <div className="choice">
        <input
          type="checkbox"
          id={ids.id}
          name="optionRemove"
          value={String(props.row)}
          defaultChecked={props.checked}
          aria-describedby={message ? ids.errorId : undefined}
          aria-invalid={message ? true : undefined}
        />
        <label htmlFor={ids.id}>{t("editor.removeOption")}</label>
      </div>
    </div>
  );
}
