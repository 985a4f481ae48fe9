import { notFound } from "../../shared/http-errors.ts";
import { calendarResponse } from "./calendar-response.ts";
import type { Route } from "./+types/personal-calendar-feed";

/** A member's registrations, fetched by calendar apps: the secret address is the key. */
export async function loader({ context, params }: Route.LoaderArgs) {
  if (!params.file.endsWith(".ics")) notFound();
  const result = await context.services.useCases.getPersonalCalendar({
    token: params.file.slice(0, -".ics".length),
  });
  if (!result.ok) notFound();
  return calendarResponse(result.value.ics, {
    filename: "my-events.ics",
    disposition: "inline",
    private: true,
  });
}
