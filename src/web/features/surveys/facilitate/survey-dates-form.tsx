import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, useNavigation } from "react-router";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import type { SurveyDatesFormValues } from "../../../../domain/surveys/survey-dates.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { ErrorSummary, Field } from "../../../shared/field.tsx";
import { useFocusErrorSummary } from "../use-focus-error-summary.ts";

/**
 * A survey's dates on the facilitator's clock. Once the survey was sent its sending date is
 * shown, not asked.
 */
export function SurveyDatesForm(props: {
  sent: boolean;
  sendAt: Date | string;
  values: SurveyDatesFormValues;
  errors: FieldErrors | undefined;
}) {
  const t = useFixedT("surveys");
  const busy = useNavigation().state === "submitting";
  const { values, errors } = props;
  const form = useFocusErrorSummary<HTMLFormElement>(errors);
  const labels = {
    sendAtLocal: t("dates.sendAt"),
    remindAtLocal: t("dates.remindAt"),
    closesAtLocal: t("dates.closesAt"),
    timeZone: t("dates.zone", { zone: values.timeZone }),
  };
  return (
    <Form method="post" noValidate className="narrow" ref={form}>
      <ErrorSummary errors={errors} labels={labels} />
      <fieldset>
        <legend>{t("dates.legend")}</legend>
        <p className="hint">{labels.timeZone}</p>
        <input type="hidden" name="timeZone" value={values.timeZone} />
        {props.sent ? (
          <div className="field">
            <p>
              <strong>{t("labelled", { label: t("dates.sentAt") })}</strong>{" "}
              <DateTime value={props.sendAt} />
            </p>
            <span className="hint">{t("dates.sendAtLocked")}</span>
          </div>
        ) : (
          <Field
            name="sendAtLocal"
            label={labels.sendAtLocal}
            hint={t("dates.sendAtHint")}
            required
            error={errors?.sendAtLocal}
          >
            {(c) => <input {...c} type="datetime-local" defaultValue={values.sendAtLocal} />}
          </Field>
        )}
        <Field
          name="remindAtLocal"
          label={labels.remindAtLocal}
          hint={t("dates.remindAtHint")}
          error={errors?.remindAtLocal}
        >
          {(c) => <input {...c} type="datetime-local" defaultValue={values.remindAtLocal} />}
        </Field>
        <Field
          name="closesAtLocal"
          label={labels.closesAtLocal}
          hint={t("dates.closesAtHint")}
          required
          error={errors?.closesAtLocal}
        >
          {(c) => <input {...c} type="datetime-local" defaultValue={values.closesAtLocal} />}
        </Field>
        <button type="submit" name="intent" value="dates" className="button" disabled={busy}>
          {t("dates.save")}
        </button>
      </fieldset>
    </Form>
  );
}
