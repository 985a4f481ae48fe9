import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { useEffect } from "react";
import { Link, useRevalidator } from "react-router";
import type { ImportProblem } from "../../../../use-cases/applications/import-applications.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { ImportProblems } from "./import-problems.tsx";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import type { Route } from "./+types/import-progress";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.findImportJob(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, job, interrupted } = result.value;
  return {
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    state: interrupted ? "interrupted" : job.status,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    problems: job.errors as ImportProblem[],
  };
}

export default function ImportProgressPage({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("applications");
  const { round, state } = loaderData;
  const running = state === "running";
  const revalidator = useRevalidator();
  // With JavaScript: ask again every second while the import runs.
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => void revalidator.revalidate(), 1000);
    return () => clearTimeout(timer);
  }, [running, loaderData, revalidator]);
  const heading = t(`progress.heading.${state}`);
  const importPath = `/facilitate/rounds/${round.id}/import`;
  return (
    <>
      <title>{`${heading} — ${round.name}`}</title>
      {/* Without JavaScript: the browser reloads the page every second. Inside <noscript>
          the refresh is inert when scripts run, so it does not fight the polling above. */}
      {running && (
        <noscript>
          <meta httpEquiv="refresh" content="1" />
        </noscript>
      )}
      <RoundBreadcrumb
        programme={loaderData.programme}
        round={round}
        section={{ path: "applicants", label: t("applications:list.title") }}
      />
      <h1>{heading}</h1>
      {running && (
        <>
          <label htmlFor="import-progress">
            {t("progress.rows", {
              processed: loaderData.processedRows,
              total: loaderData.totalRows,
            })}
          </label>
          <div>
            <progress
              id="import-progress"
              className="progress"
              max={loaderData.totalRows}
              value={loaderData.processedRows}
            />
          </div>
          <p className="muted">{t("progress.wait")}</p>
        </>
      )}
      {state === "done" && (
        <div className="notice notice--ok" role="status">
          <p>{t("progress.done", { count: loaderData.totalRows, round: round.name })}</p>
          <p>
            <Link to={`/facilitate/rounds/${round.id}/applicants`}>
              {t("progress.seeApplicants")}
            </Link>
          </p>
        </div>
      )}
      {state === "failed" && (
        <>
          <p className="notice notice--error" role="alert">
            {t("progress.failed")}
          </p>
          <ImportProblems problems={loaderData.problems} />
        </>
      )}
      {state === "interrupted" && (
        <p className="notice notice--error" role="alert">
          {t("progress.interrupted", {
            processed: loaderData.processedRows,
            total: loaderData.totalRows,
          })}
        </p>
      )}
      {!running && (
        <p>
          <Link to={importPath}>{t("progress.importAnother")}</Link>
        </p>
      )}
    </>
  );
}
