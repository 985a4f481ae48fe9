import { findReportTable } from "../../../domain/reports/report-tables.ts";
import { reportTableCsv } from "../../../domain/reports/report-table-csv.ts";
import { createI18n } from "../../../i18n/create-i18n.ts";
import { notFound, throwUseCaseError } from "../../shared/http-errors.ts";
import { readerTimeZone } from "../../shared/time-zone.server.ts";
import { actorOf, requestLocale, requireViewer } from "../../shared/viewer.server.ts";
import { reportWords } from "./report-words.ts";
import type { Route } from "./+types/report-csv";

/** One table of the round's report as CSV (every free-text answer), in the reader's language. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const name = /^([a-z0-9-]+)\.csv$/.exec(params.table)?.[1];
  if (!name) notFound();
  const locale = requestLocale(request, viewer);
  const result = await context.services.useCases.getRoundReport(actorOf(viewer), {
    roundId: params.roundId,
    timeZone: readerTimeZone(request),
    locale,
    textAnswers: "all",
  });
  if (!result.ok) throwUseCaseError(result.error);
  const table = findReportTable(result.value, name);
  if (!table) notFound();
  const words = reportWords(createI18n(locale).t, locale);
  const round = result.value.round.slug.replace(/[^A-Za-z0-9._-]/g, "-");
  return new Response(reportTableCsv(table, words), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${round}-${name}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
