import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/news-delete";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getNewsPostForEditing(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const { slug, title, commentCount } = result.value;
  return { slug, title, commentCount };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.deleteNewsPost(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const { kind, slug } = result.value.publisher;
  return redirect(`/news?${kind}=${encodeURIComponent(slug)}&done=deleted`);
}

/** The confirmation step before a post and its comments are deleted. */
export default function NewsDelete({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("news");
  const heading = t("delete.title", { title: loaderData.title });
  return (
    <>
      <title>{`${heading} — Shelfmates`}</title>
      <h1>{heading}</h1>
      <p className="notice notice--warn">
        {t("delete.warning", { count: loaderData.commentCount })}
      </p>
      <Form method="post" className="actions">
        <button type="submit" className="button button--danger">
          {t("delete.confirm")}
        </button>
        <Link className="button button--secondary" to={`/news/${loaderData.slug}`}>
          {t("delete.keep")}
        </Link>
      </Form>
    </>
  );
}
