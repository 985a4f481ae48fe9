import {
  MAX_ERRORS,
  parseApplicationsCsv,
  type CsvImportError,
  type CsvImportErrorCode,
  type ImportedApplication,
} from "../../domain/applications/application-csv/index.ts";
import type {
  ApplicationProfile,
  CustomAnswers,
} from "../../domain/applications/application-profile.ts";
import { EXPORT_ONLY_COLUMNS, questionColumnHeader } from "./export-applicants.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { ApplicationRecord } from "./application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { QuestionRecord } from "../rounds/round-ports.ts";
import type { ImportJobRecord } from "./import-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/** A row or file problem: the parser's, or an email that already applied to the round. */
export type ImportProblem = Omit<CsvImportError, "code"> & {
  code: CsvImportErrorCode | "already_applied" | "write_failed";
};

export type StartedImport =
  { kind: "invalid"; problems: ImportProblem[] } | { kind: "started"; job: ImportJobRecord };

/**
 * Rows written per transaction. Each chunk holds the database (on PGlite, its only
 * connection) for a short moment, so pages keep answering during a large import.
 */
const ROWS_PER_CHUNK = 100;

/** Pause between two chunks, so requests waiting for the database get it first. */
const PAUSE_BETWEEN_CHUNKS_MS = 20;

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
      fieldErrors: { consent: { key: "applicants:import.consentRequired" } },
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

/**
 * The "applications.import" job: writes the chunks not yet written, one per transaction,
 * each committing with the job's count of written rows (and its chunk deleted). Killed
 * part-way, the retried job resumes after the last committed chunk, so the import ends
 * "done". If a chunk cannot be written (someone applied with one of the emails meanwhile,
 * a write error), the rows written so far are removed and the job ends "failed" in one
 * transaction: an import is never left half-written.
 */
export async function continueApplicationsImport(
  deps: UseCaseDeps,
  input: { importJobId: string },
): Promise<{ status: ImportJobRecord["status"] | "missing" }> {
  const read = deps.uow.read;
  const job = await read.importJobs.findById(input.importJobId);
  if (!job) return { status: "missing" };
  if (job.status !== "running") return { status: job.status };
  const round = await read.rounds.findById(job.roundId);
  const programme = round && (await read.programmes.findById(round.programmeId));
  if (!round || !programme) return failImport(deps, job.id, [writeFailed()]);
  const questions = await read.rounds.listQuestions(round.id);
  const toInsert = (imported: ImportedApplication, index: number) => ({
    // Rows a millisecond apart, the last at the job's start, so lists keep the file's order.
    record: toRecord(deps, imported, questions, {
      roundId: round.id,
      locale: programme.defaultLanguage,
      consentAt: job.createdAt,
      createdAt: new Date(job.createdAt.getTime() - (job.totalRows - 1 - index)),
    }),
    manageTokenHash: deps.ids.hashSecret(deps.ids.newSecret()),
  });

  for (;;) {
    let step: "written" | "complete" | "stopped" | ImportProblem[];
    try {
      step = await deps.uow.transaction(async (r) => {
        const current = await r.importJobs.lockById(job.id);
        if (!current || current.status !== "running") return "stopped";
        const start = current.processedRows;
        const next = await r.importJobs.findNextChunk(job.id);
        if (!next) return start === current.totalRows ? "complete" : [writeFailed()];
        const chunk = next.rows;
        // Someone may have applied since the file was checked.
        const taken = await r.applications.existingEmails(
          round.id,
          chunk.map((a) => a.profile.email),
        );
        if (taken.length > 0) return alreadyApplied(chunk, taken);
        await r.applications.insertMany(
          chunk.map((imported, i) => toInsert(imported, start + i)),
          job.id,
        );
        await r.importJobs.deleteChunks(job.id, next.position);
        await r.importJobs.update({ ...current, processedRows: start + chunk.length });
        return "written";
      });
    } catch {
      step = [writeFailed()];
    }
    if (step === "stopped") return { status: "failed" };
    if (Array.isArray(step)) return failImport(deps, job.id, step);
    if (step === "complete") break;
    // Let requests waiting for the database (and the event loop) run between chunks.
    await pause(PAUSE_BETWEEN_CHUNKS_MS);
  }

  const finished = await deps.uow.transaction(async (r) => {
    const current = await r.importJobs.lockById(job.id);
    if (!current || current.status !== "running") return false;
    await r.audit.record({
      id: deps.ids.newId(),
      actorUserId: current.createdBy,
      action: "applications.imported",
      subjectType: "round",
      subjectId: current.roundId,
      data: { jobId: current.id, count: current.totalRows },
      createdAt: deps.clock.now(),
    });
    await r.importJobs.deleteChunks(current.id);
    await r.importJobs.update({ ...current, status: "done", finishedAt: deps.clock.now() });
    return true;
  });
  if (finished) await read.applications.refreshStatistics();
  return { status: "done" };
}

/** Takes back every row the import wrote and records why it failed, in one transaction. */
async function failImport(
  deps: UseCaseDeps,
  importJobId: string,
  problems: ImportProblem[],
): Promise<{ status: "failed" }> {
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

function writeFailed(): ImportProblem {
  return {
    row: null,
    line: null,
    column: null,
    code: "write_failed",
    params: {},
    message: "The applications could not be saved; nothing was imported.",
  };
}

/**
 * PGlite runs queries in this thread and resolves them as microtasks, so a long write would
 * keep every other request (even ones not touching the database) waiting; pausing between
 * chunks lets them run.
 */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function alreadyApplied(applications: ImportedApplication[], taken: string[]): ImportProblem[] {
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

function toRecord(
  deps: Pick<UseCaseDeps, "ids">,
  imported: ImportedApplication,
  questions: readonly QuestionRecord[],
  fields: { roundId: string; locale: string; consentAt: Date; createdAt: Date },
): ApplicationRecord {
  return {
    ...imported.profile,
    id: deps.ids.newId(),
    roundId: fields.roundId,
    userId: null,
    status: "submitted",
    waitlistReason: null,
    decisionMessage: null,
    source: "import",
    locale: fields.locale,
    customAnswers: customAnswersFrom(imported.customAnswers, questions),
    consentAt: fields.consentAt,
    createdAt: fields.createdAt,
    updatedAt: fields.createdAt,
    withdrawnAt: null,
  };
}

/**
 * Columns named like one of the round's questions (as the export writes them) become that
 * question's answer; other non-empty columns are kept under their header. The export's
 * status and created_at columns are read past: an imported application starts afresh.
 */
function customAnswersFrom(
  cells: Record<string, string>,
  questions: readonly QuestionRecord[],
): CustomAnswers {
  const questionByHeader = new Map<string, QuestionRecord>();
  for (const question of questions) {
    questionByHeader.set(question.label.trim().toLowerCase(), question);
    questionByHeader.set(questionColumnHeader(question.label).trim().toLowerCase(), question);
  }
  const answers: CustomAnswers = {};
  for (const [header, raw] of Object.entries(cells)) {
    const text = unguard(raw);
    const key = header.trim().toLowerCase();
    if (text === "" || (EXPORT_ONLY_COLUMNS as readonly string[]).includes(key)) continue;
    const question = questionByHeader.get(key);
    if (!question) answers[header] = text;
    else if (question.kind === "multiple_choice")
      answers[question.id] = text
        .split(";")
        .map((v) => v.trim())
        .filter(Boolean);
    else if (question.kind === "yes_no" && /^(yes|no)$/i.test(text))
      answers[question.id] = text.toLowerCase() === "yes";
    else answers[question.id] = text;
  }
  return answers;
}

/** Undoes the export's formula guard (a leading apostrophe before = + - or @). */
function unguard(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

function unguardApplication(imported: ImportedApplication): ImportedApplication {
  return { ...imported, profile: unguardProfile(imported.profile) };
}

function unguardProfile(profile: ApplicationProfile): ApplicationProfile {
  return {
    ...profile,
    name: unguard(profile.name),
    email: unguard(profile.email),
    city: unguard(profile.city),
    library: unguard(profile.library),
    jobTitle: unguard(profile.jobTitle),
    otherInterests: unguard(profile.otherInterests),
    goals: unguard(profile.goals),
  };
}
