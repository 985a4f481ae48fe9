import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { chartStylesheets } from "../../shared/charts/chart-stylesheets.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { PublicSummaryView } from "./public-summary-view.tsx";
import reportCss from "./report.css?url";
import type { Route } from "./+types/public-summary";

export const links: Route.LinksFunction = () => [
  ...chartStylesheets,
  { rel: "stylesheet", href: reportCss },
];

/** A finished round's public summary, for anyone (found only while its facilitators publish it). */
export async function loader({ params, context }: Route.LoaderArgs) {
  const found = await context.services.useCases.findPublicRoundSummary(params);
  if (!found.ok) throwUseCaseError(found.error);
  return found.value;
}

export default function PublicSummary({ loaderData: summary }: Route.ComponentProps) {
  const t = useFixedT("reports");
  return (
    <>
      <title>{t("public.title", { round: summary.round.name })}</title>
      <PublicSummaryView summary={summary}>
        <p className="no-print">
          <Link to={summary.publicRoundPath}>{t("public.back")}</Link>
        </p>
      </PublicSummaryView>
    </>
  );
}
