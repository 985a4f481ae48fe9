import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, useNavigation } from "react-router";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import {
  ELIGIBILITY_MAX,
  OPPORTUNITY_DESCRIPTION_MAX,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_TITLE_MAX,
  type OpportunityFormValues,
} from "../../../../domain/opportunities/opportunity-input.ts";
import { TIME_ZONES } from "../../../../domain/vocabulary/time-zones.ts";
import { ErrorSummary, Field } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";

export function readOpportunityForm(form: FormData): OpportunityFormValues {
  return {
    kind: formText(form, "kind"),
    title: formText(form, "title"),
    description: formText(form, "description"),
    eligibility: formText(form, "eligibility"),
    deadlineLocal: formText(form, "deadlineLocal"),
    timeZone: formText(form, "timeZone"),
  };
}

/** Post an opportunity; works without JavaScript and keeps what was typed on errors. */
export function OpportunityForm(props: {
  values: OpportunityFormValues;
  errors: FieldErrors | undefined;
  submitLabel: string;
}) {
  const t = useFixedT("opportunities");
  const busy = useNavigation().state === "submitting";
  const { values, errors } = props;
  const labels = {
    kind: t("form.kind"),
    title: t("form.title"),
    description: t("form.description"),
    eligibility: t("form.eligibility"),
    deadlineLocal: t("form.deadline"),
    timeZone: t("form.timeZone"),
  };
  return (
    <Form method="post" noValidate className="narrow">
      <ErrorSummary errors={errors} labels={labels} />
      <Field name="kind" label={labels.kind} required error={errors?.kind}>
        {(c) => (
          <select {...c} defaultValue={values.kind}>
            {OPPORTUNITY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="title" label={labels.title} required error={errors?.title}>
        {(c) => (
          <input {...c} type="text" maxLength={OPPORTUNITY_TITLE_MAX} defaultValue={values.title} />
        )}
      </Field>
      <Field
        name="description"
        label={labels.description}
        hint={t("form.descriptionHint")}
        error={errors?.description}
      >
        {(c) => (
          <textarea
            {...c}
            rows={8}
            maxLength={OPPORTUNITY_DESCRIPTION_MAX}
            defaultValue={values.description}
          />
        )}
      </Field>
      <Field
        name="eligibility"
        label={labels.eligibility}
        hint={t("form.eligibilityHint")}
        required
        error={errors?.eligibility}
      >
        {(c) => (
          <textarea {...c} rows={3} maxLength={ELIGIBILITY_MAX} defaultValue={values.eligibility} />
        )}
      </Field>
      <Field
        name="deadlineLocal"
        label={labels.deadlineLocal}
        hint={t("form.deadlineHint")}
        required
        error={errors?.deadlineLocal}
      >
        {(c) => <input {...c} type="datetime-local" defaultValue={values.deadlineLocal} />}
      </Field>
      <Field name="timeZone" label={labels.timeZone} required error={errors?.timeZone}>
        {(c) => (
          <select {...c} defaultValue={values.timeZone}>
            {TIME_ZONES.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {props.submitLabel}
        </button>
      </div>
    </Form>
  );
}
