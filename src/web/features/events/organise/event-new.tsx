import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link, redirect } from "react-router";
import type { EventFormValues } from "../../../../domain/events/event-input.ts";
import { notFound, throwUseCaseError } from "../../../shared/http-errors.ts";
import { readerTimeZone } from "../../../shared/time-zone.server.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { publisherPath } from "../publisher-path.ts";
import { EventForm } from "./event-form.tsx";
import { parseEventForm } from "./parse-event-form.ts";
import type { Route } from "./+types/event-new";

/** ?network=<slug> or ?programme=<slug>: whom the event is published for. */
function publisherRef(request: Request) {
  const params = new URL(request.url).searchParams;
  const network = params.get("network");
  const programme = params.get("programme");
  if (network) return { network };
  if (programme) return { programme };
  notFound();
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getEventPublisher(
    actorOf(viewer),
    publisherRef(request),
  );
  if (!result.ok) throwUseCaseError(result.error);
  const values: EventFormValues = {
    kind: "event",
    title: "",
    description: "",
    onlineUrl: "",
    venue: "",
    city: "",
    country: "",
    // Typed on the organiser's own clock (the browser's zone), which they may change.
    timeZone: readerTimeZone(request),
    startsAtLocal: "",
    durationMinutes: "60",
    capacity: "",
    repeat: "none",
    occurrences: "1",
    courseWeeks: "4",
    unitTitles: [],
    topics: [],
    language: viewer.locale ?? "en",
  };
  return { publisher: result.value, values };
}

export async function action({ request, context }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const values = parseEventForm(await request.formData());
  const result = await context.services.useCases.publishEvent(actorOf(viewer), {
    publisher: publisherRef(request),
    values,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  return redirect(`/events/${result.value.slug}?done=published`);
}

export default function EventNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("events");
  const { publisher } = loaderData;
  return (
    <>
      <title>{`${t("new.title")} — ${publisher.name}`}</title>
      <p className="breadcrumb">
        <Link to={publisherPath(publisher)}>{publisher.name}</Link>
      </p>
      <h1>{t("new.title")}</h1>
      <p>{t("new.intro", { publisher: publisher.name })}</p>
      <EventForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors}
        submitLabel={t("new.submit")}
      />
    </>
  );
}
