import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/comment-hide";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getNewsComment(actorOf(viewer), {
    commentId: params.commentId,
    forModeration: true,
  });
  if (!result.ok) throwUseCaseError(result.error);
  const from = new URL(request.url).searchParams.get("from");
  return { ...result.value, fromModeration: from === "moderation" };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const result = await context.services.useCases.hideNewsComment(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  if (formText(form, "from") === "moderation") return redirect("/news/moderation?done=hidden");
  return redirect(`/news/${result.value.postSlug}?done=hidden#comments`);
}

/** The confirmation step before a moderator hides a comment for everyone. */
export default function CommentHide({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("news");
  const { comment, post } = loaderData;
  const back = loaderData.fromModeration ? "/news/moderation" : `/news/${post.slug}#comments`;
  return (
    <>
      <title>{`${t("hide.title")} — ${post.title}`}</title>
      <h1>{t("hide.title")}</h1>
      <p>
        <Link to={`/news/${post.slug}`}>{post.title}</Link>
      </p>
      <blockquote className="card">
        <p className="muted">
          <strong>{comment.authorName ?? t("byUnknown")}</strong> ·{" "}
          <DateTime value={comment.createdAt} />
        </p>
        <p style={{ whiteSpace: "pre-line" }}>{comment.body}</p>
      </blockquote>
      <p className="notice notice--warn">{t("hide.warning")}</p>
      <Form method="post" className="actions">
        {loaderData.fromModeration && <input type="hidden" name="from" value="moderation" />}
        <button type="submit" className="button button--danger">
          {t("hide.confirm")}
        </button>
        <Link className="button button--secondary" to={back}>
          {t("hide.keep")}
        </Link>
      </Form>
    </>
  );
}
