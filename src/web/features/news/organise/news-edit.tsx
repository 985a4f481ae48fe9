import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link, redirect } from "react-router";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { NewsPostForm, readNewsPostForm } from "./news-post-form.tsx";
import type { Route } from "./+types/news-edit";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getNewsPostForEditing(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const post = result.value;
  return { slug: post.slug, values: { title: post.title, body: post.body } };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const values = readNewsPostForm(await request.formData());
  const result = await context.services.useCases.editNewsPost(actorOf(viewer), {
    slug: params.slug,
    values,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  return redirect(
    `/news/${result.value.slug}?done=${result.value.changed ? "saved" : "unchanged"}`,
  );
}

export default function NewsEdit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("news");
  const heading = t("edit.title", { title: loaderData.values.title });
  return (
    <>
      <title>{`${heading} — Shelfmates`}</title>
      <p>
        <Link to={`/news/${loaderData.slug}`}>{loaderData.values.title}</Link>
      </p>
      <h1>{heading}</h1>
      <NewsPostForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors}
        submitLabel={t("edit.submit")}
      />
    </>
  );
}
