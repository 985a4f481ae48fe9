/** The import job of a CSV import: its row is its progress, kept in the database. */
import type { ImportedApplication } from "../../domain/applications/application-csv/index.ts";

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
  /** The job with its checked rows in chunks, in the file's order, for its job to write. */
  insert(job: ImportJobRecord, chunks: readonly ImportedApplication[][]): Promise<void>;
  update(job: ImportJobRecord): Promise<void>;
  findById(id: string): Promise<ImportJobRecord | undefined>;
  /** Locks the job row for the rest of the transaction: one writer per import at a time. */
  lockById(id: string): Promise<ImportJobRecord | undefined>;
  /** The first chunk not yet written, if any. */
  findNextChunk(id: string): Promise<{ position: number; rows: ImportedApplication[] } | undefined>;
  /** Forgets a written chunk, or with no position every chunk left (the job has ended). */
  deleteChunks(id: string, position?: number): Promise<void>;
}
