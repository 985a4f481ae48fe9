/**
 * The one parser and validator of the applications CSV (format: docs/csv-import.md).
 * Pure: bytes in, applications or errors out. All-or-nothing: if any row is bad, the
 * result carries only errors, so a caller cannot import half a file by mistake.
 */
import type { ApplicationProfile } from "../application-profile.ts";
import {
  columnLetter,
  findKnownColumn,
  normaliseHeader,
  REQUIRED_COLUMNS,
  type KnownColumn,
} from "./csv-columns.ts";
import { decodeCsvBytes } from "./decode-csv-bytes.ts";
import { MAX_CUSTOM_COLUMNS, MAX_ERRORS, MAX_LENGTH, MAX_ROWS } from "./field-limits.ts";
import { cellError, fileError, type CsvImportError } from "./import-errors.ts";
import { parseApplicationRow, type RowCells } from "./parse-application-row.ts";
import { readCsvRecords } from "./read-csv-records.ts";

export interface ImportedApplication {
  /** Spreadsheet row number: the header is row 1, the first applicant row 2. */
  row: number;
  profile: ApplicationProfile;
  /** Cells of the columns this format does not know, keyed by their header as written. */
  customAnswers: Record<string, string>;
}

export type ParseApplicationsCsvResult =
  | { ok: true; applications: ImportedApplication[]; customColumns: string[] }
  | { ok: false; errors: CsvImportError[] };

interface ColumnPlan {
  known: (KnownColumn | undefined)[];
  customNames: (string | undefined)[];
}

export function parseApplicationsCsv(bytes: Uint8Array): ParseApplicationsCsvResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok)
    return failWith([fileError(decoded.failure.code, decodeParams(decoded.failure))]);
  const text = decoded.text;

  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  let delimiter = ",";
  if (!firstLine.includes(",")) {
    if (firstLine.includes("\t")) delimiter = "\t";
    else if (firstLine.includes(";"))
      return failWith([fileError("wrong_delimiter", { delimiter: ";" })]);
  }
  const read = readCsvRecords(text, delimiter);
  if (!read.ok) return failWith([fileError("unterminated_quote", { line: read.failure.line })]);
  const [header, ...records] = read.records;
  if (!header) return failWith([fileError("empty_file")]);

  const planned = planColumns(header.fields);
  if ("errors" in planned) return failWith(planned.errors);
  const plan = planned.plan;

  const dataRecords = records
    .map((record, index) => ({ ...record, row: index + 2 }))
    .filter((record) => record.fields.some((field) => field.trim() !== ""));
  if (dataRecords.length === 0) return failWith([fileError("no_rows")]);
  if (dataRecords.length > MAX_ROWS) {
    return failWith([fileError("too_many_rows", { count: dataRecords.length, max: MAX_ROWS })]);
  }

  const errors: CsvImportError[] = [];
  const applications: ImportedApplication[] = [];
  const rowByEmail = new Map<string, number>();
  for (const { fields, row, line } of dataRecords) {
    const extra = fields.slice(plan.known.length).filter((f) => f.trim() !== "");
    if (extra.length > 0) {
      const column = columnLetter(plan.known.length);
      errors.push(
        cellError(row, line, column, {
          code: "too_many_values",
          params: { count: fields.length, max: plan.known.length },
        }),
      );
    }
    const cells: RowCells = {};
    const customAnswers: Record<string, string> = {};
    for (let c = 0; c < plan.known.length; c++) {
      const cell = (fields[c] ?? "").trim();
      const known = plan.known[c];
      if (known) cells[known] = cell;
      else {
        const name = plan.customNames[c]!;
        if (cell.length > MAX_LENGTH.customAnswer) {
          errors.push(
            cellError(row, line, name, {
              code: "too_long",
              params: { length: cell.length, max: MAX_LENGTH.customAnswer },
            }),
          );
        }
        customAnswers[name] = cell;
      }
    }
    const outcome = parseApplicationRow(cells);
    if (!outcome.ok) {
      for (const { column, problem } of outcome.problems)
        errors.push(cellError(row, line, column, problem));
      continue;
    }
    const email = outcome.profile.email;
    const otherRow = rowByEmail.get(email);
    if (otherRow !== undefined) {
      errors.push(
        cellError(row, line, "email", {
          code: "duplicate_email",
          params: { value: email, otherRow },
        }),
      );
      continue;
    }
    rowByEmail.set(email, row);
    applications.push({ row, profile: outcome.profile, customAnswers });
  }
  if (errors.length > 0) return failWith(errors);
  const customColumns = plan.customNames.filter((n): n is string => n !== undefined);
  return { ok: true, applications, customColumns };
}

function planColumns(headers: string[]): { plan: ColumnPlan } | { errors: CsvImportError[] } {
  const errors: CsvImportError[] = [];
  const known: (KnownColumn | undefined)[] = [];
  const customNames: (string | undefined)[] = [];
  const seen = new Map<string, number>();
  headers.forEach((raw, index) => {
    const title = raw.trim();
    const column = findKnownColumn(title);
    const key = column ?? (title === "" ? `column ${columnLetter(index)}` : normaliseHeader(title));
    const before = seen.get(key);
    if (before !== undefined) {
      errors.push(
        fileError(
          "duplicate_column",
          { column: column ?? title, first: columnLetter(before), second: columnLetter(index) },
          column ?? title,
        ),
      );
    }
    seen.set(key, index);
    known.push(column);
    customNames.push(column ? undefined : title === "" ? key : title);
    if (!column && title.length > MAX_LENGTH.columnName) {
      const letter = columnLetter(index);
      const params = { column: letter, length: title.length, max: MAX_LENGTH.columnName };
      errors.push(fileError("column_name_too_long", params, letter));
    }
  });
  const customCount = customNames.filter((name) => name !== undefined).length;
  if (customCount > MAX_CUSTOM_COLUMNS)
    return {
      errors: [fileError("too_many_columns", { count: customCount, max: MAX_CUSTOM_COLUMNS })],
    };
  for (const required of REQUIRED_COLUMNS) {
    if (!known.includes(required))
      errors.push(fileError("missing_column", { column: required }, required));
  }
  return errors.length > 0 ? { errors } : { plan: { known, customNames } };
}

function decodeParams(failure: { code: string; line?: number }): Record<string, number> {
  return failure.line === undefined ? {} : { line: failure.line };
}

function failWith(errors: CsvImportError[]): ParseApplicationsCsvResult {
  if (errors.length <= MAX_ERRORS) return { ok: false, errors };
  const listed = errors.slice(0, MAX_ERRORS);
  listed.push(fileError("too_many_errors", { count: errors.length - MAX_ERRORS }));
  return { ok: false, errors: listed };
}
