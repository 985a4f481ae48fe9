import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, useNavigation } from "react-router";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import {
  NEWS_BODY_MAX,
  NEWS_TITLE_MAX,
  type NewsPostValues,
} from "../../../../domain/news/news-post-input.ts";
import { ErrorSummary, Field } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";

export function readNewsPostForm(form: FormData): NewsPostValues {
  return { title: formText(form, "title"), body: formText(form, "body") };
}

/** Write or change a post; works without JavaScript and keeps what was typed on errors. */
export function NewsPostForm(props: {
  values: NewsPostValues;
  errors: FieldErrors | undefined;
  submitLabel: string;
}) {
  const t = useFixedT("news");
  const busy = useNavigation().state === "submitting";
  const { values, errors } = props;
  const labels = { title: t("form.title"), body: t("form.body") };
  return (
    <Form method="post" noValidate className="narrow">
      <ErrorSummary errors={errors} labels={labels} />
      <Field name="title" label={labels.title} required error={errors?.title}>
        {(c) => <input {...c} type="text" maxLength={NEWS_TITLE_MAX} defaultValue={values.title} />}
      </Field>
      <Field
        name="body"
        label={labels.body}
        hint={t("form.bodyHint")}
        required
        error={errors?.body}
      >
        {(c) => <textarea {...c} rows={14} maxLength={NEWS_BODY_MAX} defaultValue={values.body} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {props.submitLabel}
        </button>
      </div>
    </Form>
  );
}
