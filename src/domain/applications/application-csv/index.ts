export {
  parseApplicationsCsv,
  type ImportedApplication,
  type ParseApplicationsCsvResult,
} from "./parse-applications-csv.ts";
export type { CsvImportError, CsvImportErrorCode, CsvErrorParams } from "./import-errors.ts";
export {
  applicationsCsvHeader,
  applicationsCsvRecord,
  writeApplicationsCsv,
  type ApplicationToWrite,
} from "./write-applications-csv.ts";
export { EXPORT_ONLY_COLUMNS, questionColumnHeader } from "./export-columns.ts";
export { guardFormula, unguardFormula } from "./guard-formula.ts";
export { formatCsv, formatCsvField, formatCsvRecord, type WriteCsvOptions } from "./write-csv.ts";
export { KNOWN_COLUMNS, REQUIRED_COLUMNS, type KnownColumn } from "./csv-columns.ts";
export { DEFAULT_LANGUAGE_LEVEL } from "./field-parsers.ts";
export { DEFAULTS as APPLICATION_CSV_DEFAULTS } from "./parse-application-row.ts";
export { MAX_LENGTH, MAX_ROWS, MAX_ERRORS } from "./field-limits.ts";
