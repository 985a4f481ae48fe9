import { notFound } from "../../shared/http-errors.ts";
import type { Route } from "./+types/calendar-feed";

/**
 * The round's calendar feed, fetched by calendar apps without an account: the signed token
 * in the address is the key; a changed token is "not found".
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  if (!params.file.endsWith(".ics")) notFound();
  const result = await context.services.useCases.getRoundCalendar({
    token: params.file.slice(0, -".ics".length),
  });
  if (!result.ok) notFound();
  return new Response(result.value.ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="sessions.ics"',
      // Apps poll; a minute's cache spares the database without hiding a change for long.
      "Cache-Control": "private, max-age=60",
      "X-Robots-Tag": "noindex",
    },
  });
}
