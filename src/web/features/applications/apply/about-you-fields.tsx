import { useContext, useEffect, useRef } from "react";
import { I18nContext } from "react-i18next";
import { LANGUAGE_LEVELS } from "../../../../domain/vocabulary/vocabulary.ts";
import { TEXT_LIMITS } from "../../../../domain/applications/application-input.ts";
import { describedBy, Field, fieldIds, useErrorMessage } from "../../../shared/field.tsx";
import { FieldLabelMark } from "./field-label-mark.tsx";
import type { FormSectionProps } from "./form-values.ts";
import { LongSelect } from "./long-select.tsx";
import {
  countryOptions,
  languageOptions,
  optionsHtml,
  timeZoneOptionsHtml,
} from "./option-lists.ts";
import { useFixedT } from "../../../shared/use-fixed-t.ts";

/** Name, email, where the applicant is, and the languages they work in. */
export function AboutYouFields({
  values,
  errors,
  emailLocked,
  guessTimeZone,
}: FormSectionProps & {
  emailLocked: boolean;
  /** A fresh form: replace the UTC default with the browser's zone once JavaScript runs. */
  guessTimeZone: boolean;
}) {
  const t = useFixedT("applications");
  const { language } = useContext(I18nContext).i18n;
  return (
    <section aria-labelledby="section-about">
      <h2 id="section-about">{t("form.sections.about")}</h2>
      <Field name="name" label={t("form.name")} required error={errors?.name}>
        {(c) => (
          <input
            {...c}
            type="text"
            autoComplete="name"
            maxLength={TEXT_LIMITS.name}
            defaultValue={values.name}
          />
        )}
      </Field>
      <Field
        name="email"
        label={t("form.email")}
        hint={emailLocked ? t("form.emailLocked") : t("form.emailHint")}
        required
        error={errors?.email}
      >
        {(c) => (
          <input
            {...c}
            type="email"
            autoComplete="email"
            spellCheck={false}
            readOnly={emailLocked}
            defaultValue={values.email}
          />
        )}
      </Field>
      <Field name="country" label={t("form.country")} required error={errors?.country}>
        {(c) => (
          <LongSelect
            {...c}
            autoComplete="country"
            optionsHtml={() =>
              optionsHtml(
                countryOptions(language),
                values.country.toUpperCase(),
                t("form.chooseCountry"),
              )
            }
          />
        )}
      </Field>
      <Field name="city" label={t("form.city")} error={errors?.city}>
        {(c) => (
          <input
            {...c}
            type="text"
            autoComplete="address-level2"
            maxLength={TEXT_LIMITS.city}
            defaultValue={values.city}
          />
        )}
      </Field>
      <TimeZoneField values={values} errors={errors} guess={guessTimeZone} />
      <LanguageRows values={values} errors={errors} language={language} />
    </section>
  );
}

function TimeZoneField({ values, errors, guess }: FormSectionProps & { guess: boolean }) {
  const t = useFixedT("applications");
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const element = select.current;
    if (!guess || !element || (element.value !== "UTC" && element.value !== "")) return;
    // The list sends zones as written, with spaces (option-lists.ts).
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone.replace(/_/g, " ");
    if (Array.from(element.options).some((o) => o.value === zone)) element.value = zone;
  }, [guess]);
  return (
    <Field
      name="timeZone"
      label={t("form.timeZone")}
      hint={t("form.timeZoneHint")}
      required
      error={errors?.timeZone}
    >
      {(c) => (
        <LongSelect
          {...c}
          ref={select}
          optionsHtml={() => timeZoneOptionsHtml(values.timeZone, t("form.chooseTimeZone"))}
        />
      )}
    </Field>
  );
}

/** A few rows of [language, level]; empty rows are ignored, so no script is needed to add one. */
function LanguageRows({ values, errors, language }: FormSectionProps & { language: string }) {
  const t = useFixedT("applications");
  const message = useErrorMessage()(errors?.languages);
  const { id, hintId, errorId } = fieldIds("languages");
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      // Not "field--error": that would mark every row red, though only the list as a whole is wrong.
      className="field"
      style={{ minWidth: 0 }}
      aria-describedby={describedBy("languages", true, Boolean(message))}
    >
      <legend>
        {t("form.languages")}
        <FieldLabelMark required />
      </legend>
      <span className="hint" id={hintId}>
        {t("form.languagesHint")}
      </span>
      {message && (
        <span className="error" id={errorId}>
          {message}
        </span>
      )}
      {values.languages.map((row, i) => (
        <div key={i} style={{ display: "flex", flexWrap: "wrap", columnGap: "1rem" }}>
          <div style={{ flex: "2 1 14rem" }}>
            <Field
              name={`languages.${i}.code`}
              label={t("form.languageN", { n: i + 1 })}
              required={i === 0}
              error={errors?.[`languages.${i}.code`]}
            >
              {(c) => (
                <LongSelect
                  {...c}
                  optionsHtml={() =>
                    optionsHtml(languageOptions(language), row.code, t("form.chooseLanguage"))
                  }
                />
              )}
            </Field>
          </div>
          <div style={{ flex: "1 1 10rem" }}>
            <Field
              name={`languages.${i}.level`}
              label={t("form.levelN", { n: i + 1 })}
              required={i === 0}
              error={errors?.[`languages.${i}.level`]}
            >
              {(c) => (
                <select {...c} defaultValue={row.level}>
                  <option value="">{t("form.chooseLevel")}</option>
                  {LANGUAGE_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t(`vocabulary:level.${level}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
