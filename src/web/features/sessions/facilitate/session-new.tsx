import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { redirect } from "react-router";
import { TIME_ZONES } from "../../../../domain/vocabulary/time-zones.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { readerTimeZone } from "../../../shared/time-zone.server.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { parseSessionForm } from "../parse-session-form.ts";
import { SessionForm } from "./session-form.tsx";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import type { Route } from "./+types/session-new";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getFacilitatedRound(
    actorOf(viewer),
    params.roundId,
  );
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme } = result.value;
  return {
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    timeZones: TIME_ZONES,
    // Typed on the facilitator's own clock (the browser's zone), which they may change.
    values: {
      title: "",
      description: "",
      startsAtLocal: "",
      timeZone: readerTimeZone(request),
      durationMinutes: "60",
      onlineUrl: "",
      place: "",
    },
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const values = parseSessionForm(await request.formData());
  const result = await context.services.useCases.scheduleGroupSession(actorOf(viewer), {
    roundId: params.roundId,
    values,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  return redirect(`/facilitate/rounds/${params.roundId}/sessions?done=scheduled`);
}

export default function SessionNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("sessions");
  const { round } = loaderData;
  return (
    <>
      <title>{`${t("new.title")} — ${round.name}`}</title>
      <RoundBreadcrumb
        programme={loaderData.programme}
        round={round}
        section={{ path: "sessions", label: t("sessions:list.title") }}
      />
      <h1>{t("new.title")}</h1>
      <p>{t("new.intro")}</p>
      <SessionForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors}
        timeZones={loaderData.timeZones}
        submitLabel={t("new.submit")}
      />
    </>
  );
}
