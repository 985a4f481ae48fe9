/** RFC 4180 output: fields quoted when they hold a comma, quote or line break; CRLF between records. */

export interface WriteCsvOptions {
  /**
   * Prefix cells that a spreadsheet would run as a formula (=, +, -, @ first) with an
   * apostrophe (OWASP "CSV injection"). For files meant for people, not for re-import.
   */
  guardFormulas?: boolean;
}

export function formatCsvField(value: string, options: WriteCsvOptions = {}): string {
  let text = value;
  if (options.guardFormulas && /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text))
    text = `'${text}`;
  return /[",\r\n\t]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(
  rows: readonly (readonly string[])[],
  options: WriteCsvOptions = {},
): string {
  return rows
    .map((row) => row.map((field) => formatCsvField(field, options)).join(",") + "\r\n")
    .join("");
}
