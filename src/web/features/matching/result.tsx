import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { type GroupSort } from "../../../use-cases/matching/view-run.ts";
import type { RunResult } from "../../../domain/matching/matching-run-types.ts";
import { DateTime } from "../../shared/date-time.tsx";
import { PAGE_SIZE, pageFromUrl, Pagination } from "../../shared/pagination.tsx";
import { formText, formTexts } from "../../shared/form-data.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { GroupFilters } from "./group-filters.tsx";
import { GroupRow, SWAP_FORM_ID } from "./group-row.tsx";
import matchingCss from "./matching.css?url";
import { RerunForm } from "./rerun-form.tsx";
import { resultPath, resultView } from "./result-view.ts";
import { useNumberFormat } from "../../shared/use-number-format.ts";
import { RunSummaryList } from "./run-summary.tsx";
import { ScoreChart } from "./score-chart.tsx";
import { UnmatchedList } from "./unmatched-list.tsx";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/result";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: matchingCss }];
const SORTS: readonly GroupSort[] = ["order", "score-asc", "score-desc"];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const sortParam = url.searchParams.get("sort") as GroupSort;
  const filters = {
    name: url.searchParams.get("name") ?? "",
    country: url.searchParams.get("country") ?? "",
    sector: url.searchParams.get("sector") ?? "",
    sort: SORTS.includes(sortParam) ? sortParam : "order",
  };
  const page = pageFromUrl(url);
  const result = await context.services.useCases.viewRun(actorOf(viewer), {
    ...params,
    ...filters,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { run, ...view } = result.value;
  const { result: runResult, ...runInfo } = run;
  return {
    ...view,
    run: runInfo,
    summary: runResult.summary,
    certified: runResult.certified,
    proof: runResult.proof ?? null,
    unmatchedByHand: runResult.unmatched.filter((u) => u.reason === "unmatched_by_facilitator")
      .length,
    filters,
    page,
    done: url.searchParams.get("done"),
    /** This view (filters, sort, page), for the pages an action leads to. */
    view: resultView(url.search).toString(),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const base = `/facilitate/rounds/${params.roundId}/matching/runs/${params.runId}`;
  // The forms post to this page's URL, so its filters, sort and page come back with them.
  const view = resultView(new URL(request.url).search);
  if (formText(form, "intent") === "swap") {
    const keys = formTexts(form, "swap");
    if (keys.length !== 2) return { conflict: "choose_two_pairs" };
    return redirect(
      resultPath(`${base}/swap`, new URLSearchParams(), {
        a: keys[0]!,
        b: keys[1]!,
        view: view.toString(),
      }),
    );
  }
  const result = await context.services.useCases.adjustRunGroup(actorOf(viewer), {
    ...params,
    groupKey: formText(form, "group"),
    action: formText(form, "action"),
  });
  if (!result.ok) {
    if (result.error.code === "conflict") return { conflict: result.error.reason };
    throwUseCaseError(result.error);
  }
  return redirect(resultPath(base, view, { done: result.value.action }));
}

export default function MatchingResult({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("matching");
  const { round, run, summary, editable } = loaderData;
  const number = useNumberFormat();
  const base = `/facilitate/rounds/${round.id}/matching/runs/${run.id}`;
  const personPath = (id: string) =>
    resultPath(
      `${base}/people/${id}`,
      new URLSearchParams(),
      loaderData.view ? { view: loaderData.view } : {},
    );
  return (
    <>
      <title>{t("result.title", { round: round.name })}</title>
      <p>
        <Link to={`/facilitate/rounds/${round.id}/matching`}>{t("nav.backToMatching")}</Link>
      </p>
      <h1>{t("result.title", { round: round.name })}</h1>
      {loaderData.done && (
        <p className="notice notice--ok" role="status">
          {t(`result.done.${loaderData.done}`, { defaultValue: "" })}
        </p>
      )}
      {actionData?.conflict && (
        <p className="notice notice--error" role="alert">
          {t(`result.conflict.${actionData.conflict}`)}
        </p>
      )}
      <p>
        <DateTime value={run.createdAt} /> · {t("criteria.seed")}: {run.seed}
        {run.engineMs !== null && ` · ${number.format(run.engineMs)} ms`}
      </p>
      <p>{proofSentence(t, loaderData.certified, loaderData.proof, number)}</p>
      {run.manualChanges.length > 0 && (
        <p className="hint">{t("result.adjustedNote", { count: run.manualChanges.length })}</p>
      )}
      {editable && (
        <>
          <div className="actions">
            <Link className="button" to={`${base}/publish`}>
              {t("result.publish")}
            </Link>
            <RerunForm
              roundId={round.id}
              runId={run.id}
              criteria={run.criteria}
              seed={run.seed}
              describedBy="rerun-keeps"
            />
          </div>
          {/* Said before the re-run: what carries over and what a re-run undoes. */}
          <p className="hint" id="rerun-keeps">
            {t("result.rerunKeeps")}
            {loaderData.unmatchedByHand > 0 && (
              <> {t("result.rerunLoses", { count: loaderData.unmatchedByHand })}</>
            )}
          </p>
        </>
      )}
      <div className="summary-grid">
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">{t("result.summary")}</h2>
          <RunSummaryList summary={summary} />
        </section>
        <section aria-labelledby="chart-title">
          <h2 id="chart-title">{t("result.chartTitle")}</h2>
          <ScoreChart scores={loaderData.scores} />
        </section>
      </div>

      <h2>{t("result.groupsTitle")}</h2>
      <GroupFilters
        filters={loaderData.filters}
        countries={loaderData.countries}
        sectors={loaderData.sectors}
      />
      {editable && (
        <Form method="post" id={SWAP_FORM_ID} className="actions">
          <input type="hidden" name="intent" value="swap" />
          <button type="submit" className="button button--secondary">
            {t("result.swap")}
          </button>
          <span className="hint">{t("result.swapHint")}</span>
        </Form>
      )}
      {loaderData.groups.length === 0 ? (
        <p>{t("result.noGroups")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                {editable && <th scope="col">{t("result.colSelect")}</th>}
                <th scope="col">{t("result.colMembers")}</th>
                <th scope="col">{t("result.colScore")}</th>
                <th scope="col">{t("result.colWhy")}</th>
                {editable && <th scope="col">{t("result.colActions")}</th>}
              </tr>
            </thead>
            <tbody>
              {loaderData.groups.map(({ group, members }) => (
                <GroupRow
                  key={group.key}
                  group={group}
                  members={members}
                  personPath={personPath}
                  editable={editable}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={loaderData.page} total={loaderData.filteredTotal} />

      <h2>{t("result.unmatchedTitle")}</h2>
      <UnmatchedList unmatched={loaderData.unmatched} personPath={personPath} />
    </>
  );
}

/** Says exactly what was proved about this run, never more (issue 11). */
function proofSentence(
  t: (key: string, values?: Record<string, unknown>) => string,
  certified: boolean,
  proof: RunResult["proof"] | null,
  number: { format: (n: number) => string },
): string {
  if (proof?.scope === "candidate_pairs")
    return t("result.proofCandidates", {
      k: proof.candidatesPerPerson ?? 0,
      pairs: number.format(proof.gap?.pairs ?? 0),
      score: number.format(proof.gap?.score ?? 0),
    });
  if (proof?.scope === "heuristic") return t("result.proofHeuristic");
  return certified ? t("result.certified") : t("result.notCertified");
}
