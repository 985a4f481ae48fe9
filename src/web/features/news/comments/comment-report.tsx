import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import { REPORT_REASON_MAX } from "../../../../domain/news/news-comment-input.ts";
import { ErrorSummary, Field } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/comment-report";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getNewsComment(actorOf(viewer), {
    commentId: params.commentId,
    forModeration: false,
  });
  if (!result.ok) throwUseCaseError(result.error);
  return result.value;
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const reason = formText(await request.formData(), "reason");
  const result = await context.services.useCases.reportNewsComment(actorOf(viewer), {
    commentId: params.commentId,
    reason,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { reason, errors: result.error.fieldErrors };
    if (result.error.code === "conflict")
      return { reason, errors: { reason: { key: "news:errors.unverified" } } };
    throwUseCaseError(result.error);
  }
  const done = result.value.alreadyReported ? "alreadyReported" : "reported";
  return redirect(`/news/${result.value.postSlug}?done=${done}#comments`);
}

/** A member tells the organisers about a comment, with an optional reason. */
export default function CommentReport({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("news");
  const busy = useNavigation().state === "submitting";
  const { comment, post } = loaderData;
  const labels = { reason: t("report.reason") };
  return (
    <>
      <title>{`${t("report.title")} — ${post.title}`}</title>
      <h1>{t("report.title")}</h1>
      <p>
        {t("report.intro", {
          publisher: t(`publisher.${post.publisher.kind}`, { name: post.publisher.name }),
        })}
      </p>
      <blockquote className="card" style={{ whiteSpace: "pre-line" }}>
        {comment.body}
      </blockquote>
      <Form method="post" noValidate className="narrow">
        <ErrorSummary errors={actionData?.errors} labels={labels} />
        <Field
          name="reason"
          label={labels.reason}
          hint={t("report.reasonHint", { max: REPORT_REASON_MAX })}
          error={actionData?.errors?.reason}
        >
          {(c) => (
            <textarea
              {...c}
              rows={3}
              maxLength={REPORT_REASON_MAX}
              defaultValue={actionData?.reason ?? ""}
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t("report.submit")}
          </button>
          <Link className="button button--secondary" to={`/news/${post.slug}#comments`}>
            {t("report.back")}
          </Link>
        </div>
      </Form>
    </>
  );
}
