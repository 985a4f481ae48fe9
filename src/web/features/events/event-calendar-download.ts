import { notFound } from "../../shared/http-errors.ts";
import { actorOf, findViewer } from "../../shared/viewer.server.ts";
import { calendarResponse } from "./calendar-response.ts";
import type { Route } from "./+types/event-calendar-download";

/** "Add to calendar": the event's .ics (the online link only for a registered member). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await findViewer(request, context);
  const result = await context.services.useCases.getEventCalendar(actorOf(viewer), params);
  if (!result.ok) notFound();
  return calendarResponse(result.value.ics, {
    filename: result.value.filename,
    disposition: "attachment",
    private: true,
  });
}
