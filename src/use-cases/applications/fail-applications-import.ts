import type { UseCaseDeps } from "../ports.ts";
import type { ImportProblem } from "./import-applications.ts";

/**
 * Takes back every row the import wrote and records why it failed, in one transaction. The
 * "applications.import.given-up" job calls it (without problems: a write failure) when the
 * import's job failed every retry, so no import stays "running" half-written.
 */
export async function failApplicationsImport(
  deps: UseCaseDeps,
  input: { importJobId: string; problems?: ImportProblem[] },
): Promise<{ status: "failed" }> {
  const { importJobId, problems = [writeFailed()] } = input;
  await deps.uow.transaction(async (r) => {
    const current = await r.importJobs.lockById(importJobId);
    if (!current || current.status !== "running") return;
    await r.applications.deleteImported(importJobId);
    await r.importJobs.deleteChunks(importJobId);
    await r.importJobs.update({
      ...current,
      status: "failed",
      processedRows: 0,
      errors: problems,
      finishedAt: deps.clock.now(),
    });
  });
  return { status: "failed" };
}

/** Rows could not be written: nothing of the file stays. */
export function writeFailed(): ImportProblem {
  return {
    row: null,
    line: null,
    column: null,
    code: "write_failed",
    params: {},
    message: "The applications could not be saved; nothing was imported.",
  };
}
