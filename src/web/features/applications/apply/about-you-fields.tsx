import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGE_LEVELS } from "../../../../domain/vocabulary/vocabulary.ts";
import { TEXT_LIMITS } from "../../../../domain/applications/application-input.ts";
import { describedBy, Field, fieldIds, useErrorMessage } from "../../../shared/field.tsx";
import { FieldLabelMark } from "./field-label-mark.tsx";
import type { FormSectionProps, Option } from "./form-values.ts";

/** Name, email, where the applicant is, and the languages they work in. */
export function AboutYouFields({
  values,
  errors,
  options,
  emailLocked,
  guessTimeZone,
}: FormSectionProps & {
  options: { countries: Option[]; languages: Option[]; timeZones: readonly string[] };
  emailLocked: boolean;
  /** A fresh form: replace the UTC default with the browser's zone once JavaScript runs. */
  guessTimeZone: boolean;
}) {
  const { t } = useTranslation("applications");
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
          <select {...c} autoComplete="country" defaultValue={values.country.toUpperCase()}>
            <option value="">{t("form.chooseCountry")}</option>
            {options.countries.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
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
      <TimeZoneField
        values={values}
        errors={errors}
        timeZones={options.timeZones}
        guess={guessTimeZone}
      />
      <LanguageRows values={values} errors={errors} languages={options.languages} />
    </section>
  );
}

function TimeZoneField({
  values,
  errors,
  timeZones,
  guess,
}: FormSectionProps & { timeZones: readonly string[]; guess: boolean }) {
  const { t } = useTranslation("applications");
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const element = select.current;
    if (!guess || !element || (element.value !== "UTC" && element.value !== "")) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (Array.from(element.options).some((o) => o.value === zone)) element.value = zone;
  }, [guess]);
  // A zone the list lacks (an alias some browsers report) is still offered, as sent.
  const listed = values.timeZone === "" || timeZones.includes(values.timeZone);
  return (
    <Field
      name="timeZone"
      label={t("form.timeZone")}
      hint={t("form.timeZoneHint")}
      required
      error={errors?.timeZone}
    >
      {(c) => (
        <select {...c} ref={select} defaultValue={values.timeZone}>
          <option value="">{t("form.chooseTimeZone")}</option>
          {!listed && <option value={values.timeZone}>{values.timeZone}</option>}
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, " ")}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A few rows of [language, level]; empty rows are ignored, so no script is needed to add one. */
function LanguageRows({ values, errors, languages }: FormSectionProps & { languages: Option[] }) {
  const { t } = useTranslation("applications");
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
                <select {...c} defaultValue={row.code}>
                  <option value="">{t("form.chooseLanguage")}</option>
                  {languages.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
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
