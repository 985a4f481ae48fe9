/**
 * Errors of a CSV import as values: a stable `code` and `params` for the web layer to
 * translate, and an English `message` that names the row and the column.
 *
 * Rows are numbered as a spreadsheet shows them: the header is row 1, the first applicant
 * row 2. `line` is the physical line in the file, which differs when a quoted cell holds a
 * line break. File-level errors have `row: null` and, unless about one column, `column: null`.
 */

export type CsvImportErrorCode =
  | "empty_file"
  | "not_utf8"
  | "utf16_without_bom"
  | "binary_file"
  | "wrong_delimiter"
  | "unterminated_quote"
  | "missing_column"
  | "duplicate_column"
  | "too_many_columns"
  | "column_name_too_long"
  | "no_rows"
  | "too_many_rows"
  | "too_many_errors"
  | "too_many_values"
  | "required"
  | "too_long"
  | "too_many_items"
  | "invalid_email"
  | "duplicate_email"
  | "invalid_country"
  | "invalid_language"
  | "invalid_language_level"
  | "duplicate_language"
  | "invalid_time_zone"
  | "invalid_choice"
  | "invalid_yes_no"
  | "invalid_number"
  | "invalid_availability";

export type CsvErrorParams = Record<string, string | number>;

export interface CsvImportError {
  row: number | null;
  line: number | null;
  column: string | null;
  code: CsvImportErrorCode;
  params: CsvErrorParams;
  message: string;
}

/** A problem with one cell, before it knows its row. */
export interface CellProblem {
  code: CsvImportErrorCode;
  params: CsvErrorParams;
}

const describe: Record<CsvImportErrorCode, (p: CsvErrorParams) => string> = {
  empty_file: () => "The file is empty.",
  not_utf8: (p) =>
    `The file is not UTF-8 (the first unreadable character is on line ${p.line}). ` +
    `In Excel choose "Save as" › "CSV UTF-8 (Comma delimited)"; in LibreOffice or Google ` +
    `Sheets export as CSV with the character set UTF-8, then upload it again.`,
  utf16_without_bom: () =>
    "The file looks like UTF-16 text without a byte order mark, so we cannot read it safely. " +
    'Save it as CSV UTF-8 ("CSV UTF-8 (Comma delimited)" in Excel) and upload it again.',
  binary_file: () =>
    "The file is not a CSV text file (it contains binary data — is it an .xlsx or .ods " +
    "workbook?). Save it as CSV UTF-8 and upload it again.",
  wrong_delimiter: (p) =>
    `The columns are separated by "${p.delimiter}", not by commas. Save the file as CSV ` +
    `with commas between columns ("CSV UTF-8 (Comma delimited)" in Excel).`,
  unterminated_quote: (p) =>
    `A quoted cell that starts on line ${p.line} never ends: a closing double quote (") is missing.`,
  missing_column: (p) => `The required column "${p.column}" is missing from the header row.`,
  duplicate_column: (p) =>
    `The column "${p.column}" appears twice in the header row (columns ${p.first} and ${p.second}).`,
  too_many_columns: (p) =>
    `The header row has ${p.count} columns besides the known ones; at most ${p.max} can be ` +
    `imported. Leave out the columns nobody needs, or ask those questions in the round's form.`,
  column_name_too_long: (p) =>
    `The name of column ${p.column} is ${p.length} characters long; at most ${p.max} are allowed.`,
  no_rows: () => "The file has a header row but no applicants below it.",
  too_many_rows: (p) => `The file has ${p.count} rows; at most ${p.max} can be imported at once.`,
  too_many_errors: (p) => `…and ${p.count} more errors not listed here.`,
  too_many_values: (p) =>
    `the row has ${p.count} values but the header has only ${p.max} columns (a comma in an unquoted cell?).`,
  required: () => "this column must not be empty.",
  too_long: (p) => `the value is ${p.length} characters long; at most ${p.max} are allowed.`,
  too_many_items: (p) => `${p.count} items listed; at most ${p.max} are allowed.`,
  invalid_email: (p) => `"${p.value}" is not an email address.`,
  duplicate_email: (p) =>
    `${p.value} is also the email of row ${p.otherRow}; each applicant needs their own email.`,
  invalid_country: (p) =>
    `"${p.value}" is not a country we know; use an ISO code such as FI or an English name such as Finland.`,
  invalid_language: (p) =>
    `"${p.value}" is not a language; use two-letter ISO 639-1 codes such as en or el, optionally with a level (en:C1).`,
  invalid_language_level: (p) =>
    `"${p.value}" has an unknown level; use A1, A2, B1, B2, C1, C2 or native (en:C1).`,
  duplicate_language: (p) => `the language "${p.value}" is listed twice.`,
  invalid_time_zone: (p) =>
    `"${p.value}" is not an IANA time zone; use a name such as Europe/Athens or America/Lima.`,
  invalid_choice: (p) => `"${p.value}" is not one of: ${p.allowed}.`,
  invalid_yes_no: (p) => `"${p.value}" is not yes or no.`,
  invalid_number: (p) => `"${p.value}" is not a whole number from ${p.min} to ${p.max}.`,
  invalid_availability: (p) =>
    `"${p.value}" is not an availability block; use a weekday and start hour such as tue-14 (hours 06, 10, 14, 18).`,
};

export function fileError(
  code: CsvImportErrorCode,
  params: CsvErrorParams = {},
  column: string | null = null,
): CsvImportError {
  return { row: null, line: null, column, code, params, message: describe[code](params) };
}

export function cellError(
  row: number,
  line: number,
  column: string,
  problem: CellProblem,
): CsvImportError {
  const { code, params } = problem;
  return {
    row,
    line,
    column,
    code,
    params,
    message: `Row ${row}, column "${column}": ${describe[code](params)}`,
  };
}
