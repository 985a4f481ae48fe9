import type { ReactNode } from "react";
import { numberFormat } from "../use-number-format.ts";
import { ChartFigure, ChartSvg, type ChartTable } from "./chart-figure.tsx";
import { wrapLabel } from "./wrap-label.ts";
import { round1 } from "./svg-coordinate.ts";

export type Bar = {
  label: string;
  value: number;
  /** Printed at the bar's end and in the table instead of the plain number, e.g. "42 (35 %)". */
  valueText?: string;
};

export type BarChartProps = {
  /** Unique on the page: the SVG's title and description ids derive from it. */
  id: string;
  title: string;
  description: string;
  /** Drawn top to bottom in this order: sort them as the reader should see them. */
  bars: readonly Bar[];
  locale: string;
  labels: {
    /** Column header for the bars' labels, e.g. "Sector". */
    category: string;
    /** Column header for the values, e.g. "Applications". */
    value: string;
    /** The table's caption; the title when left out. */
    caption?: string;
    /** Shown instead of the chart when there are no bars. */
    empty: string;
    /** When set, the tables fold under a disclosure with this summary, e.g. "The numbers". */
    tablesSummary?: string;
    /** With maxBars: the label of one last bar adding up the bars left out, e.g. "Other". */
    other?: string;
  };
  /** Draw at most this many bars (the table still lists every one). */
  maxBars?: number;
  /** A closing table row, e.g. a scale question's mean. */
  tableFooter?: readonly string[];
  /** Shown under the bars, e.g. a scale question's mean. */
  note?: ReactNode;
};

/** Narrow, so that on a phone the text shrinks less (the drawing scales with the page). */
const WIDTH = 480;
const FONT_PX = 14;
const LINE_PX = 18;
const BAR_PX = 18;
const ROW_GAP_PX = 14;
/** About the width of a character at 14px in a sans-serif face: where to wrap labels. */
const CHAR_PX = 7.4;
const BAR_COLOUR = "#0f5e5a";
const TEXT_COLOUR = "#1a1a1a";

/**
 * Horizontal bars with their label above (labels can be long: survey options, sectors) and
 * their value printed at the end, so the chart reads without colour and without the table.
 */
export function BarChart({
  id,
  title,
  description,
  bars,
  locale,
  labels,
  maxBars,
  tableFooter,
  note,
}: BarChartProps) {
  const format = numberFormat(locale).format;
  const textOf = (bar: Bar) => bar.valueText ?? format(bar.value);
  const table: ChartTable = {
    caption: labels.caption ?? title,
    columns: [{ header: labels.category }, { header: labels.value, numeric: true }],
    rows: bars.map((bar, index) => ({ key: String(index), cells: [bar.label, textOf(bar)] })),
    footer: tableFooter,
  };
  if (bars.length === 0) {
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

  const drawn = barsToDraw(bars, maxBars, labels.other);
  const maxValue = Math.max(0, ...drawn.map((bar) => bar.value));
  const longestValue = Math.max(...drawn.map((bar) => textOf(bar).length));
  const barSpace = WIDTH - (longestValue * CHAR_PX * 1.1 + 12);
  const maxChars = Math.floor(WIDTH / CHAR_PX);

  let y = 0;
  const rows = drawn.map((bar) => {
    const lines = wrapLabel(bar.label, maxChars, 3);
    const top = y;
    const barTop = top + lines.length * LINE_PX + 4;
    y = barTop + BAR_PX + ROW_GAP_PX;
    const length = maxValue > 0 ? (Math.max(0, bar.value) / maxValue) * barSpace : 0;
    return { bar, lines, top, barTop, length };
  });
  const height = y - ROW_GAP_PX + 2;

  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      tables={[table]}
      legend={note}
      className="chart-bars"
      tablesSummary={labels.tablesSummary}
    >
      <ChartSvg id={id} title={title} description={description} width={WIDTH} height={height}>
        <g fontSize={FONT_PX} fill={TEXT_COLOUR}>
          {rows.map(({ bar, lines, top, barTop, length }, index) => (
            <g key={index}>
              <text y={top + FONT_PX}>
                {lines.map((line, lineIndex) => (
                  <tspan key={lineIndex} x="0" dy={lineIndex === 0 ? 0 : LINE_PX}>
                    {line}
                  </tspan>
                ))}
              </text>
              <rect x="0" y={barTop} width={round1(length)} height={BAR_PX} fill={BAR_COLOUR} />
              {/* A hairline at 0, so a bar of 0 still shows where it starts. */}
              <rect x="0" y={barTop} width="1.5" height={BAR_PX} fill={BAR_COLOUR} />
              <text
                x={round1(length + 6)}
                y={barTop + BAR_PX / 2 + FONT_PX * 0.35}
                fontWeight="600"
              >
                {textOf(bar)}
              </text>
            </g>
          ))}
        </g>
      </ChartSvg>
    </ChartFigure>
  );
}

function barsToDraw(
  bars: readonly Bar[],
  maxBars: number | undefined,
  otherLabel: string | undefined,
): Bar[] {
  if (maxBars === undefined || bars.length <= maxBars) return [...bars];
  if (otherLabel === undefined) return bars.slice(0, maxBars);
  const kept = bars.slice(0, Math.max(0, maxBars - 1));
  const rest = bars.slice(kept.length).reduce((sum, bar) => sum + bar.value, 0);
  return [...kept, { label: otherLabel, value: rest }];
}
