import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, useNavigation } from "react-router";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import {
  BODY_MAX,
  PETITION_TEXT_MAX,
  TITLE_MAX,
  type CampaignFormValues,
} from "../../../../domain/networks/campaign-input.ts";
import { ErrorSummary, Field } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";

export function parseCampaignForm(form: FormData): CampaignFormValues {
  return {
    title: formText(form, "title"),
    body: formText(form, "body"),
    petitionText: formText(form, "petitionText"),
    goal: formText(form, "goal"),
  };
}

/** Start or change a campaign; works without JavaScript, keeps what was typed on errors. */
export function CampaignForm(props: {
  values: CampaignFormValues;
  errors: FieldErrors | undefined;
  submitLabel: string;
}) {
  const t = useFixedT("networks");
  const busy = useNavigation().state === "submitting";
  const { values, errors } = props;
  const labels: Record<string, string> = {
    title: t("campaignForm.title"),
    body: t("campaignForm.body"),
    petitionText: t("campaignForm.petitionText"),
    goal: t("campaignForm.goal"),
  };
  return (
    <Form method="post" noValidate className="narrow">
      <input type="hidden" name="intent" value="save" />
      <ErrorSummary errors={errors} labels={labels} />
      <Field name="title" label={labels.title!} required error={errors?.title}>
        {(c) => <input {...c} type="text" maxLength={TITLE_MAX} defaultValue={values.title} />}
      </Field>
      <Field
        name="body"
        label={labels.body!}
        hint={t("campaignForm.bodyHint")}
        error={errors?.body}
      >
        {(c) => <textarea {...c} rows={8} maxLength={BODY_MAX} defaultValue={values.body} />}
      </Field>
      <Field
        name="petitionText"
        label={labels.petitionText!}
        hint={t("campaignForm.petitionTextHint")}
        required
        error={errors?.petitionText}
      >
        {(c) => (
          <textarea
            {...c}
            rows={4}
            maxLength={PETITION_TEXT_MAX}
            defaultValue={values.petitionText}
          />
        )}
      </Field>
      <Field
        name="goal"
        label={labels.goal!}
        hint={t("campaignForm.goalHint")}
        error={errors?.goal}
      >
        {(c) => (
          <input {...c} type="number" inputMode="numeric" min={1} defaultValue={values.goal} />
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
