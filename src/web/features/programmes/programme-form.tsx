import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form } from "react-router";
import type { FieldErrors } from "../../../domain/field-errors.ts";
import { SUPPORTED_LOCALES } from "../../../i18n/languages.ts";
import { ErrorSummary, Field } from "../../shared/field.tsx";
import { formText } from "../../shared/form-data.ts";

export interface ProgrammeFormValues {
  name: string;
  description: string;
  organisation: string;
  contactEmail: string;
  defaultLanguage: string;
}

export function readProgrammeForm(form: FormData): ProgrammeFormValues {
  return {
    name: formText(form, "name"),
    description: formText(form, "description"),
    organisation: formText(form, "organisation"),
    contactEmail: formText(form, "contactEmail"),
    defaultLanguage: formText(form, "defaultLanguage"),
  };
}

export function ProgrammeForm(props: {
  values: ProgrammeFormValues;
  errors?: FieldErrors;
  submitLabel: string;
}) {
  const t = useFixedT("programmes");
  const { values, errors } = props;
  const labels = {
    name: t("programme.name"),
    description: t("programme.description"),
    organisation: t("programme.organisation"),
    contactEmail: t("programme.contactEmail"),
    defaultLanguage: t("programme.defaultLanguage"),
  };
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="save-programme" />
      <ErrorSummary errors={errors} labels={labels} />
      <Field name="name" label={labels.name} required error={errors?.name}>
        {(c) => <input {...c} type="text" defaultValue={values.name} />}
      </Field>
      <Field
        name="organisation"
        label={labels.organisation}
        hint={t("programme.organisationHint")}
        error={errors?.organisation}
      >
        {(c) => <input {...c} type="text" defaultValue={values.organisation} />}
      </Field>
      <Field
        name="contactEmail"
        label={labels.contactEmail}
        hint={t("programme.contactEmailHint")}
        error={errors?.contactEmail}
      >
        {(c) => (
          <input {...c} type="email" autoComplete="email" defaultValue={values.contactEmail} />
        )}
      </Field>
      <Field name="description" label={labels.description} error={errors?.description}>
        {(c) => <textarea {...c} rows={4} defaultValue={values.description} />}
      </Field>
      <Field
        name="defaultLanguage"
        label={labels.defaultLanguage}
        hint={t("programme.defaultLanguageHint")}
        required
        error={errors?.defaultLanguage}
      >
        {(c) => (
          <select {...c} defaultValue={values.defaultLanguage || "en"}>
            {SUPPORTED_LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`common:languages.${l}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button">
        {props.submitLabel}
      </button>
    </Form>
  );
}
