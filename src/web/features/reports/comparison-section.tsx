import { useFixedT } from "../../shared/use-fixed-t.ts";
import { TableScroll } from "../../shared/table-scroll.tsx";
import {
  KEY_FIGURE_NAMES,
  type KeyFigureName,
  type Trend,
} from "../../../domain/reports/key-figures.ts";
import type { RoundReport } from "../../../domain/reports/round-report.ts";
import { CsvLink } from "./csv-link.tsx";
import type { ReportWords } from "./report-words.ts";

/**
 * The key figures of this round and the programme's earlier rounds side by side, each with
 * its trend against the round before, in words and an arrow (never colour alone).
 */
export function ComparisonSection({ report, words }: { report: RoundReport; words: ReportWords }) {
  const t = useFixedT("reports");
  const { rounds, trends } = report.comparison;
  const trendOf = new Map(trends.map((trend) => [trend.figure, trend]));
  const value = (v: number | null) => (v === null ? t("comparison.none") : words.number(v));
  const current = rounds.at(-1)!;
  // A round under way has figures so far: set against a finished round's totals they would
  // read as a fall, so they are shown beside them without a verdict.
  const underWay = report.round.status !== "finished" && report.matching !== null;
  const trendText = (figure: KeyFigureName, trend: Trend | undefined) =>
    trend && underWay
      ? t("comparison.soFar", {
          previous: words.number(trend.previous),
          round: trend.previousRound.name,
        })
      : trend
        ? t(`comparison.${trend.direction}`, {
            change: words.number(Math.abs(trend.change)),
            previous: words.number(trend.previous),
            round: trend.previousRound.name,
          })
        : t(current.figures[figure] === null ? "comparison.notYet" : "comparison.noTrend");
  return (
    <section aria-labelledby="comparison" className="report-section">
      <h2 id="comparison">{t("sections.comparison")}</h2>
      {rounds.length === 1 && <p className="notice">{t("comparison.onlyRound")}</p>}
      {underWay && <p>{t("comparison.underWay")}</p>}
      <TableScroll className="report-table" label={t("comparison.caption")}>
        <table className="report-comparison">
          <caption>{t("comparison.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("comparison.figure")}</th>
              {rounds.map((r) => (
                <th scope="col" key={r.round.id} className="numeric">
                  {r.round.name}
                </th>
              ))}
              {rounds.length > 1 && <th scope="col">{t("comparison.trend")}</th>}
            </tr>
          </thead>
          <tbody>
            {KEY_FIGURE_NAMES.map((figure) => (
              <tr key={figure}>
                <th scope="row">{t(`figures.${figure}`)}</th>
                {rounds.map((r) => (
                  <td key={r.round.id} className="numeric">
                    {value(r.figures[figure])}
                  </td>
                ))}
                {rounds.length > 1 && (
                  <td
                    className={`trend trend--${(!underWay && trendOf.get(figure)?.direction) || "none"}`}
                  >
                    {trendText(figure, trendOf.get(figure))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <CsvLink roundId={report.round.id} table="comparison" />
    </section>
  );
}
