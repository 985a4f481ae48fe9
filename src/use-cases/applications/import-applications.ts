import {
  MAX_ERRORS,
  parseApplicationsCsv,
  type CsvImportError,
  type CsvImportErrorCode,
  type ImportedApplication,
  unguardFormula,
} from "../../domain/applications/application-csv/index.ts";
import type { ApplicationProfile } from "../../domain/applications/application-profile.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ImportJobRecord } from "./import-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/** A row or file problem: the parser's, or an email that already applied to the round. */
export type ImportProblem = Omit<CsvImportError, "code"> & {
  code: CsvImportErrorCode | "already_applied" | "write_failed";
};

export type StartedImport =
  { kind: "invalid"; problems: ImportProblem[] } | { kind: "started"; job: ImportJobRecord };

/**
 * Rows per chunk: the job writes one chunk per transaction, which holds the database (on
 * PGlite, its only connection) for a short moment, so pages keep answering during a large
 * import (decision 0006 has the measurements).
 */
const ROWS_PER_CHUNK = 100;

/**
 * A facilitator imports applications collected elsewhere into a round (format:
 * docs/csv-import.md). The file is parsed and checked before anything is written (errors
 * come back at once); then the import job row (with the file) and the
 * "applications.import" job that writes the rows are recorded in one transaction.
 *
 * Imported applications are "submitted" whatever the country cap says (the coordinator chose
 * these people), get the programme's default language, consent at import time (the
 * facilitator confirms it), and no email (the coordinator has been in touch already).
 */
export async function startApplicationsImport(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: { roundId: string; bytes: Uint8Array; consentConfirmed: boolean },
): Promise<Result<StartedImport>> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, input.roundId);
  if (!found || !actor) return fail({ code: "not_found" });
  if (!input.consentConfirmed) {
    return fail({
      code: "invalid",
      fieldErrors: { consent: { key: "applications:import.consentRequired" } },
    });
  }
  const parsed = parseApplicationsCsv(input.bytes);
  if (!parsed.ok) return ok({ kind: "invalid", problems: parsed.errors });
  const applications = parsed.applications.map(unguardApplication);
  const taken = await repositories.applications.existingEmails(
    found.round.id,
    applications.map((a) => a.profile.email),
  );
  if (taken.length > 0)
    return ok({ kind: "invalid", problems: alreadyApplied(applications, taken) });

  const job: ImportJobRecord = {
    id: deps.ids.newId(),
    roundId: found.round.id,
    status: "running",
    totalRows: applications.length,
    processedRows: 0,
    errors: [],
    createdAt: deps.clock.now(),
    finishedAt: null,
    createdBy: actor.userId,
  };
  await deps.uow.transaction(async (r) => {
    await r.importJobs.insert(job, chunksOf(applications, ROWS_PER_CHUNK));
    await r.jobs.send("applications.import", { importJobId: job.id });
  });
  return ok({ kind: "started", job });
}

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** The problems of rows whose email already applied to the round. */
export function alreadyApplied(
  applications: ImportedApplication[],
  taken: string[],
): ImportProblem[] {
  const takenSet = new Set(taken);
  const rows = applications.filter((a) => takenSet.has(a.profile.email));
  const problems: ImportProblem[] = rows.slice(0, MAX_ERRORS).map(({ row, profile }) => ({
    row,
    line: null,
    column: "email",
    code: "already_applied",
    params: { value: profile.email },
    message: `Row ${row}, column "email": ${profile.email} has already applied to this round.`,
  }));
  if (rows.length > MAX_ERRORS) {
    const count = rows.length - MAX_ERRORS;
    problems.push({
      row: null,
      line: null,
      column: null,
      code: "too_many_errors",
      params: { count },
      message: `…and ${count} more errors not listed here.`,
    });
  }
  return problems;
}

/** Undoes the export's formula guard in cells and headers. */
function unguardApplication(imported: ImportedApplication): ImportedApplication {
  const customAnswers = Object.fromEntries(
    Object.entries(imported.customAnswers).map(([header, cell]) => [
      unguardFormula(header),
      unguardFormula(cell),
    ]),
  );
  return { ...imported, profile: unguardProfile(imported.profile), customAnswers };
}

function unguardProfile(profile: ApplicationProfile): ApplicationProfile {
  return {
    ...profile,
    name: unguardFormula(profile.name),
    email: unguardFormula(profile.email),
    city: unguardFormula(profile.city),
    library: unguardFormula(profile.library),
    jobTitle: unguardFormula(profile.jobTitle),
    otherInterests: unguardFormula(profile.otherInterests),
    goals: unguardFormula(profile.goals),
  };
}
