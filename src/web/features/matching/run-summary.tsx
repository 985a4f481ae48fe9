import { useTranslation } from "react-i18next";
import type { RunSummary } from "../../../domain/matching/matching-run-types.ts";

export function RunSummaryList({ summary }: { summary: RunSummary }) {
  const { t, i18n } = useTranslation("matching");
  const number = new Intl.NumberFormat(i18n.language);
  const rows: [string, string][] = [
    ["people", number.format(summary.people)],
    ["pairs", number.format(summary.pairs)],
    ...(summary.triads > 0 ? [["triads", number.format(summary.triads)] as [string, string]] : []),
    ...(summary.groups !== summary.pairs + summary.triads
      ? [["groups", number.format(summary.groups)] as [string, string]]
      : []),
    ["unmatchedCount", number.format(summary.unmatched)],
    ["meanScore", number.format(summary.meanScore)],
    ["lowestScore", number.format(summary.lowestScore)],
    ["totalScore", number.format(summary.totalScore)],
    ["crossCountry", `${number.format(summary.crossCountryPercent)} %`],
    ["crossSector", `${number.format(summary.crossSectorPercent)} %`],
    ["countries", number.format(summary.countries)],
  ];
  return (
    <dl className="details">
      {rows.map(([key, value]) => (
        <div key={key} style={{ display: "contents" }}>
          <dt>{t(`result.${key}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
