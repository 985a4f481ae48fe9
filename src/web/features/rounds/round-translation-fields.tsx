import { useFixedT } from "../../shared/use-fixed-t.ts";
import type { FieldErrors } from "../../../domain/field-errors.ts";
import { THEME_MAX } from "../../../domain/rounds/round-texts.ts";
import { Field } from "../../shared/field.tsx";
import { translationFieldName, type QuestionFormValues } from "./parse-round-form.ts";

/**
 * The round's theme and rules in each of the programme's other languages. Each language is a
 * <details> section, so the form stays short and works without scripts; a section opens by
 * itself when it holds text or an error, so nothing written or wrong is hidden.
 */
export function RoundTranslationFields(props: {
  locales: readonly string[];
  defaultLanguage: string;
  values: Record<string, { theme: string; rulesMarkdown: string }>;
  errors: FieldErrors | undefined;
  labels: Record<string, string>;
}) {
  const t = useFixedT("rounds");
  if (props.locales.length === 0) return null;
  const languageName = (locale: string) =>
    t(`common:languages.${locale}`, { defaultValue: locale });
  return (
    <section aria-labelledby="round-translations" className="field">
      <h2 id="round-translations">{t("round.translationsTitle")}</h2>
      <p className="hint">
        {t("round.translationsHint", { language: languageName(props.defaultLanguage) })}
      </p>
      {props.locales.map((locale) => {
        const theme = translationFieldName(locale, "theme");
        const rules = translationFieldName(locale, "rulesMarkdown");
        const values = props.values[locale] ?? { theme: "", rulesMarkdown: "" };
        const open =
          values.theme !== "" ||
          values.rulesMarkdown !== "" ||
          Boolean(props.errors?.[theme] ?? props.errors?.[rules]);
        return (
          <details key={locale} open={open} className="translation">
            <summary>{languageName(locale)}</summary>
            <Field name={theme} label={props.labels[theme]!} error={props.errors?.[theme]}>
              {(c) => (
                <input
                  {...c}
                  type="text"
                  lang={locale}
                  maxLength={THEME_MAX}
                  defaultValue={values.theme}
                />
              )}
            </Field>
            <Field name={rules} label={props.labels[rules]!} error={props.errors?.[rules]}>
              {(c) => (
                <textarea {...c} rows={6} lang={locale} defaultValue={values.rulesMarkdown} />
              )}
            </Field>
          </details>
        );
      })}
    </section>
  );
}

/**
 * One custom question's label and options in the other languages. Every row of the form
 * sends these fields (empty when not translated) so that rows and their translations stay
 * aligned when the form is read.
 */
export function QuestionTranslationFields(props: {
  index: number;
  locales: readonly string[];
  values: QuestionFormValues["translations"];
  errors: FieldErrors | undefined;
}) {
  const t = useFixedT("rounds");
  if (props.locales.length === 0) return null;
  const names = (locale: string) => ({
    label: `questions.${props.index}.translations.${locale}.label`,
    options: `questions.${props.index}.translations.${locale}.options`,
  });
  const open = props.locales.some((locale) => {
    const value = props.values[locale];
    const name = names(locale);
    return (
      Boolean(value?.label || value?.options) ||
      Boolean(props.errors?.[name.label] ?? props.errors?.[name.options])
    );
  });
  return (
    <details open={open} className="translation">
      <summary>{t("round.questionTranslations")}</summary>
      {props.locales.map((locale) => {
        const name = names(locale);
        const value = props.values[locale] ?? { label: "", options: "" };
        const language = t(`common:languages.${locale}`, { defaultValue: locale });
        return (
          <div key={locale}>
            <Field
              name={name.label}
              label={t("round.questionLabelIn", { language })}
              error={props.errors?.[name.label]}
            >
              {(c) => (
                <input
                  {...c}
                  name={`questionLabel.${locale}`}
                  type="text"
                  lang={locale}
                  defaultValue={value.label}
                />
              )}
            </Field>
            <Field
              name={name.options}
              label={t("round.questionOptionsIn", { language })}
              hint={t("round.questionOptionsInHint")}
              error={props.errors?.[name.options]}
            >
              {(c) => (
                <textarea
                  {...c}
                  name={`questionOptions.${locale}`}
                  rows={3}
                  lang={locale}
                  defaultValue={value.options}
                />
              )}
            </Field>
          </div>
        );
      })}
    </details>
  );
}
