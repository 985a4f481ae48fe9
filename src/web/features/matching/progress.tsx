import { useFixedT } from "../../shared/use-fixed-t.ts";
import { useEffect } from "react";
import { Link, redirect, useRevalidator } from "react-router";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/progress";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getRunProgress(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  if (result.value.status === "done")
    throw redirect(`/facilitate/rounds/${params.roundId}/matching/runs/${params.runId}`);
  return { ...result.value, roundId: params.roundId };
}

/**
 * Follows the run once a second. With JavaScript the loader is re-read in place (the bar
 * and the status line update; the page is not reloaded, so focus and reading position
 * stay); without it, a meta refresh inside <noscript> reloads the page.
 */
export default function MatchingProgress({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("matching");
  const { status, percent, progress } = loaderData;
  const running = status === "running";
  const revalidator = useRevalidator();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      if (revalidator.state === "idle") void revalidator.revalidate();
    }, 1000);
    return () => clearInterval(timer);
  }, [running, revalidator]);
  return (
    <>
      <title>{`${t("progress.title")} — ${loaderData.roundName}`}</title>
      {running && (
        <noscript>
          <meta httpEquiv="refresh" content="1" />
        </noscript>
      )}
      <p>
        <Link to={`/facilitate/rounds/${loaderData.roundId}/matching`}>
          {t("nav.backToMatching")}
        </Link>
      </p>
      <h1>{t("progress.title")}</h1>
      {running ? (
        <>
          <p id="progress-stage" role="status">
            {t(`progress.stage.${progress.stage}`)} — {t("progress.percent", { percent })}
          </p>
          <progress className="progress" max={100} value={percent} aria-labelledby="progress-stage">
            {percent} %
          </progress>
          <p className="hint">{t("progress.refresh")}</p>
          <p>
            <Link to=".">{t("progress.refreshNow")}</Link>
          </p>
        </>
      ) : (
        <p className="notice notice--error" role="alert">
          {status === "interrupted"
            ? t("progress.interrupted")
            : t("progress.failed", { error: loaderData.error ?? "" })}
        </p>
      )}
    </>
  );
}
