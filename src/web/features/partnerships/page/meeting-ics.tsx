import { meetingCalendar } from "../../../../domain/partnerships/meeting-calendar.ts";
import { createI18n } from "../../../../i18n/create-i18n.ts";
import { formatList } from "../../../../i18n/format-weekly-hours.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requestLocale, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/meeting-ics";

/** A meeting as an iCalendar file for the reader's own calendar (same access as the page). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.findMeeting(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const { meeting, partnerNames, roundName } = result.value;
  const locale = requestLocale(request, viewer);
  const { t } = createI18n(locale);
  const baseUrl = context.services.baseUrl;
  const pageUrl = `${baseUrl}/partnerships/${params.partnershipId}`;
  const ics = meetingCalendar({
    meetingId: meeting.id,
    host: new URL(baseUrl).host,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    sequence: meeting.sequence,
    changedAt: meeting.updatedAt,
    summary: t("partnerships:ics.summary", { names: formatList(partnerNames, locale) }),
    description: [
      meeting.sharedNote,
      t("partnerships:ics.description", { round: roundName, url: pageUrl }),
    ]
      .filter(Boolean)
      .join("\n\n"),
    location: t(`partnerships:meetings.place.${meeting.place}`),
    url: pageUrl,
  });
  const day = meeting.startsAt.toISOString().slice(0, 10);
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="meeting-${day}.ics"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
