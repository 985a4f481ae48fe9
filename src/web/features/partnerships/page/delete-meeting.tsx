import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import { notFound, throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { ZonedTime } from "./zoned-time.tsx";
import type { Route } from "./+types/delete-meeting";

/** The second step of deleting a meeting, so a stray click cannot delete one. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.findMeeting(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  if (!result.value.editable) notFound();
  return { startsAt: result.value.meeting.startsAt, timeZone: result.value.timeZone };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.deleteMeeting(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  return redirect(`/partnerships/${params.partnershipId}?done=deleted#meetings`);
}

export default function DeleteMeeting({ loaderData, params }: Route.ComponentProps) {
  const t = useFixedT("partnerships");
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <title>{t("deleteMeeting.title")}</title>
      <h1>{t("deleteMeeting.title")}</h1>
      <p>
        {t("deleteMeeting.when")}{" "}
        <strong>
          <ZonedTime value={loaderData.startsAt} timeZone={loaderData.timeZone} />
        </strong>
      </p>
      <p>{t("deleteMeeting.body")}</p>
      <Form method="post" className="actions">
        <button type="submit" className="button button--danger" disabled={busy}>
          {t("deleteMeeting.confirm")}
        </button>
        <Link
          className="button button--secondary"
          to={`/partnerships/${params.partnershipId}#meetings`}
        >
          {t("deleteMeeting.cancel")}
        </Link>
      </Form>
    </>
  );
}
