import {
  MAX_ERRORS,
  parseApplicationsCsv,
  type CsvImportError,
  type CsvImportErrorCode,
  type ImportedApplication,
} from "../../domain/application-csv/index.ts";
import type { ApplicationProfile, CustomAnswers } from "../../domain/application-profile.ts";
import { EXPORT_ONLY_COLUMNS, questionColumnHeader } from "../export-applicants.ts";
import { findFacilitatedRound } from "../find-facilitated-round.ts";
import type { ApplicationRecord, ImportJobRecord, QuestionRecord, UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/** A row or file problem: the parser's, or an email that already applied to the round. */
export type ImportProblem = Omit<CsvImportError, "code"> & {
  code: CsvImportErrorCode | "already_applied" | "write_failed";
};

export interface ImportProgress {
  jobId: string;
  processedRows: number;
  totalRows: number;
  finished: boolean;
}

export type StartedImport =
  | { kind: "invalid"; problems: ImportProblem[] }
  | {
      kind: "started";
      job: ImportJobRecord;
      /** Settles when the job row says done or failed; `cause` is an unexpected write error. */
      finished: Promise<{ job: ImportJobRecord; cause?: unknown }>;
    };

// Rows written between two progress reports.
const PROGRESS_EVERY_ROWS = 1000;

/**
 * A facilitator imports applications collected elsewhere into a round (format:
 * docs/csv-import.md). The file is parsed and checked before anything is written (errors
 * come back at once); then an import job is recorded and the rows are written in the
 * background, in ONE transaction, so a failure leaves nothing behind.
 *
 * Imported applications are "submitted" whatever the country cap says (the coordinator chose
 * these people), get the programme's default language, consent at import time (the
 * facilitator confirms it), and no email (the coordinator has been in touch already).
 *
 * Progress goes to `onProgress` rather than the job row: on PGlite (one connection) a write
 * outside the open transaction waits for it to end, so the job row is written at start and end.
 */
export async function startApplicationsImport(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: { roundId: string; bytes: Uint8Array; consentConfirmed: boolean },
  onProgress: (progress: ImportProgress) => void = () => {},
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
  const { round, programme } = found;
  const applications = parsed.applications.map((a) => ({
    ...a,
    profile: unguardProfile(a.profile),
  }));
  const taken = await repositories.applications.existingEmails(
    round.id,
    applications.map((a) => a.profile.email),
  );
  if (taken.length > 0)
    return ok({ kind: "invalid", problems: alreadyApplied(applications, taken) });

  const now = deps.clock.now();
  const questions = await repositories.rounds.listQuestions(round.id);
  const total = applications.length;
  const records = applications.map((imported, index) => ({
    // Rows a millisecond apart, the last at `now`, so lists and exports keep the file's order.
    record: toRecord(deps, imported, questions, {
      roundId: round.id,
      locale: programme.defaultLanguage,
      consentAt: now,
      createdAt: new Date(now.getTime() - (total - 1 - index)),
    }),
    manageTokenHash: deps.ids.hashSecret(deps.ids.newSecret()),
  }));
  const job: ImportJobRecord = {
    id: deps.ids.newId(),
    roundId: round.id,
    status: "running",
    totalRows: total,
    processedRows: 0,
    errors: [],
    createdAt: now,
    finishedAt: null,
  };
  await repositories.importJobs.insert(job, actor.userId);
  onProgress({ jobId: job.id, processedRows: 0, totalRows: total, finished: false });
  const finished = writeApplications(deps, actor, job, records, applications, onProgress);
  return ok({ kind: "started", job, finished });
}

async function writeApplications(
  deps: UseCaseDeps,
  actor: Actor,
  job: ImportJobRecord,
  records: { record: ApplicationRecord; manageTokenHash: string }[],
  imported: ImportedApplication[],
  onProgress: (progress: ImportProgress) => void,
): Promise<{ job: ImportJobRecord; cause?: unknown }> {
  const report = (processedRows: number, finished: boolean) =>
    onProgress({ jobId: job.id, processedRows, totalRows: job.totalRows, finished });
  let problems: ImportProblem[];
  let cause: unknown;
  try {
    // Let the request that started the import answer before the write takes the database.
    await nextMacrotask();
    problems = await deps.uow.transaction(async (repositories) => {
      // Someone may have applied since the check before the job started.
      const emails = records.map((r) => r.record.email);
      const taken = await repositories.applications.existingEmails(job.roundId, emails);
      if (taken.length > 0) return alreadyApplied(imported, taken);
      for (let start = 0; start < records.length; start += PROGRESS_EVERY_ROWS) {
        await repositories.applications.insertMany(
          records.slice(start, start + PROGRESS_EVERY_ROWS),
        );
        report(Math.min(records.length, start + PROGRESS_EVERY_ROWS), false);
        await nextMacrotask();
      }
      await repositories.audit.record({
        id: deps.ids.newId(),
        actorUserId: actor.userId,
        action: "applications.imported",
        subjectType: "round",
        subjectId: job.roundId,
        data: { jobId: job.id, count: records.length },
        createdAt: deps.clock.now(),
      });
      return [];
    });
    if (problems.length === 0) await deps.uow.read.applications.refreshStatistics();
  } catch (error) {
    cause = error;
    problems = [
      {
        row: null,
        line: null,
        column: null,
        code: "write_failed",
        params: {},
        message: "The applications could not be saved; nothing was imported.",
      },
    ];
  }
  const done: ImportJobRecord = {
    ...job,
    status: problems.length === 0 ? "done" : "failed",
    processedRows: problems.length === 0 ? records.length : 0,
    errors: problems,
    finishedAt: deps.clock.now(),
  };
  try {
    await deps.uow.read.importJobs.update(done);
  } finally {
    report(done.processedRows, true);
  }
  return { job: done, cause };
}

/**
 * PGlite runs queries in this thread and resolves them as microtasks, so a long write would
 * keep every other request (even ones not touching the database) waiting; yielding between
 * batches lets them run.
 */
function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
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
