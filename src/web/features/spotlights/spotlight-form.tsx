import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link, useNavigation } from "react-router";
import type { FieldErrors } from "../../../domain/field-errors.ts";
import {
  SPOTLIGHT_ALT_MAX,
  SPOTLIGHT_BODY_MAX,
  SPOTLIGHT_TITLE_MAX,
  SUBJECT_NAME_MAX,
  type SpotlightFormValues,
} from "../../../domain/spotlights/spotlight-input.ts";
import { ErrorSummary, Field } from "../../shared/field.tsx";
import { formText } from "../../shared/form-data.ts";

export function readSpotlightForm(form: FormData): SpotlightFormValues {
  return {
    title: formText(form, "title"),
    body: formText(form, "body"),
    linkUrl: formText(form, "linkUrl"),
    imageUrl: formText(form, "imageUrl"),
    imageAlt: formText(form, "imageAlt"),
    subjectUserId: formText(form, "subjectUserId"),
    subjectName: formText(form, "subjectName"),
    subjectEmail: formText(form, "subjectEmail"),
  };
}

/**
 * Write a spotlight; works without JavaScript and keeps what was typed on errors. The
 * colleague is the member whose profile it was started from, or a name and an address.
 */
export function SpotlightForm(props: {
  values: SpotlightFormValues;
  errors: FieldErrors | undefined;
  /** The colleague named by account (from their profile), if any. */
  member: { userId: string; name: string } | null;
}) {
  const t = useFixedT("spotlights");
  const busy = useNavigation().state === "submitting";
  const { values, errors, member } = props;
  const labels = {
    subjectUserId: t("form.colleague"),
    subjectName: t("form.subjectName"),
    subjectEmail: t("form.subjectEmail"),
    title: t("form.title"),
    body: t("form.body"),
    linkUrl: t("form.linkUrl"),
    imageUrl: t("form.imageUrl"),
    imageAlt: t("form.imageAlt"),
  };
  return (
    <Form method="post" noValidate className="narrow">
      <ErrorSummary errors={errors} labels={labels} />
      <fieldset>
        <legend>{t("form.colleague")}</legend>
        {member ? (
          <>
            <input type="hidden" name="subjectUserId" value={member.userId} />
            <p>
              {t("form.aboutMember", { name: member.name })}{" "}
              <Link to="/spotlights/new">{t("form.someoneElse")}</Link>
            </p>
          </>
        ) : (
          <>
            <p className="hint">{t("form.colleagueHint")}</p>
            <Field
              name="subjectName"
              label={labels.subjectName}
              required
              error={errors?.subjectName}
            >
              {(c) => (
                <input
                  {...c}
                  type="text"
                  autoComplete="off"
                  maxLength={SUBJECT_NAME_MAX}
                  defaultValue={values.subjectName}
                />
              )}
            </Field>
            <Field
              name="subjectEmail"
              label={labels.subjectEmail}
              hint={t("form.subjectEmailHint")}
              required
              error={errors?.subjectEmail}
            >
              {(c) => (
                <input
                  {...c}
                  type="email"
                  autoComplete="off"
                  maxLength={254}
                  defaultValue={values.subjectEmail}
                />
              )}
            </Field>
          </>
        )}
        {errors?.subjectUserId && (
          <p className="error" id="field-subjectUserId">
            {t("errors.subjectUnknown")}
          </p>
        )}
      </fieldset>
      <Field name="title" label={labels.title} required error={errors?.title}>
        {(c) => (
          <input {...c} type="text" maxLength={SPOTLIGHT_TITLE_MAX} defaultValue={values.title} />
        )}
      </Field>
      <Field
        name="body"
        label={labels.body}
        hint={t("form.bodyHint")}
        required
        error={errors?.body}
      >
        {(c) => (
          <textarea {...c} rows={10} maxLength={SPOTLIGHT_BODY_MAX} defaultValue={values.body} />
        )}
      </Field>
      <Field
        name="linkUrl"
        label={labels.linkUrl}
        hint={t("form.linkHint")}
        error={errors?.linkUrl}
      >
        {(c) => <input {...c} type="url" maxLength={500} defaultValue={values.linkUrl} />}
      </Field>
      <Field
        name="imageUrl"
        label={labels.imageUrl}
        hint={t("form.imageHint")}
        error={errors?.imageUrl}
      >
        {(c) => <input {...c} type="url" maxLength={500} defaultValue={values.imageUrl} />}
      </Field>
      <Field
        name="imageAlt"
        label={labels.imageAlt}
        hint={t("form.imageAltHint")}
        error={errors?.imageAlt}
      >
        {(c) => (
          <input {...c} type="text" maxLength={SPOTLIGHT_ALT_MAX} defaultValue={values.imageAlt} />
        )}
      </Field>
      <p className="hint">{t("form.consentNote")}</p>
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {t("form.submit")}
        </button>
      </div>
    </Form>
  );
}
