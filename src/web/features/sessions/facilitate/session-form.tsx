import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, useNavigation } from "react-router";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import {
  DESCRIPTION_MAX,
  DURATION_MAX,
  DURATION_MIN,
  PLACE_MAX,
  TITLE_MAX,
  URL_MAX,
  type SessionFormValues,
} from "../../../../domain/sessions/session-input.ts";
import { ErrorSummary, Field } from "../../../shared/field.tsx";

/** Schedule or change a session; works without JavaScript, keeps what was typed on errors. */
export function SessionForm(props: {
  values: SessionFormValues;
  errors: FieldErrors | undefined;
  timeZones: readonly string[];
  submitLabel: string;
}) {
  const t = useFixedT("sessions");
  const busy = useNavigation().state === "submitting";
  const { values, errors } = props;
  const labels: Record<string, string> = {
    title: t("form.title"),
    description: t("form.description"),
    startsAtLocal: t("form.startsAt"),
    timeZone: t("form.timeZone"),
    durationMinutes: t("form.duration"),
    onlineUrl: t("form.onlineUrl"),
    place: t("form.place"),
  };
  return (
    <Form method="post" noValidate className="narrow">
      <ErrorSummary errors={errors} labels={labels} />
      <Field name="title" label={labels.title!} required error={errors?.title}>
        {(c) => <input {...c} type="text" maxLength={TITLE_MAX} defaultValue={values.title} />}
      </Field>
      <Field
        name="description"
        label={labels.description!}
        hint={t("form.descriptionHint")}
        error={errors?.description}
      >
        {(c) => (
          <textarea {...c} rows={5} maxLength={DESCRIPTION_MAX} defaultValue={values.description} />
        )}
      </Field>
      <Field
        name="startsAtLocal"
        label={labels.startsAtLocal!}
        hint={t("form.startsAtHint")}
        required
        error={errors?.startsAtLocal}
      >
        {(c) => <input {...c} type="datetime-local" defaultValue={values.startsAtLocal} />}
      </Field>
      <Field name="timeZone" label={labels.timeZone!} required error={errors?.timeZone}>
        {(c) => (
          <select {...c} defaultValue={values.timeZone}>
            {props.timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="durationMinutes"
        label={labels.durationMinutes!}
        hint={t("form.durationHint", { min: DURATION_MIN, max: DURATION_MAX })}
        required
        error={errors?.durationMinutes}
      >
        {(c) => (
          <input
            {...c}
            type="number"
            inputMode="numeric"
            min={DURATION_MIN}
            max={DURATION_MAX}
            step={5}
            defaultValue={values.durationMinutes}
          />
        )}
      </Field>
      <fieldset>
        <legend>{t("form.where")}</legend>
        <p className="hint">{t("form.whereHint")}</p>
        <Field
          name="onlineUrl"
          label={labels.onlineUrl!}
          hint={t("form.onlineUrlHint")}
          error={errors?.onlineUrl}
        >
          {(c) => (
            <input
              {...c}
              type="url"
              inputMode="url"
              maxLength={URL_MAX}
              placeholder="https://"
              defaultValue={values.onlineUrl}
            />
          )}
        </Field>
        <Field name="place" label={labels.place!} hint={t("form.placeHint")} error={errors?.place}>
          {(c) => <input {...c} type="text" maxLength={PLACE_MAX} defaultValue={values.place} />}
        </Field>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {props.submitLabel}
        </button>
      </div>
    </Form>
  );
}
