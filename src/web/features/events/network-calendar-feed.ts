import { notFound } from "../../shared/http-errors.ts";
import { calendarResponse } from "./calendar-response.ts";
import type { Route } from "./+types/network-calendar-feed";

/** A network's events as a public .ics feed. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const result = await context.services.useCases.getPublisherCalendar({
    kind: "network",
    slug: params.slug,
  });
  if (!result.ok) notFound();
  return calendarResponse(result.value.ics, {
    filename: `${params.slug}-events.ics`,
    disposition: "inline",
    private: false,
  });
}
