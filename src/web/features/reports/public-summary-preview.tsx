import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { chartStylesheets } from "../../shared/charts/chart-stylesheets.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import { PublicSummaryView } from "./public-summary-view.tsx";
import reportCss from "./report.css?url";
import type { Route } from "./+types/public-summary-preview";

export const links: Route.LinksFunction = () => [
  ...chartStylesheets,
  { rel: "stylesheet", href: reportCss },
];

/** For the round's facilitators: what its public summary shows (or would, once published). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const found = await context.services.useCases.previewRoundSummary(actorOf(viewer), {
    roundId: params.roundId,
  });
  if (!found.ok) throwUseCaseError(found.error);
  return found.value;
}

export default function PublicSummaryPreview({ loaderData: summary }: Route.ComponentProps) {
  const t = useFixedT("reports");
  return (
    <>
      <title>{t("public.previewTitle", { round: summary.round.name })}</title>
      <p className="notice">{t("public.preview")}</p>
      <PublicSummaryView summary={summary}>
        <p>
          <Link to={`/facilitate/rounds/${summary.roundId}/report#public-summary`}>
            {t("public.backToReport")}
          </Link>
        </p>
      </PublicSummaryView>
    </>
  );
}
