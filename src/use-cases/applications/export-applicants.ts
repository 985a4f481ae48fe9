import {
  applicationsCsvHeader,
  applicationsCsvRecord,
  EXPORT_ONLY_COLUMNS,
  questionColumnHeader,
} from "../../domain/applications/application-csv/index.ts";
import type { ApplicantFilters } from "../../domain/applications/applicant-filters.ts";
import type { CustomAnswers } from "../../domain/applications/application-profile.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { ApplicationRecord } from "./application-ports.ts";
import type { ReadRepositories, UseCaseDeps } from "../ports.ts";
import type { QuestionRecord } from "../rounds/round-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

// import-applications.ts still imports these two from here; once it imports them from the
// domain, this line goes and the file exports only exportApplicants.
export {
  EXPORT_ONLY_COLUMNS,
  questionColumnHeader,
} from "../../domain/applications/application-csv/index.ts";

// Excel reads a CSV as UTF-8 only when it starts with a byte order mark; without it names
// such as "Ηλίας" turn into mojibake. The importer accepts the mark.
const BYTE_ORDER_MARK = "\uFEFF";

/** Applications read and written per step: the file is never whole in memory (issue 16). */
const ROWS_PER_PAGE = 200;

/** Every field a spreadsheet would run as a formula, headers included, is guarded. */
const GUARDED = { guardFormulas: true } as const;

/**
 * A round's applications (optionally filtered) as the CSV file the importer reads, plus
 * status, creation time and the answers to custom questions, for the round's facilitators.
 * The file comes as chunks, a page of applications each, read as the download goes: an
 * export of 5,000 rows with 1,000 imported columns built one string of about 1 GB. The
 * pages are not one snapshot: an application written during the download may be missing
 * from it, or (when it brings a new column) lack that column's cell.
 */
export async function exportApplicants(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { roundId: string; filters: ApplicantFilters },
): Promise<Result<{ filename: string; chunks: AsyncIterable<string> }>> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, input.roundId);
  if (!found) return fail({ code: "not_found" });
  const [questions, answerKeys] = await Promise.all([
    repositories.rounds.listQuestions(found.round.id),
    repositories.applications.listCustomAnswerKeys(found.round.id, input.filters),
  ]);
  return ok({
    filename: `${found.programme.slug}-${found.round.slug}-applicants.csv`,
    chunks: csvChunks(repositories, found.round.id, input.filters, headers(answerKeys, questions)),
  });
}

async function* csvChunks(
  repositories: ReadRepositories,
  roundId: string,
  filters: ApplicantFilters,
  headerByKey: Map<string, string>,
): AsyncGenerator<string> {
  const columns = [...EXPORT_ONLY_COLUMNS, ...headerByKey.values()];
  yield BYTE_ORDER_MARK + applicationsCsvHeader(columns, GUARDED);
  let after: ApplicationRecord | null = null;
  for (;;) {
    const page = await repositories.applications.listAfter(roundId, filters, after, ROWS_PER_PAGE);
    let text = "";
    for (const application of page) {
      const customAnswers: Record<string, string> = {
        status: application.status,
        created_at: application.createdAt.toISOString(),
      };
      for (const [key, header] of headerByKey)
        customAnswers[header] = answerText(application.customAnswers[key]);
      text += applicationsCsvRecord({ profile: application, customAnswers }, columns, GUARDED);
    }
    if (text) yield text;
    if (page.length < ROWS_PER_PAGE) return;
    after = page[page.length - 1]!;
  }
}

/** Answer key → column header: the round's questions in their order, then imported columns. */
function headers(
  answerKeys: readonly string[],
  questions: readonly QuestionRecord[],
): Map<string, string> {
  const headerByKey = new Map<string, string>();
  const taken = new Set<string>();
  const add = (key: string, header: string) => {
    let unique = header;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${header} (${n})`;
    taken.add(unique.toLowerCase());
    headerByKey.set(key, unique);
  };
  for (const question of questions) add(question.id, questionColumnHeader(question.label));
  for (const key of answerKeys) if (!headerByKey.has(key)) add(key, questionColumnHeader(key));
  return headerByKey;
}

function answerText(answer: CustomAnswers[string] | undefined): string {
  if (answer === undefined) return "";
  if (typeof answer === "boolean") return answer ? "yes" : "no";
  return Array.isArray(answer) ? answer.join(";") : answer;
}
