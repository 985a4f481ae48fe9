import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link, redirect } from "react-router";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { EventForm } from "./event-form.tsx";
import { parseEventForm } from "./parse-event-form.ts";
import type { Route } from "./+types/event-edit";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getEventForOrganiser(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const { event, values } = result.value;
  return {
    event: { slug: event.slug, title: event.title, cancelled: event.status === "cancelled" },
    values,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const values = parseEventForm(await request.formData());
  const result = await context.services.useCases.editEvent(actorOf(viewer), {
    slug: params.slug,
    values,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  return redirect(`/events/${params.slug}?done=edited`);
}

/** An organiser changes an event; calendar apps see the change (a higher SEQUENCE). */
export default function EventEdit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("events");
  const { event } = loaderData;
  return (
    <>
      <title>{`${t("edit.title")} — ${event.title}`}</title>
      <p className="breadcrumb">
        <Link to={`/events/${event.slug}`}>{event.title}</Link>
      </p>
      <h1>{t("edit.title")}</h1>
      {event.cancelled ? (
        <p className="notice">{t("edit.cancelled")}</p>
      ) : (
        <>
          <p>{t("edit.intro")}</p>
          <EventForm
            values={actionData?.values ?? loaderData.values}
            errors={actionData?.errors}
            submitLabel={t("edit.submit")}
          />
        </>
      )}
    </>
  );
}
