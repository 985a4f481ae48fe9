import { TableScroll } from "../table-scroll.tsx";
import type { ReactNode } from "react";

/** One table of a chart's numbers, already formatted in the reader's language. */
export type ChartTable = {
  caption: string;
  columns: readonly { header: string; numeric?: boolean }[];
  /** The first cell names the row (a row header for screen readers). */
  rows: readonly { key: string; cells: readonly string[] }[];
  /** A closing row, e.g. a scale question's mean. */
  footer?: readonly string[];
};

type ChartFigureProps = {
  id: string;
  title: string;
  description: string;
  tables: readonly ChartTable[];
  /** The drawing (a ChartSvg); left out when the chart is empty. */
  children?: ReactNode;
  /** Shown under the drawing, e.g. the map's colour legend. */
  legend?: ReactNode;
  /** When set, the chart has no data: this text stands instead of an empty drawing and tables. */
  emptyText?: string;
  /** Added to the figure's class, e.g. "chart-map". */
  className?: string;
  /**
   * When set, the tables are folded under a disclosure with this summary ("The numbers"), for
   * long tables like the map's pairs of countries. Printing unfolds them (charts.css).
   */
  tablesSummary?: string;
};

/**
 * A chart as a figure: its caption, the drawing, then the same numbers as tables so a screen
 * reader (and a printed page) gets every value, not only a picture of them.
 */
export function ChartFigure({
  id,
  title,
  description,
  tables,
  children,
  legend,
  emptyText,
  className,
  tablesSummary,
}: ChartFigureProps) {
  const tableElements = tables.map((table, index) => <ChartDataTable key={index} table={table} />);
  return (
    <figure className={className ? `chart ${className}` : "chart"} id={id}>
      <figcaption id={`${id}-caption`} className="chart-caption">
        <span className="chart-title">{title}</span>
        {emptyText === undefined && <span className="chart-description">{description}</span>}
      </figcaption>
      {emptyText !== undefined ? (
        <p className="chart-empty">{emptyText}</p>
      ) : (
        <>
          <div className="chart-drawing">
            {children}
            {legend}
          </div>
          {tablesSummary === undefined ? (
            tableElements
          ) : (
            <details className="chart-tables">
              <summary>{tablesSummary}</summary>
              {tableElements}
            </details>
          )}
        </>
      )}
    </figure>
  );
}

function ChartDataTable({ table }: { table: ChartTable }) {
  const numeric = (index: number) => (table.columns[index]?.numeric ? "numeric" : undefined);
  return (
    <TableScroll className="chart-table" label={table.caption}>
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={index} scope="col" className={numeric(index)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={numeric(index)}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {table.footer && (
          <tfoot>
            <tr>
              {table.footer.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={numeric(index)}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </TableScroll>
  );
}

type ChartSvgProps = {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  children: ReactNode;
};

/**
 * The drawing: a fixed viewBox scaled to the container's width, named by its own title and
 * description (`aria-labelledby` on both, which reads better than `aria-label` across readers).
 */
export function ChartSvg({ id, title, description, width, height, children }: ChartSvgProps) {
  return (
    <svg
      className="chart-svg"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="xMidYMid meet"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}
