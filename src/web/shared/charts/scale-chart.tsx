import { numberFormat } from "../use-number-format.ts";
import { BarChart } from "./bar-chart.tsx";

export type ScaleChartProps = {
  /** Unique on the page: the SVG's title and description ids derive from it. */
  id: string;
  title: string;
  description: string;
  /** counts[0] is how many answered 1, … counts[4] how many answered 5. */
  counts: readonly number[];
  /** The mean answer, or null when nobody answered. */
  mean: number | null;
  locale: string;
  labels: {
    /** Column header for the points of the scale, e.g. "Answer". */
    point: string;
    /** Column header for the counts, e.g. "Responses". */
    answers: string;
    /** e.g. "Mean": printed under the bars and as the table's last row. */
    mean: string;
    /** Shown instead of the chart when nobody answered. */
    empty: string;
    /** When set, the tables fold under a disclosure with this summary, e.g. "The numbers". */
    tablesSummary?: string;
    /** What each point means, lowest first ("1 – Not at all", …); the bare numbers when left out. */
    points?: readonly string[];
    caption?: string;
  };
};

/** A 1–5 scale question: one bar per point of the scale, lowest first, and the mean. */
export function ScaleChart({
  id,
  title,
  description,
  counts,
  mean,
  locale,
  labels,
}: ScaleChartProps) {
  const format = numberFormat(locale).format;
  const anyAnswer = counts.some((count) => count > 0);
  const meanText = mean === null ? undefined : format(mean);
  return (
    <BarChart
      id={id}
      title={title}
      description={description}
      locale={locale}
      bars={
        anyAnswer
          ? counts.map((count, index) => ({
              label: labels.points?.[index] ?? format(index + 1),
              value: count,
            }))
          : []
      }
      labels={{
        category: labels.point,
        value: labels.answers,
        caption: labels.caption,
        tablesSummary: labels.tablesSummary,
        empty: labels.empty,
      }}
      tableFooter={meanText === undefined ? undefined : [labels.mean, meanText]}
      note={
        meanText === undefined ? undefined : (
          <p className="chart-note">
            {labels.mean} <strong>{meanText}</strong>
          </p>
        )
      }
    />
  );
}
