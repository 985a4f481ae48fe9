/**
 * The round report page rendered as the server renders it, for bench/report.ts: the page's
 * body (ReportView) in a static router with the i18n provider, to a string, in English.
 */
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import type { RoundReport } from "../src/domain/reports/round-report.ts";
import { createI18n } from "../src/i18n/create-i18n.ts";
import { ReportView } from "../src/web/features/reports/report-view.tsx";

export async function renderPage(report: RoundReport): Promise<string> {
  const handler = createStaticHandler([
    {
      id: "report",
      path: "/facilitate/rounds/:roundId/report",
      Component: () => <ReportView report={report} notice={null} errors={undefined} />,
    },
  ]);
  const context = await handler.query(
    new Request(`http://bench.localhost/facilitate/rounds/${report.round.id}/report`),
  );
  if (context instanceof Response) throw new Error("the static handler answered a Response");
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    <I18nextProvider i18n={createI18n("en")}>
      <StaticRouterProvider router={router} context={context} />
    </I18nextProvider>,
  );
}
