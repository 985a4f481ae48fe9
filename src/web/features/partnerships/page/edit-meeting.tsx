import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link, redirect } from "react-router";
import { instantToLocalDateTime } from "../../../../domain/vocabulary/time-zones.ts";
import { notFound, throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { MeetingForm, readMeetingFormData } from "./meeting-form.tsx";
import type { Route } from "./+types/edit-meeting";

/** Changing a meeting the reader logged (a partner's meeting is not found here). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.findMeeting(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const { meeting, timeZone, editable } = result.value;
  if (!editable) notFound();
  return {
    timeZone,
    values: {
      startsAt: instantToLocalDateTime(meeting.startsAt, timeZone),
      durationMinutes: String(meeting.durationMinutes),
      place: meeting.place,
      format: meeting.format,
      sharedNote: meeting.sharedNote,
      privateNote: meeting.privateNote ?? "",
    },
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const values = readMeetingFormData(await request.formData());
  const result = await context.services.useCases.changeMeeting(actorOf(viewer), {
    partnershipId: params.partnershipId,
    meetingId: params.meetingId,
    form: values,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  return redirect(`/partnerships/${params.partnershipId}?done=changed#meetings`);
}

export default function EditMeeting({ loaderData, actionData, params }: Route.ComponentProps) {
  const t = useFixedT("partnerships");
  return (
    <>
      <title>{t("editMeeting.title")}</title>
      <p>
        <Link to={`/partnerships/${params.partnershipId}#meetings`}>{t("editMeeting.back")}</Link>
      </p>
      <h1>{t("editMeeting.title")}</h1>
      <MeetingForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors}
        timeZone={loaderData.timeZone}
        submitLabel={t("editMeeting.submit")}
      />
    </>
  );
}
