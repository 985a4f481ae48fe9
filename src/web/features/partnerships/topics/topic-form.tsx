import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, useNavigation } from "react-router";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import {
  TOPIC_LOCALES,
  TOPIC_PROMPT_MAX,
  TOPIC_TITLE_MAX,
  type TopicText,
} from "../../../../domain/partnerships/topic-translations.ts";
import { CountedTextArea } from "../../../shared/counted-text.tsx";
import { ErrorSummary, Field } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";

export type TopicFormValues = Record<string, { title: string; prompt: string }>;

/** What the form sent, per language, kept as typed so an error loses nothing. */
export function readTopicForm(form: FormData): TopicFormValues {
  return Object.fromEntries(
    TOPIC_LOCALES.map((locale) => [
      locale,
      { title: formText(form, `${locale}.title`), prompt: formText(form, `${locale}.prompt`) },
    ]),
  );
}

export function topicFormValues(texts: readonly TopicText[]): TopicFormValues {
  return Object.fromEntries(
    texts.map((text) => [text.locale, { title: text.title, prompt: text.promptMarkdown }]),
  );
}

/**
 * The programme's default language first (required), then each other interface language as an
 * optional translation, each a title and a Markdown prompt.
 */
export function TopicForm(props: {
  defaultLanguage: string;
  values: TopicFormValues;
  errors: FieldErrors | undefined;
  submitLabel: string;
  cancelTo: string;
}) {
  const t = useFixedT("topics");
  const busy = useNavigation().state === "submitting";
  const languageName = (locale: string) =>
    t(`common:languages.${locale}`, { defaultValue: locale });
  const locales = [
    props.defaultLanguage,
    ...TOPIC_LOCALES.filter((locale) => locale !== props.defaultLanguage),
  ];
  const labels: Record<string, string> = {};
  for (const locale of locales) {
    labels[`${locale}.title`] = `${t("form.title")} (${languageName(locale)})`;
    labels[`${locale}.prompt`] = `${t("form.prompt")} (${languageName(locale)})`;
  }
  return (
    <div className="narrow">
      <ErrorSummary errors={props.errors} labels={labels} />
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="save" />
        {locales.map((locale) => {
          const isDefault = locale === props.defaultLanguage;
          const values = props.values[locale] ?? { title: "", prompt: "" };
          return (
            <fieldset key={locale}>
              <legend>
                {isDefault
                  ? t("form.defaultLanguage", { language: languageName(locale) })
                  : t("form.translation", { language: languageName(locale) })}
              </legend>
              {!isDefault && (
                <p className="hint">
                  {t("form.translationHint", { language: languageName(props.defaultLanguage) })}
                </p>
              )}
              <Field
                name={`${locale}.title`}
                label={labels[`${locale}.title`]!}
                hint={t("form.titleHint")}
                error={props.errors?.[`${locale}.title`]}
                required={isDefault}
              >
                {(c) => (
                  <input
                    {...c}
                    type="text"
                    maxLength={TOPIC_TITLE_MAX}
                    defaultValue={values.title}
                    lang={locale}
                  />
                )}
              </Field>
              <Field
                name={`${locale}.prompt`}
                label={labels[`${locale}.prompt`]!}
                hint={t("form.promptHint")}
                error={props.errors?.[`${locale}.prompt`]}
                required={isDefault}
              >
                {(c) => (
                  <CountedTextArea
                    {...c}
                    rows={isDefault ? 8 : 5}
                    maxLength={TOPIC_PROMPT_MAX}
                    defaultValue={values.prompt}
                  />
                )}
              </Field>
            </fieldset>
          );
        })}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {props.submitLabel}
          </button>
          <Link to={props.cancelTo}>{t("form.cancel")}</Link>
        </div>
      </Form>
    </div>
  );
}
