import { formatCsv } from "../../../domain/applications/application-csv/write-csv.ts";
import { countryName } from "../../../domain/vocabulary/countries.ts";
import { createI18n } from "../../../i18n/create-i18n.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { actorOf, requestLocale, requireViewer } from "../../shared/viewer.server.ts";
import { explanationSentence } from "./explanation-sentence.ts";
import { partnershipFiltersFromUrl } from "./partnership-filters.ts";
import { partnershipCsvRows } from "./partnerships-csv-rows.ts";
import type { Route } from "./+types/partnerships-csv";

/** The round's partnerships (with the list's filters) as a CSV, in the reader's language. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.exportRoundPartnerships(actorOf(viewer), {
    roundId: params.roundId,
    filters: partnershipFiltersFromUrl(new URL(request.url)),
  });
  if (!result.ok) throwUseCaseError(result.error);
  const locale = requestLocale(request, viewer);
  const { t } = createI18n(locale);
  const h = (key: string, values?: Record<string, unknown>) =>
    t(`matching:partnerships.csv.${key}`, values ?? {});
  const rows = partnershipCsvRows(result.value.items, {
    header: {
      partnership: h("partnership"),
      kind: h("kind"),
      status: h("status"),
      score: h("score"),
      member: (n) => ({
        name: h("memberName", { n }),
        email: h("memberEmail", { n }),
        country: h("memberCountry", { n }),
        role: h("memberRole", { n }),
      }),
      explanation: h("explanation"),
    },
    kind: (kind) => t(`matching:partnerships.kinds.${kind}`),
    status: (status) => t(`matching:partnerships.statuses.${status}`),
    role: (role) => t(`matching:partnerships.roles.${role}`),
    country: (code) => countryName(code, locale),
    explain: (link) => explanationSentence(link.explanation, t, locale),
  });
  const filename = `partnerships-${result.value.roundName}.csv`.replace(/[^A-Za-z0-9._-]/g, "-");
  // A byte-order mark, so spreadsheets read the names' accents as UTF-8.
  return new Response(`\uFEFF${formatCsv(rows, { guardFormulas: true })}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
