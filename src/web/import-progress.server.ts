import type {
  ImportProgress,
  StartedImport,
} from "../use-cases/applications/import-applications.ts";

/**
 * Live progress of the CSV imports running in this process, by job id. The import writes
 * its rows in one transaction, and on PGlite (a single connection) nothing else can touch
 * the database until it commits, so progress cannot go to the import_job row meanwhile;
 * the row is written when the import starts and when it ends. A job missing here is either
 * finished (see its row) or ran in another process.
 */
const progressByJob = new Map<string, ImportProgress>();

export function recordImportProgress(progress: ImportProgress): void {
  if (progress.finished) progressByJob.delete(progress.jobId);
  else progressByJob.set(progress.jobId, progress);
}

export function findImportProgress(jobId: string): ImportProgress | undefined {
  return progressByJob.get(jobId);
}

/** Logs what went wrong in a background import (the page shows the person a plain message). */
export function watchImport(started: Extract<StartedImport, { kind: "started" }>): void {
  started.finished.then(
    ({ job, cause }) => {
      if (cause) console.error(`CSV import ${job.id} failed`, cause);
    },
    (error: unknown) => {
      progressByJob.delete(started.job.id);
      console.error(`CSV import ${started.job.id}: could not record the outcome`, error);
    },
  );
}
