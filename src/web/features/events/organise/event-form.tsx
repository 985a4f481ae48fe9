import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Form, useNavigation } from "react-router";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import {
  CAPACITY_MAX,
  COURSE_WEEKS_MAX,
  DESCRIPTION_MAX,
  DURATION_MAX,
  DURATION_MIN,
  PLACE_MAX,
  TITLE_MAX,
  UNIT_TITLE_MAX,
  URL_MAX,
  type EventFormValues,
} from "../../../../domain/events/event-input.ts";
import { OCCURRENCES_MAX, REPEATS } from "../../../../domain/events/event-occurrences.ts";
import { TIME_ZONES } from "../../../../domain/vocabulary/time-zones.ts";
import { INTERESTS } from "../../../../domain/vocabulary/vocabulary.ts";
import { ErrorSummary, Field } from "../../../shared/field.tsx";
import { LongSelect } from "../../applications/apply/long-select.tsx";
import {
  countryOptions,
  languageOptions,
  optionsHtml,
} from "../../applications/apply/option-lists.ts";

/**
 * The form's long lists, named in the reader's language. Country and language names come from
 * the runtime's Unicode data, which Node and the browser do not share ("Venda" and "ve"):
 * built on both sides they made the page's hydration fail, and React then drew the form
 * again, losing whatever had been typed meanwhile. LongSelect writes them once on the server
 * and reads them back from the page, as the application form does.
 */
function useChoices() {
  const { t, i18n } = useTranslation("events");
  const locale = i18n.language;
  return useMemo(
    () => ({
      timeZones: TIME_ZONES.map((zone) => ({ value: zone, label: zone })),
      countries: countryOptions(locale),
      languages: languageOptions(locale),
      topics: INTERESTS.map((id) => ({ id, label: t(`vocabulary:interest.${id}`) })),
    }),
    [locale, t],
  );
}

/** Publish or change an event or a course; works without JavaScript, keeps what was typed. */
export function EventForm(props: {
  values: EventFormValues;
  errors: FieldErrors | undefined;
  submitLabel: string;
}) {
  const t = useFixedT("events");
  const busy = useNavigation().state === "submitting";
  const { values, errors } = props;
  const choices = useChoices();
  const weeks = Math.min(COURSE_WEEKS_MAX, Math.max(4, Number(values.courseWeeks) || 0));
  const labels: Record<string, string> = {
    kind: t("form.kind"),
    title: t("form.title"),
    description: t("form.description"),
    startsAtLocal: t("form.startsAt"),
    timeZone: t("form.timeZone"),
    durationMinutes: t("form.duration"),
    repeat: t("form.repeat"),
    occurrences: t("form.occurrences"),
    courseWeeks: t("form.courseWeeks"),
    onlineUrl: t("form.onlineUrl"),
    venue: t("form.venue"),
    city: t("form.city"),
    country: t("form.country"),
    capacity: t("form.capacity"),
    topics: t("form.topics"),
    language: t("form.language"),
    ...Object.fromEntries(
      Array.from({ length: weeks }, (_, i) => [`unitTitles.${i}`, t("form.unit", { week: i + 1 })]),
    ),
  };
  return (
    <Form method="post" noValidate className="narrow">
      <ErrorSummary errors={errors} labels={labels} />
      <fieldset>
        <legend>{labels.kind}</legend>
        {(["event", "course"] as const).map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name="kind"
              value={kind}
              id={kind === "event" ? "field-kind" : undefined}
              defaultChecked={values.kind === kind}
            />{" "}
            {t(`form.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
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
          <textarea {...c} rows={6} maxLength={DESCRIPTION_MAX} defaultValue={values.description} />
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
          <LongSelect
            {...c}
            id={c.id}
            optionsHtml={() =>
              optionsHtml(choices.timeZones, values.timeZone, t("form.chooseTimeZone"))
            }
          />
        )}
      </Field>
      <fieldset>
        <legend>{t("form.eventOnly")}</legend>
        <Field
          name="durationMinutes"
          label={labels.durationMinutes!}
          hint={t("form.durationHint", { min: DURATION_MIN, max: DURATION_MAX })}
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
        <Field name="repeat" label={labels.repeat!} error={errors?.repeat}>
          {(c) => (
            <select {...c} defaultValue={values.repeat}>
              {REPEATS.map((repeat) => (
                <option key={repeat} value={repeat}>
                  {t(`form.repeats.${repeat}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="occurrences"
          label={labels.occurrences!}
          hint={t("form.occurrencesHint", { max: OCCURRENCES_MAX })}
          error={errors?.occurrences}
        >
          {(c) => (
            <input
              {...c}
              type="number"
              inputMode="numeric"
              min={1}
              max={OCCURRENCES_MAX}
              defaultValue={values.occurrences}
            />
          )}
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t("form.courseOnly")}</legend>
        <Field
          name="courseWeeks"
          label={labels.courseWeeks!}
          hint={t("form.courseWeeksHint", { max: COURSE_WEEKS_MAX })}
          error={errors?.courseWeeks}
        >
          {(c) => (
            <input
              {...c}
              type="number"
              inputMode="numeric"
              min={1}
              max={COURSE_WEEKS_MAX}
              defaultValue={values.courseWeeks}
            />
          )}
        </Field>
        {Array.from({ length: weeks }, (_, i) => (
          <Field
            key={i}
            name={`unitTitles.${i}`}
            label={labels[`unitTitles.${i}`]!}
            error={errors?.[`unitTitles.${i}`]}
          >
            {(c) => (
              <input
                {...c}
                name="unitTitles"
                type="text"
                maxLength={UNIT_TITLE_MAX}
                defaultValue={values.unitTitles[i] ?? ""}
              />
            )}
          </Field>
        ))}
      </fieldset>
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
        <Field name="venue" label={labels.venue!} error={errors?.venue}>
          {(c) => <input {...c} type="text" maxLength={PLACE_MAX} defaultValue={values.venue} />}
        </Field>
        <Field name="city" label={labels.city!} error={errors?.city}>
          {(c) => <input {...c} type="text" maxLength={PLACE_MAX} defaultValue={values.city} />}
        </Field>
        <Field name="country" label={labels.country!} error={errors?.country}>
          {(c) => (
            <LongSelect
              {...c}
              id={c.id}
              optionsHtml={() =>
                optionsHtml(choices.countries, values.country, t("form.noCountry"))
              }
            />
          )}
        </Field>
      </fieldset>
      <Field
        name="capacity"
        label={labels.capacity!}
        hint={t("form.capacityHint")}
        error={errors?.capacity}
      >
        {(c) => (
          <input
            {...c}
            type="number"
            inputMode="numeric"
            min={1}
            max={CAPACITY_MAX}
            defaultValue={values.capacity}
          />
        )}
      </Field>
      <Field name="language" label={labels.language!} required error={errors?.language}>
        {(c) => (
          <LongSelect
            {...c}
            id={c.id}
            optionsHtml={() =>
              optionsHtml(choices.languages, values.language, t("form.chooseLanguage"))
            }
          />
        )}
      </Field>
      <fieldset aria-describedby="topics-hint">
        <legend>{labels.topics}</legend>
        <p className="hint" id="topics-hint">
          {t("form.topicsHint")}
        </p>
        {errors?.topics && (
          <p className="error" id="field-topics" tabIndex={-1}>
            {t(errors.topics.key, errors.topics.values ?? {})}
          </p>
        )}
        <div className="choices">
          {choices.topics.map((topic) => (
            <label key={topic.id} className="choice">
              <input
                type="checkbox"
                name="topics"
                value={topic.id}
                defaultChecked={values.topics.includes(topic.id)}
              />{" "}
              {topic.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {props.submitLabel}
        </button>
      </div>
    </Form>
  );
}
