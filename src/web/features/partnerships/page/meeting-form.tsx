import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, useNavigation } from "react-router";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import {
  MAX_DURATION_MINUTES,
  MAX_NOTE_LENGTH,
  MEETING_FORMATS,
  MEETING_PLACES,
  MIN_DURATION_MINUTES,
  type MeetingForm as MeetingFormValues,
} from "../../../../domain/partnerships/meeting-input.ts";
import { ErrorSummary, Field, fieldIds, useErrorMessage } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";

export const EMPTY_MEETING: MeetingFormValues = {
  startsAt: "",
  durationMinutes: "60",
  place: "online",
  format: "one_to_one",
  sharedNote: "",
  privateNote: "",
};

/** "one_to_one" would read as a plural form to i18next, so the keys are camel-cased. */
export function formatKey(format: string): string {
  return format === "one_to_one" ? "meetings.format.oneToOne" : "meetings.format.group";
}

export function readMeetingFormData(form: FormData): MeetingFormValues {
  return {
    startsAt: formText(form, "startsAt"),
    durationMinutes: formText(form, "durationMinutes"),
    place: formText(form, "place"),
    format: formText(form, "format"),
    sharedNote: formText(form, "sharedNote"),
    privateNote: formText(form, "privateNote"),
  };
}

/** Adding or changing a meeting: every field keeps what was typed when something is wrong. */
export function MeetingForm({
  values,
  errors,
  timeZone,
  intent,
  submitLabel,
}: {
  values: MeetingFormValues;
  errors: FieldErrors | undefined;
  timeZone: string;
  intent?: string;
  submitLabel: string;
}) {
  const t = useFixedT("partnerships");
  const busy = useNavigation().state === "submitting";
  const labels: Record<string, string> = {
    startsAt: t("meetingForm.startsAt"),
    durationMinutes: t("meetingForm.durationMinutes"),
    place: t("meetingForm.place"),
    format: t("meetingForm.format"),
    sharedNote: t("meetingForm.sharedNote"),
    privateNote: t("meetingForm.privateNote"),
    form: "",
  };
  return (
    <div className="narrow">
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        {intent && <input type="hidden" name="intent" value={intent} />}
        <Field
          name="startsAt"
          label={labels.startsAt!}
          hint={t("meetingForm.startsAtHint", { timeZone })}
          error={errors?.startsAt}
          required
        >
          {(c) => <input {...c} type="datetime-local" defaultValue={values.startsAt} />}
        </Field>
        <Field
          name="durationMinutes"
          label={labels.durationMinutes!}
          hint={t("meetingForm.durationHint", {
            min: MIN_DURATION_MINUTES,
            max: MAX_DURATION_MINUTES,
          })}
          error={errors?.durationMinutes}
          required
        >
          {(c) => (
            <input
              {...c}
              type="number"
              inputMode="numeric"
              min={MIN_DURATION_MINUTES}
              max={MAX_DURATION_MINUTES}
              step={5}
              defaultValue={values.durationMinutes}
            />
          )}
        </Field>
        <Choices
          name="place"
          legend={labels.place!}
          options={MEETING_PLACES.map((v) => [v, t(`meetings.place.${v}`)])}
          value={values.place}
          errors={errors}
        />
        <Choices
          name="format"
          legend={labels.format!}
          options={MEETING_FORMATS.map((v) => [v, t(formatKey(v))])}
          value={values.format}
          errors={errors}
        />
        <Field
          name="sharedNote"
          label={labels.sharedNote!}
          hint={t("meetingForm.sharedNoteHint")}
          error={errors?.sharedNote}
        >
          {(c) => <textarea {...c} maxLength={MAX_NOTE_LENGTH} defaultValue={values.sharedNote} />}
        </Field>
        <Field
          name="privateNote"
          label={labels.privateNote!}
          hint={t("meetingForm.privateNoteHint")}
          error={errors?.privateNote}
        >
          {(c) => <textarea {...c} maxLength={MAX_NOTE_LENGTH} defaultValue={values.privateNote} />}
        </Field>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </Form>
    </div>
  );
}

function Choices({
  name,
  legend,
  options,
  value,
  errors,
}: {
  name: string;
  legend: string;
  options: [string, string][];
  value: string;
  errors: FieldErrors | undefined;
}) {
  const errorMessage = useErrorMessage();
  const ids = fieldIds(name);
  const error = errors?.[name];
  return (
    <fieldset
      className={error ? "field--error" : undefined}
      aria-describedby={error ? ids.errorId : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <span className="error" id={ids.errorId}>
          {errorMessage(error)}
        </span>
      )}
      {options.map(([option, label], index) => (
        <label className="choice" key={option}>
          <input
            type="radio"
            name={name}
            value={option}
            id={index === 0 ? ids.id : undefined}
            defaultChecked={value === option}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
