import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { DateTime } from "../../shared/date-time.tsx";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { useNumberFormat } from "../../shared/use-number-format.ts";
import { GroupSummary } from "./group-card.tsx";
import matchingCss from "./matching.css?url";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/compare";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: matchingCss }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const result = await context.services.useCases.compareRuns(actorOf(viewer), {
    roundId: params.roundId,
    firstRunId: url.searchParams.get("a") ?? "",
    secondRunId: url.searchParams.get("b") ?? "",
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { first, second, comparison, names } = result.value;
  const runInfo = (run: typeof first) => ({
    id: run.id,
    createdAt: run.createdAt,
    summary: run.result!.summary,
  });
  return {
    roundId: params.roundId,
    first: runInfo(first),
    second: runInfo(second),
    comparison,
    names,
  };
}

export default function CompareRuns({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("matching");
  const { first, second, comparison } = loaderData;
  const nameOf = (id: string) => loaderData.names[id] ?? "?";
  const number = useNumberFormat();
  const rows = [
    ["total", first.summary.totalScore, second.summary.totalScore, comparison.totalScoreChange],
    ["lowest", first.summary.lowestScore, second.summary.lowestScore, comparison.lowestScoreChange],
    ["mean", first.summary.meanScore, second.summary.meanScore, comparison.meanScoreChange],
  ] as const;
  const base = `/facilitate/rounds/${loaderData.roundId}/matching`;
  return (
    <>
      <title>{t("compare.title")}</title>
      <p>
        <Link to={base}>{t("nav.backToMatching")}</Link>
      </p>
      <h1>{t("compare.title")}</h1>
      <h2>{t("compare.scores")}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <td />
              <th scope="col">
                <Link to={`${base}/runs/${first.id}`}>
                  {t("overview.compareFirst")}: <DateTime value={first.createdAt} />
                </Link>
              </th>
              <th scope="col">
                <Link to={`${base}/runs/${second.id}`}>
                  {t("overview.compareSecond")}: <DateTime value={second.createdAt} />
                </Link>
              </th>
              <th scope="col">{t("compare.change")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, a, b, change]) => (
              <tr key={key}>
                <th scope="row">{t(`compare.${key}`)}</th>
                <td>{number.format(a)}</td>
                <td>{number.format(b)}</td>
                <td>{number.signed(change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t("compare.unchanged", { count: comparison.unchanged })}</p>
      {comparison.onlyInFirst.length === 0 && comparison.onlyInSecond.length === 0 ? (
        <p>{t("compare.same")}</p>
      ) : (
        <div className="options">
          {(
            [
              ["onlyFirst", comparison.onlyInFirst],
              ["onlySecond", comparison.onlyInSecond],
            ] as const
          ).map(([key, groups]) => (
            <section key={key} aria-labelledby={`compare-${key}`}>
              <h2 id={`compare-${key}`}>{t(`compare.${key}`, { count: groups.length })}</h2>
              {groups.length === 0 ? (
                <p>{t("compare.none")}</p>
              ) : (
                groups.map((g) => <GroupSummary key={g.key} group={g} nameOf={nameOf} />)
              )}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
