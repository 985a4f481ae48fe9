import { TableScroll } from "../../shared/table-scroll.tsx";
import type { ChartTable } from "../../shared/charts/index.ts";
import type { ReportTable } from "../../../domain/reports/report-tables.ts";
import type { ReportWords } from "./report-words.ts";

const NUMERIC = new Set(["count", "number", "percent"]);

/** A report table as the charts' table: the reader's words and numbers, first cell a row header. */
export function chartTableOf(table: ReportTable, words: ReportWords, caption: string): ChartTable {
  return {
    caption,
    columns: table.columns.map((c) => ({ header: words.header(c), numeric: NUMERIC.has(c.kind) })),
    rows: table.rows.map((row, index) => ({
      key: String(index),
      cells: row.map((value, i) => words.cell(table.columns[i]!.kind, value)),
    })),
  };
}

/** A table of the report that has no drawing of its own. */
export function ReportTableView({ table }: { table: ChartTable }) {
  return (
    <TableScroll className="report-table" label={table.caption}>
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col" className={c.numeric ? "numeric" : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={table.columns[i]?.numeric ? "numeric" : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
