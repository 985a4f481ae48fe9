import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/event-cancel";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getEventForOrganiser(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const { event } = result.value;
  return {
    event: {
      slug: event.slug,
      title: event.title,
      startsAt: event.startsAt,
      cancelled: event.status === "cancelled",
    },
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.cancelEvent(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  return redirect(`/events/${params.slug}?done=cancelled-event`);
}

/** The confirmation step before an event is cancelled for everyone registered. */
export default function EventCancel({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("events");
  const { event } = loaderData;
  return (
    <>
      <title>{t("cancel.title", { title: event.title })}</title>
      <h1>{t("cancel.title", { title: event.title })}</h1>
      {event.cancelled ? (
        <p className="notice">{t("cancel.already")}</p>
      ) : (
        <>
          <p>
            <DateTime value={event.startsAt} />
          </p>
          <p className="notice notice--warn">{t("cancel.warning")}</p>
          <Form method="post" className="actions">
            <button type="submit" className="button button--danger">
              {t("cancel.confirm")}
            </button>
            <Link className="button button--secondary" to={`/events/${event.slug}`}>
              {t("cancel.keep")}
            </Link>
          </Form>
        </>
      )}
    </>
  );
}
