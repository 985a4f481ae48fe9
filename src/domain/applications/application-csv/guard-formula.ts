/**
 * OWASP "CSV injection": a cell starting with = + - or @ is run as a formula by
 * spreadsheets, so it is written with a leading apostrophe, which makes it plain text; the
 * importer removes the apostrophe again (plain negative numbers are left alone).
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}
