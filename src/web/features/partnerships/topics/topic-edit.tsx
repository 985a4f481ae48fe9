import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { topicTextFor } from "../../../../domain/partnerships/topic-translations.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { formText } from "../../../shared/form-data.ts";
import { renderMarkdown } from "../../../shared/markdown.server.ts";
import { actorOf, requestLocale, requireViewer } from "../../../shared/viewer.server.ts";
import { TopicForm, readTopicForm, topicFormValues } from "./topic-form.tsx";
import { TopicsBreadcrumb } from "./topics-breadcrumb.tsx";
import type { Route } from "./+types/topic-edit";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getTopic(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const { programme, topic } = result.value;
  const shown = topicTextFor(
    topic.texts,
    requestLocale(request, viewer),
    programme.defaultLanguage,
  );
  return {
    programme: { id: programme.id, name: programme.name },
    defaultLanguage: programme.defaultLanguage,
    topic: { id: topic.id, archived: topic.archived, title: shown?.title ?? "" },
    values: topicFormValues(topic.texts),
    previews: topic.texts.map((text) => ({
      locale: text.locale,
      title: text.title,
      html: renderMarkdown(text.promptMarkdown, 4),
    })),
    confirmingArchive:
      !topic.archived && new URL(request.url).searchParams.get("view") === "archive",
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const intent = formText(form, "intent");
  const library = `/facilitate/programmes/${params.programmeId}/topics`;
  if (intent === "archive" || intent === "restore") {
    const result = await context.services.useCases.archiveTopic(actorOf(viewer), {
      ...params,
      archived: intent === "archive",
    });
    if (!result.ok) throwUseCaseError(result.error);
    return redirect(`${library}?done=${intent === "archive" ? "archived" : "restored"}`);
  }
  const values = readTopicForm(form);
  const result = await context.services.useCases.updateTopic(actorOf(viewer), {
    ...params,
    texts: values,
  });
  if (result.ok) return redirect(`${library}?done=saved`);
  if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
  throwUseCaseError(result.error);
}

export default function EditTopic({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("topics");
  const { programme, topic } = loaderData;
  const here = `/facilitate/programmes/${programme.id}/topics/${topic.id}`;
  return (
    <>
      <title>{`${topic.title} — ${t("library.title")} — ${programme.name}`}</title>
      <TopicsBreadcrumb programme={programme} />
      <h1>{t("form.editTitle", { title: topic.title })}</h1>
      {topic.archived && (
        <div className="notice notice--warn">
          <p>{t("archive.archivedNote")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="restore" />
            <button type="submit" className="button button--secondary">
              {t("archive.restore")}
            </button>
          </Form>
        </div>
      )}
      {loaderData.confirmingArchive && (
        <section className="card" aria-labelledby="archive-title" role="alert">
          <h2 id="archive-title">{t("archive.confirmTitle", { title: topic.title })}</h2>
          <p>{t("archive.confirmBody")}</p>
          <Form method="post" className="actions">
            <input type="hidden" name="intent" value="archive" />
            <button type="submit" className="button button--danger">
              {t("archive.confirm")}
            </button>
            <Link to={here}>{t("archive.cancel")}</Link>
          </Form>
        </section>
      )}
      <TopicForm
        defaultLanguage={loaderData.defaultLanguage}
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors}
        submitLabel={t("form.save")}
        cancelTo={`/facilitate/programmes/${programme.id}/topics`}
      />
      <h2>{t("form.preview")}</h2>
      {loaderData.previews.map((preview) => (
        <section key={preview.locale} className="card" lang={preview.locale}>
          <h3>{preview.title}</h3>
          <div className="markdown" dangerouslySetInnerHTML={{ __html: preview.html }} />
        </section>
      ))}
      {!topic.archived && !loaderData.confirmingArchive && (
        <p className="actions">
          <Link className="button button--secondary" to={`${here}?view=archive#archive-title`}>
            {t("archive.button")}
          </Link>
        </p>
      )}
    </>
  );
}
