/**
 * A report table as a CSV file people open in a spreadsheet: RFC 4180 (quoted fields, CRLF),
 * UTF-8 with a byte-order mark so Excel reads accents, and every cell a spreadsheet would run
 * as a formula (= + - @ first) prefixed with an apostrophe. Headers and words come in the
 * reader's language; numbers stay plain ("1.5", not "1,5") so they read back as numbers.
 */
import { formatCsv } from "../applications/application-csv/write-csv.ts";
import type { Cell, CellKind, ReportColumn, ReportTable } from "./report-tables.ts";

export interface CsvTexts {
  header: (column: ReportColumn) => string;
  /** A word cell (a country code, a status…) in the reader's language. */
  word: (kind: CellKind, value: string) => string;
}

const NUMERIC: readonly CellKind[] = [
  "count",
  "number",
  "percent",
  "week",
  "checkIn",
  "scalePoint",
];

function cellText(kind: CellKind, value: Cell, texts: CsvTexts): string {
  if (value === null) return "";
  if (typeof value === "number" || NUMERIC.includes(kind)) return String(value);
  return kind === "text" || kind === "day" ? value : texts.word(kind, value);
}

export function reportTableCsv(table: ReportTable, texts: CsvTexts): string {
  const rows = [
    table.columns.map((c) => texts.header(c)),
    ...table.rows.map((row) =>
      row.map((value, i) => cellText(table.columns[i]!.kind, value, texts)),
    ),
  ];
  return `\uFEFF${formatCsv(rows, { guardFormulas: true })}`;
}
