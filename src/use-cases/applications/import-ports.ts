/** The import job of a CSV import: its row is its progress, kept in the database. */

export interface ImportJobRecord {
  id: string;
  roundId: string;
  status: "running" | "done" | "failed";
  totalRows: number;
  /** Rows written so far: each chunk's rows and this count commit together. */
  processedRows: number;
  errors: unknown[];
  createdAt: Date;
  finishedAt: Date | null;
  createdBy: string | null;
}

export interface ImportJobRepository {
  /** The job with the uploaded file, which the job reads back (it is dropped when finished). */
  insert(job: ImportJobRecord, file: Uint8Array): Promise<void>;
  update(job: ImportJobRecord): Promise<void>;
  findById(id: string): Promise<ImportJobRecord | undefined>;
  /** Locks the job row for the rest of the transaction: one writer per import at a time. */
  lockById(id: string): Promise<ImportJobRecord | undefined>;
  findFile(id: string): Promise<Uint8Array | undefined>;
}
