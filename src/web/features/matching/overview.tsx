import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { DateTime, useFormatDateTime } from "../../shared/date-time.tsx";
import { ErrorSummary } from "../../shared/field.tsx";
import { formText } from "../../shared/form-data.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { CriteriaFields } from "./criteria-fields.tsx";
import { RunsTable } from "./runs-table.tsx";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/overview";
import { parseCriteriaForm, parseSeed } from "./parse-criteria-form.ts";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getMatchingOverview(
    actorOf(viewer),
    params.roundId,
  );
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, ...overview } = result.value;
  const url = new URL(request.url);
  const published = url.searchParams.get("published");
  return {
    justPublished: published
      ? { partnerships: Number(published), emails: Number(url.searchParams.get("emails")) }
      : null,
    ...overview,
    round: { id: round.id, name: round.name, status: round.status, mode: round.mode },
    programme: { name: programme.name },
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const overview = await context.services.useCases.getMatchingOverview(
    actorOf(viewer),
    params.roundId,
  );
  if (!overview.ok) throwUseCaseError(overview.error);
  const form = await request.formData();
  const criteria = parseCriteriaForm(form, overview.value.defaults);
  const seed = parseSeed(form);
  const result = await context.services.useCases.startMatchingRun(actorOf(viewer), {
    roundId: params.roundId,
    criteria,
    seed,
    basedOnRunId: formText(form, "basedOn") || null,
  });
  if (!result.ok) {
    if (result.error.code === "invalid")
      return { errors: result.error.fieldErrors, criteria, seed };
    if (result.error.code === "conflict") return { conflict: result.error.reason };
    throwUseCaseError(result.error);
  }
  return redirect(
    `/facilitate/rounds/${params.roundId}/matching/runs/${result.value.runId}/progress`,
  );
}

export default function MatchingOverview({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("matching");
  const formatDate = useFormatDateTime();
  const { round, counts, runs, publication } = loaderData;
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const failed = actionData && "criteria" in actionData ? actionData : undefined;
  const values = failed?.criteria ?? loaderData.criteria;
  const latestDone = runs.find((r) => r.status === "done");
  const doneRuns = runs.filter((r) => r.status === "done");
  return (
    <>
      <title>{t("overview.title", { round: round.name })}</title>
      <p>
        <Link to={`/facilitate/rounds/${round.id}`}>
          {t("nav.backToRound", { round: round.name })}
        </Link>
      </p>
      <h1>{t("overview.title", { round: round.name })}</h1>
      {loaderData.justPublished && (
        <p className="notice notice--ok" role="status">
          {t("publish.done", loaderData.justPublished)}
        </p>
      )}
      {publication ? (
        <p className="notice notice--ok">
          {t("overview.published")} <DateTime value={publication.publishedAt} />.{" "}
          <Link to={`/facilitate/rounds/${round.id}/matching/runs/${publication.runId}`}>
            {t("overview.viewPublished")}
          </Link>
        </p>
      ) : round.status !== "closed" ? (
        <p className="notice notice--warn">
          {t("overview.notClosed", { status: t(`vocabulary:roundStatus.${round.status}`) })}
        </p>
      ) : null}
      {actionData && "conflict" in actionData && (
        <p className="notice notice--error" role="alert">
          {actionData.conflict === "too_few_accepted"
            ? t("overview.tooFew")
            : t(`result.conflict.${actionData.conflict}`, { defaultValue: actionData.conflict })}
        </p>
      )}
      <h2>{t("overview.who")}</h2>
      <p>
        {t("overview.counts", {
          accepted: counts.accepted ?? 0,
          waitlisted: counts.waitlisted ?? 0,
          rejected: counts.rejected ?? 0,
          submitted: counts.submitted ?? 0,
          withdrawn: counts.withdrawn ?? 0,
        })}
      </p>
      <p>{t("overview.previous")}</p>
      <p>
        {t("overview.constraints", { locks: loaderData.locks, blocks: loaderData.blocks })}
        {loaderData.blocks > 0 && (
          <>
            {" "}
            <Link to={`/facilitate/rounds/${round.id}/matching/blocks`}>
              {t("overview.manageBlocks")}
            </Link>
          </>
        )}
      </p>

      {round.status === "closed" && !publication && (
        <>
          <h2>{t("criteria.title")}</h2>
          <p>{t("criteria.intro")}</p>
          <ErrorSummary errors={errors} labels={{}} />
          <Form method="post" className="narrow">
            <CriteriaFields
              mode={round.mode}
              weights={loaderData.weights}
              values={values}
              defaults={loaderData.defaults}
              seed={failed?.seed ?? loaderData.nextSeed}
              errors={errors}
            />
            {latestDone && <input type="hidden" name="basedOn" value={latestDone.id} />}
            <button type="submit" className="button">
              {latestDone ? t("criteria.rerun") : t("criteria.run")}
            </button>
          </Form>
        </>
      )}

      <h2>{t("overview.runs")}</h2>
      {runs.length === 0 ? (
        <p>{t("overview.noRuns")}</p>
      ) : (
        <RunsTable roundId={round.id} runs={runs} />
      )}
      {doneRuns.length >= 2 && (
        <>
          <h3>{t("overview.compare")}</h3>
          <Form
            method="get"
            action={`/facilitate/rounds/${round.id}/matching/compare`}
            className="filters"
          >
            {(["a", "b"] as const).map((key, i) => (
              <div className="field" key={key}>
                <label htmlFor={`compare-${key}`}>
                  {t(i === 0 ? "overview.compareFirst" : "overview.compareSecond")}
                </label>
                <select id={`compare-${key}`} name={key} defaultValue={doneRuns[1 - i]!.id}>
                  {doneRuns.map((r, n) => (
                    <option key={r.id} value={r.id}>
                      {`#${doneRuns.length - n} — ${formatDate(r.createdAt)}`}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className="button button--secondary">
              {t("overview.compareButton")}
            </button>
          </Form>
        </>
      )}
    </>
  );
}
