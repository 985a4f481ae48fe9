import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { streamText } from "../../../shared/text-stream.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { applicantFiltersFromUrl } from "./applicant-filters.ts";
import type { Route } from "./+types/export-csv";

/** The round's applicants (with the list's filters) as a CSV download that imports again unchanged. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.exportApplicants(actorOf(viewer), {
    roundId: params.roundId,
    filters: applicantFiltersFromUrl(new URL(request.url)),
  });
  if (!result.ok) throwUseCaseError(result.error);
  const filename = result.value.filename.replace(/[^A-Za-z0-9._-]/g, "-");
  // Sent as it is written, a page of applicants at a time (exportApplicants).
  return new Response(streamText(result.value.chunks), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
