import { throwUseCaseError } from "../../shared/http-errors.ts";
import { readerTimeZone } from "../../shared/time-zone.server.ts";
import { actorOf, requestLocale, requireViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/report-json";

/** The whole report's data as JSON (every free-text answer; anonymous like the page). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getRoundReport(actorOf(viewer), {
    roundId: params.roundId,
    timeZone: readerTimeZone(request),
    locale: requestLocale(request, viewer),
    textAnswers: "all",
  });
  if (!result.ok) throwUseCaseError(result.error);
  const round = result.value.round.slug.replace(/[^A-Za-z0-9._-]/g, "-");
  return new Response(JSON.stringify(result.value, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${round}-report.json"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
