import type { ImportedApplication } from "../../domain/applications/application-csv/index.ts";
import type { CustomAnswers } from "../../domain/applications/application-profile.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { QuestionRecord } from "../rounds/round-ports.ts";
import type { ApplicationRecord } from "./application-ports.ts";
import { EXPORT_ONLY_COLUMNS, questionColumnHeader } from "./export-applicants.ts";
import { failApplicationsImport, writeFailed } from "./fail-applications-import.ts";
import { alreadyApplied, type ImportProblem } from "./import-applications.ts";
import type { ImportJobRecord } from "./import-ports.ts";

/** Pause between two chunks, so requests waiting for the database get it first. */
const PAUSE_BETWEEN_CHUNKS_MS = 20;

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
): Promise<{ status: ImportJobRecord["status"] | "missing"; cause?: unknown }> {
  const read = deps.uow.read;
  const job = await read.importJobs.findById(input.importJobId);
  if (!job) return { status: "missing" };
  if (job.status !== "running") return { status: job.status };
  const round = await read.rounds.findById(job.roundId);
  const programme = round && (await read.programmes.findById(round.programmeId));
  if (!round || !programme) return failApplicationsImport(deps, { importJobId: job.id });
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
    } catch (error) {
      // The person sees "could not be saved"; the cause goes back to the job runner's log.
      await failApplicationsImport(deps, { importJobId: job.id, problems: [writeFailed()] });
      return { status: "failed", cause: error };
    }
    // Another worker ended it (a job delivered twice): report how it ended.
    if (step === "stopped")
      return { status: (await read.importJobs.findById(job.id))?.status ?? "missing" };
    if (Array.isArray(step))
      return failApplicationsImport(deps, { importJobId: job.id, problems: step });
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

/**
 * PGlite runs queries in this thread and resolves them as microtasks, so a long write would
 * keep every other request (even ones not touching the database) waiting; pausing between
 * chunks lets them run.
 */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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
  // The cells are unguarded already (startApplicationsImport).
  for (const [header, text] of Object.entries(cells)) {
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
