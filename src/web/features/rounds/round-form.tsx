import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form } from "react-router";
import type { FieldErrors } from "../../../domain/field-errors.ts";
import { QUESTION_KINDS, ROUND_MODES } from "../../../domain/rounds/round-modes.ts";
import { THEME_MAX, translationLocales } from "../../../domain/rounds/round-texts.ts";
import { ErrorSummary, Field, useErrorMessage } from "../../shared/field.tsx";
import {
  EMPTY_QUESTION_ROWS,
  ROUND_DATE_FIELDS,
  type QuestionFormValues,
  type RoundFormValues,
} from "./parse-round-form.ts";
import { QuestionTranslationFields, RoundTranslationFields } from "./round-translation-fields.tsx";

/**
 * Create and edit a round; works without JavaScript. Dates are typed in the facilitator's time
 * zone; the theme, rules and questions in the programme's default language, and each may be
 * translated into the other interface languages (sections that open and close without scripts).
 */
export function RoundForm(props: {
  values: RoundFormValues;
  defaultLanguage: string;
  errors: FieldErrors | undefined;
  submitLabel: string;
  modeLocked: boolean;
}) {
  const t = useFixedT("rounds");
  const message = useErrorMessage();
  const { values } = props;
  // Date-order errors name the earlier date by its field id; show its label instead.
  const errors = props.errors
    ? Object.fromEntries(
        Object.entries(props.errors).map(([field, error]) => [
          field,
          typeof error.values?.after === "string"
            ? {
                ...error,
                values: { ...error.values, after: t(`round.dates.${error.values.after}`) },
              }
            : error,
        ]),
      )
    : undefined;
  const labels: Record<string, string> = {
    name: t("round.name"),
    theme: t("round.theme"),
    mode: t("round.mode"),
    rulesMarkdown: t("round.rules"),
    countryCapPercent: t("round.cap"),
    groupSize: t("round.groupSize"),
    ...Object.fromEntries(ROUND_DATE_FIELDS.map((f) => [f, t(`round.dates.${f}`)])),
  };
  const otherLocales = translationLocales(props.defaultLanguage);
  const languageName = (locale: string) =>
    t(`common:languages.${locale}`, { defaultValue: locale });
  for (const locale of otherLocales) {
    const language = languageName(locale);
    labels[`translations.${locale}.theme`] = t("round.themeIn", { language });
    labels[`translations.${locale}.rulesMarkdown`] = t("round.rulesIn", { language });
  }
  const questionRows: QuestionFormValues[] = [
    ...values.questions,
    ...Array.from({ length: EMPTY_QUESTION_ROWS }, () => ({
      label: "",
      kind: "short_text",
      required: false,
      options: "",
      translations: {},
    })),
  ];
  questionRows.forEach((_, i) => {
    const question = t("round.questionN", { n: i + 1 });
    for (const locale of otherLocales) {
      const language = languageName(locale);
      labels[`questions.${i}.translations.${locale}.label`] =
        `${question} — ${t("round.questionLabelIn", { language })}`;
      labels[`questions.${i}.translations.${locale}.options`] =
        `${question} — ${t("round.questionOptionsIn", { language })}`;
    }
  });
  return (
    <Form method="post" noValidate>
      <ErrorSummary errors={errors} labels={labels} />
      <input type="hidden" name="timeZone" value={values.timeZone} />
      <Field name="name" label={labels.name!} required error={errors?.name}>
        {(c) => <input {...c} type="text" defaultValue={values.name} maxLength={200} />}
      </Field>
      <Field name="theme" label={labels.theme!} hint={t("round.themeHint")} error={errors?.theme}>
        {(c) => <input {...c} type="text" defaultValue={values.theme} maxLength={THEME_MAX} />}
      </Field>
      <fieldset className={errors?.mode ? "field field--error" : "field"}>
        <legend>{labels.mode}</legend>
        {errors?.mode && <span className="error">{message(errors.mode)}</span>}
        {ROUND_MODES.map((mode) => (
          <div className="choice" key={mode}>
            <input
              type="radio"
              id={`mode-${mode}`}
              name="mode"
              value={mode}
              defaultChecked={values.mode === mode}
              disabled={props.modeLocked && values.mode !== mode}
            />
            <label htmlFor={`mode-${mode}`}>
              {t(`vocabulary:mode.${mode}`)} —{" "}
              <span className="muted">{t(`round.modeHint.${mode}`)}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <Field
        name="groupSize"
        label={labels.groupSize!}
        hint={t("round.groupSizeHint")}
        error={errors?.groupSize}
      >
        {(c) => <input {...c} type="number" min={3} max={5} defaultValue={values.groupSize} />}
      </Field>
      <fieldset>
        <legend>{t("round.datesLegend")}</legend>
        <p className="hint">{t("round.datesHint", { zone: values.timeZone })}</p>
        {ROUND_DATE_FIELDS.map((f) => (
          <Field key={f} name={f} label={labels[f]!} required error={errors?.[f]}>
            {(c) => <input {...c} type="datetime-local" defaultValue={values.dates[f]} />}
          </Field>
        ))}
      </fieldset>
      <Field
        name="rulesMarkdown"
        label={labels.rulesMarkdown!}
        hint={t("round.rulesHint")}
        error={errors?.rulesMarkdown}
      >
        {(c) => <textarea {...c} rows={8} defaultValue={values.rulesMarkdown} />}
      </Field>
      <RoundTranslationFields
        locales={otherLocales}
        defaultLanguage={props.defaultLanguage}
        values={values.translations}
        errors={errors}
        labels={labels}
      />
      <Field
        name="countryCapPercent"
        label={labels.countryCapPercent!}
        hint={t("round.capHint")}
        error={errors?.countryCapPercent}
      >
        {(c) => (
          <input {...c} type="number" min={1} max={100} defaultValue={values.countryCapPercent} />
        )}
      </Field>
      <div className="choice field">
        <input
          type="checkbox"
          id="allowTriads"
          name="allowTriads"
          defaultChecked={values.allowTriads}
        />
        <label htmlFor="allowTriads">{t("round.allowTriads")}</label>
      </div>
      <h2>{t("round.questionsTitle")}</h2>
      <p className="hint">{t("round.questionsHint")}</p>
      {questionRows.map((q, i) => (
        <fieldset key={i}>
          <legend>{t("round.questionN", { n: i + 1 })}</legend>
          <Field
            name={`questions.${i}.label`}
            label={t("round.questionLabel")}
            error={errors?.[`questions.${i}.label`]}
          >
            {(c) => <input {...c} name="questionLabel" type="text" defaultValue={q.label} />}
          </Field>
          <Field
            name={`questions.${i}.kind`}
            label={t("round.questionKind")}
            error={errors?.[`questions.${i}.kind`]}
          >
            {(c) => (
              <select {...c} name="questionKind" defaultValue={q.kind}>
                {QUESTION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`round.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name={`questions.${i}.options`}
            label={t("round.questionOptions")}
            hint={t("round.questionOptionsHint")}
            error={errors?.[`questions.${i}.options`]}
          >
            {(c) => <textarea {...c} name="questionOptions" rows={3} defaultValue={q.options} />}
          </Field>
          <div className="choice">
            <input
              type="checkbox"
              id={`question-required-${i}`}
              name="questionRequired"
              value={String(i)}
              defaultChecked={q.required}
            />
            <label htmlFor={`question-required-${i}`}>{t("round.questionRequired")}</label>
          </div>
          <QuestionTranslationFields
            index={i}
            locales={otherLocales}
            values={q.translations}
            errors={errors}
          />
        </fieldset>
      ))}
      <div className="actions">
        <button type="submit" className="button">
          {props.submitLabel}
        </button>
      </div>
    </Form>
  );
}
