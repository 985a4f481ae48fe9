import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { redirect } from "react-router";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { TopicForm, readTopicForm } from "./topic-form.tsx";
import { TopicsBreadcrumb } from "./topics-breadcrumb.tsx";
import type { Route } from "./+types/topic-new";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  // The library's first page says whether this programme is the viewer's to add to.
  const result = await context.services.useCases.listTopics(actorOf(viewer), {
    programmeId: params.programmeId,
    archived: false,
    page: { offset: 0, limit: 0 },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { programme } = result.value;
  return {
    programme: { id: programme.id, name: programme.name },
    defaultLanguage: programme.defaultLanguage,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const values = readTopicForm(await request.formData());
  const result = await context.services.useCases.createTopic(actorOf(viewer), {
    programmeId: params.programmeId,
    texts: values,
  });
  if (result.ok)
    return redirect(`/facilitate/programmes/${params.programmeId}/topics?done=created`);
  if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
  throwUseCaseError(result.error);
}

export default function NewTopic({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("topics");
  const { programme } = loaderData;
  return (
    <>
      <title>{`${t("form.newTitle")} — ${programme.name}`}</title>
      <TopicsBreadcrumb programme={programme} />
      <h1>{t("form.newTitle")}</h1>
      <TopicForm
        defaultLanguage={loaderData.defaultLanguage}
        values={actionData?.values ?? {}}
        errors={actionData?.errors}
        submitLabel={t("form.create")}
        cancelTo={`/facilitate/programmes/${programme.id}/topics`}
      />
    </>
  );
}
