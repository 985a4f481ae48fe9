/**
 * "Export my data" (issue 16): everything held about a person, one list of rows per kind,
 * written as one JSON document and one CSV file per kind (in one zip download).
 */
import { formatCsvRecord } from "../applications/application-csv/write-csv.ts";

/** Every kind the export holds, in the order the files and the JSON list them. */
export const EXPORT_KINDS = [
  "account",
  "consents",
  "applications",
  "partnerships",
  "meetings",
  "check_ins",
  "survey_answers",
  "session_rsvps",
  "news_posts",
  "news_comments",
  "network_memberships",
  "network_roles",
  "network_follows",
  "event_registrations",
  "petition_signatures",
  "spotlights",
  "nominations",
  "mentoring_offers",
  "profile",
  "guide_revisions",
  "email_choices",
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export type ExportValue = string | number | boolean | null | Date | readonly unknown[] | object;
export type ExportRow = Record<string, ExportValue>;
export type PersonalData = Record<ExportKind, ExportRow[]>;

/**
 * The most rows of one kind an export reads: far above what one person has (a few
 * applications, partnerships and meetings a round), a bound on what one request can hold.
 */
export const MAX_EXPORT_ROWS_PER_KIND = 5000;

export function emptyPersonalData(): PersonalData {
  return Object.fromEntries(EXPORT_KINDS.map((kind) => [kind, []])) as unknown as PersonalData;
}

function plain(value: ExportValue): unknown {
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** The JSON document: every kind, dates as ISO 8601 in UTC. */
export function personalDataJson(data: PersonalData, exportedAt: Date): string {
  const kinds = Object.fromEntries(
    EXPORT_KINDS.map((kind) => [
      kind,
      data[kind].map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])),
      ),
    ]),
  );
  return JSON.stringify({ exportedAt: exportedAt.toISOString(), ...kinds }, null, 2) + "\n";
}

function cell(value: ExportValue): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * One kind as CSV: a header of every column any row has (in first-seen order), then a record
 * per row; lists and objects as JSON, formulas guarded (the file is opened in spreadsheets).
 * A kind with no rows is a header-less empty file.
 */
export function personalDataCsv(rows: readonly ExportRow[]): string {
  const columns: string[] = [];
  for (const row of rows)
    for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  if (columns.length === 0) return "";
  const options = { guardFormulas: true };
  return (
    formatCsvRecord(columns, options) +
    rows
      .map((row) =>
        formatCsvRecord(
          columns.map((c) => cell(row[c] ?? null)),
          options,
        ),
      )
      .join("")
  );
}
