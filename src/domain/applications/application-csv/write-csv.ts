/** RFC 4180 output: fields quoted when they hold a comma, quote or line break; CRLF between records. */
import { guardFormula } from "./guard-formula.ts";

export interface WriteCsvOptions {
  /**
   * Prefix every field, headers included, that a spreadsheet would run as a formula with an
   * apostrophe (guardFormula). For files people open; the applications import undoes it.
   */
  guardFormulas?: boolean;
}

export function formatCsvField(value: string, options: WriteCsvOptions = {}): string {
  const text = options.guardFormulas ? guardFormula(value) : value;
  return /[",\r\n\t]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF, so a long file can be written a record at a time. */
export function formatCsvRecord(fields: readonly string[], options: WriteCsvOptions = {}): string {
  return fields.map((field) => formatCsvField(field, options)).join(",") + "\r\n";
}

export function formatCsv(
  rows: readonly (readonly string[])[],
  options: WriteCsvOptions = {},
): string {
  return rows.map((row) => formatCsvRecord(row, options)).join("");
}
