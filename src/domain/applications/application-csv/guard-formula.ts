/**
 * OWASP "CSV injection": a cell starting with = + - or @ (or a tab or carriage return before
 * one) is run as a formula by spreadsheets, so it is written with a leading apostrophe, which
 * makes it plain text; the importer removes the apostrophe again (unguardFormula). Plain
 * negative numbers are left alone. Headers are cells too: an imported column may be named
 * "=HYPERLINK(…)".
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

/** Undoes guardFormula, for a file exported here and imported again. */
export function unguardFormula(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
