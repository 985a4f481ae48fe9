import { scaleBand, scaleLinear } from "d3-scale";
import { numberFormat } from "../use-number-format.ts";
import { ChartFigure, ChartSvg, type ChartTable } from "./chart-figure.tsx";
import { round1 } from "./svg-coordinate.ts";

export type ColumnChartProps = {
  /** Unique on the page: the SVG's title and description ids derive from it. */
  id: string;
  title: string;
  description: string;
  /** In time order, each labelled as the reader should see it ("12 May", "Week 3"). */
  points: readonly { label: string; value: number }[];
  locale: string;
  labels: {
    /** Column header for the points' labels, e.g. "Week". */
    category: string;
    /** Column header for the values, e.g. "Meetings". */
    value: string;
    /** The table's caption; the title when left out. */
    caption?: string;
    /** Shown instead of the chart when there are no points. */
    empty: string;
    /** When set, the tables fold under a disclosure with this summary, e.g. "The numbers". */
    tablesSummary?: string;
  };
};

/** Narrow, so that on a phone the text shrinks less (the drawing scales with the page). */
const WIDTH = 560;
const PLOT_HEIGHT = 200;
const TOP = 22;
const BOTTOM = 30;
const FONT_PX = 13;
/** About the width of a character at 13px: how much room a label needs. */
const CHAR_PX = 7.5;
const COLUMN_COLOUR = "#0f5e5a";
const TEXT_COLOUR = "#1a1a1a";
const AXIS_COLOUR = "#4d4d4d";
const GRID_COLOUR = "#d9d9d9";

/**
 * Counts over time as columns (applications per day, meetings per week). Each value is
 * printed above its column while they fit; with many columns only the axis and the table
 * carry the numbers, and every n-th label is shown so none overlap.
 */
export function ColumnChart({ id, title, description, points, locale, labels }: ColumnChartProps) {
  const format = numberFormat(locale).format;
  const table: ChartTable = {
    caption: labels.caption ?? title,
    columns: [{ header: labels.category }, { header: labels.value, numeric: true }],
    rows: points.map((point, index) => ({
      key: String(index),
      cells: [point.label, format(point.value)],
    })),
  };
  if (points.length === 0) {
    return (
      <ChartFigure
        id={id}
        title={title}
        description={description}
        tables={[]}
        emptyText={labels.empty}
      />
    );
  }

  const maxValue = Math.max(0, ...points.map((point) => point.value));
  const y = scaleLinear()
    .domain([0, maxValue > 0 ? maxValue : 1])
    .nice(4)
    .range([TOP + PLOT_HEIGHT, TOP]);
  // Counts are whole: a tick at 0.5 would be a value nothing can have.
  const ticks = y.ticks(4).filter((tick) => Number.isInteger(tick));
  const tickTextWidth = Math.max(...ticks.map((tick) => format(tick).length)) * CHAR_PX;
  const labelWidth = Math.max(...points.map((point) => point.label.length)) * CHAR_PX;
  const left = Math.ceil(tickTextWidth + 14);
  const right = Math.ceil(Math.max(8, labelWidth / 2 - 4));
  const x = scaleBand<number>()
    .domain(points.map((_, index) => index))
    .range([left, WIDTH - right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const labelEvery = Math.max(1, Math.ceil((labelWidth + 10) / x.step()));
  // Bold digits run a little wider than the labels; a value must leave a gap to the next.
  const valueWidth =
    Math.max(...points.map((point) => format(point.value).length)) * CHAR_PX * 1.1 + 4;
  const printValues = valueWidth <= x.step();
  const baseline = TOP + PLOT_HEIGHT;
  const height = baseline + BOTTOM;

  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      tables={[table]}
      className="chart-columns"
      tablesSummary={labels.tablesSummary}
    >
      <ChartSvg id={id} title={title} description={description} width={WIDTH} height={height}>
        <g fontSize={FONT_PX} fill={AXIS_COLOUR}>
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={left} x2={WIDTH - right} y1={y(tick)} y2={y(tick)} stroke={GRID_COLOUR} />
              <text x={left - 8} y={y(tick) + FONT_PX * 0.35} textAnchor="end">
                {format(tick)}
              </text>
            </g>
          ))}
        </g>
        <g fill={COLUMN_COLOUR}>
          {points.map((point, index) => (
            <rect
              key={index}
              x={round1(x(index)!)}
              y={round1(y(Math.max(0, point.value)))}
              width={round1(x.bandwidth())}
              height={round1(baseline - y(Math.max(0, point.value)))}
            />
          ))}
        </g>
        <line x1={left} x2={WIDTH - right} y1={baseline} y2={baseline} stroke={AXIS_COLOUR} />
        {printValues && (
          <g fontSize={FONT_PX} fill={TEXT_COLOUR} textAnchor="middle" fontWeight="600">
            {points.map((point, index) => (
              <text
                key={index}
                x={round1(x(index)! + x.bandwidth() / 2)}
                y={round1(y(Math.max(0, point.value)) - 5)}
              >
                {format(point.value)}
              </text>
            ))}
          </g>
        )}
        <g fontSize={FONT_PX} fill={TEXT_COLOUR} textAnchor="middle">
          {points.map((point, index) =>
            index % labelEvery === 0 ? (
              <text
                key={index}
                x={round1(x(index)! + x.bandwidth() / 2)}
                y={baseline + FONT_PX + 6}
              >
                {point.label}
              </text>
            ) : null,
          )}
        </g>
      </ChartSvg>
    </ChartFigure>
  );
}
