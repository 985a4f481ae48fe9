import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { redirect } from "react-router";
import { TIME_ZONES, instantToLocalDateTime } from "../../../../domain/vocabulary/time-zones.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { readerTimeZone } from "../../../shared/time-zone.server.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { parseSessionForm } from "../parse-session-form.ts";
import { SessionForm } from "./session-form.tsx";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import type { Route } from "./+types/session-edit";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getGroupSessionForFacilitator(
    actorOf(viewer),
    params,
  );
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, session } = result.value;
  const timeZone = readerTimeZone(request);
  return {
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    cancelled: session.status === "cancelled",
    timeZones: TIME_ZONES,
    values: {
      title: session.title,
      description: session.description,
      startsAtLocal: instantToLocalDateTime(session.startsAt, timeZone),
      timeZone,
      durationMinutes: String(session.durationMinutes),
      onlineUrl: session.onlineUrl,
      place: session.place,
    },
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const values = parseSessionForm(await request.formData());
  const result = await context.services.useCases.editGroupSession(actorOf(viewer), {
    ...params,
    values,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    if (result.error.code === "conflict")
      return { values, errors: { form: { key: "sessions:edit.cancelled" } } };
    throwUseCaseError(result.error);
  }
  const done = result.value.changed.length > 0 ? "saved" : "unchanged";
  return redirect(`/facilitate/rounds/${params.roundId}/sessions?done=${done}`);
}

export default function SessionEdit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("sessions");
  const { round } = loaderData;
  return (
    <>
      <title>{`${t("edit.title")} — ${round.name}`}</title>
      <RoundBreadcrumb
        programme={loaderData.programme}
        round={round}
        section={{ path: "sessions", label: t("sessions:list.title") }}
      />
      <h1>{t("edit.title")}</h1>
      {loaderData.cancelled ? (
        <p className="notice notice--warn">{t("edit.cancelled")}</p>
      ) : (
        <>
          <p>{t("edit.intro")}</p>
          <SessionForm
            values={actionData?.values ?? loaderData.values}
            errors={actionData?.errors}
            timeZones={loaderData.timeZones}
            submitLabel={t("edit.submit")}
          />
        </>
      )}
    </>
  );
}
