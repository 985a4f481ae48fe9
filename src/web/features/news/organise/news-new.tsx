import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { redirect } from "react-router";
import { notFound, throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { readNewsFilter } from "../read-news-filter.ts";
import { NewsPostForm, readNewsPostForm } from "./news-post-form.tsx";
import type { Route } from "./+types/news-new";

function publisherOf(request: Request) {
  const publisher = readNewsFilter(new URL(request.url).searchParams);
  if (!publisher) notFound();
  return publisher;
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.findNewsPublisherForPosting(
    actorOf(viewer),
    publisherOf(request),
  );
  if (!result.ok) throwUseCaseError(result.error);
  return { publisher: { name: result.value.name } };
}

export async function action({ request, context }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const values = readNewsPostForm(await request.formData());
  const result = await context.services.useCases.publishNewsPost(actorOf(viewer), {
    ...publisherOf(request),
    values,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  return redirect(`/news/${result.value.slug}?done=published`);
}

/** /news/new?network=<slug> or ?programme=<slug>: an organiser or facilitator writes a post. */
export default function NewsNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("news");
  const heading = t("new.heading", { name: loaderData.publisher.name });
  return (
    <>
      <title>{`${heading} — Shelfmates`}</title>
      <h1>{heading}</h1>
      <p>{t("new.intro")}</p>
      <NewsPostForm
        values={actionData?.values ?? { title: "", body: "" }}
        errors={actionData?.errors}
        submitLabel={t("new.submit")}
      />
    </>
  );
}
