import { findKnownColumn } from "./csv-columns.ts";

/**
 * Columns the export adds after the profile; the import reads past them (see
 * src/use-cases/applications/import-applications.ts).
 */
export const EXPORT_ONLY_COLUMNS = ["status", "created_at"] as const;

/**
 * The CSV header of a custom question's answers: its label, unless that label would be
 * read back as a profile column (a question called "Name"), then marked as an answer.
 */
export function questionColumnHeader(label: string): string {
  const clash =
    findKnownColumn(label) !== undefined ||
    (EXPORT_ONLY_COLUMNS as readonly string[]).includes(label.trim().toLowerCase());
  return clash ? `${label} (answer)` : label;
}
