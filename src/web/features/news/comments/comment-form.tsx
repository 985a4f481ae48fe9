import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, useNavigation } from "react-router";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import { COMMENT_MAX } from "../../../../domain/news/news-comment-input.ts";
import type { CommentPermission } from "../../../../use-cases/news/get-news-post.ts";
import { ErrorSummary, Field } from "../../../shared/field.tsx";

/** The comment box, or what a visitor must do first (sign in, verify their address). */
export function CommentForm(props: {
  permission: CommentPermission;
  returnTo: string;
  value: string;
  errors: FieldErrors | undefined;
}) {
  const t = useFixedT("news");
  const busy = useNavigation().state === "submitting";
  if (props.permission === "sign-in")
    return (
      <p>
        <Link to={`/sign-in?next=${encodeURIComponent(props.returnTo)}`}>
          {t("comments.signIn")}
        </Link>
      </p>
    );
  if (props.permission === "verify") return <p className="notice">{t("comments.verify")}</p>;
  const labels = { body: t("comments.label") };
  return (
    <Form method="post" noValidate className="narrow">
      <ErrorSummary errors={props.errors} labels={labels} />
      <Field
        name="body"
        label={labels.body}
        hint={t("comments.hint", { max: COMMENT_MAX })}
        required
        error={props.errors?.body}
      >
        {(c) => <textarea {...c} rows={4} maxLength={COMMENT_MAX} defaultValue={props.value} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {t("comments.submit")}
        </button>
      </div>
    </Form>
  );
}
