import {
  questionColumnHeader,
  writeApplicationsCsv,
} from "../../domain/applications/application-csv/index.ts";
import type { ApplicantFilters } from "../../domain/applications/applicant-filters.ts";
import type { CustomAnswers } from "../../domain/applications/application-profile.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { ApplicationRecord } from "./application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
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

/**
 * A round's applications (optionally filtered) as the CSV file the importer reads, plus
 * status, creation time and the answers to custom questions, for the round's facilitators.
 * Every field a spreadsheet would run as a formula, headers included, is guarded.
 */
export async function exportApplicants(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { roundId: string; filters: ApplicantFilters },
): Promise<Result<{ filename: string; text: string; count: number }>> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, input.roundId);
  if (!found) return fail({ code: "not_found" });
  const [applications, questions] = await Promise.all([
    repositories.applications.listAll(found.round.id, input.filters),
    repositories.rounds.listQuestions(found.round.id),
  ]);
  const headerByKey = customAnswerHeaders(applications, questions);
  const rows = applications.map((application) => {
    const customAnswers: Record<string, string> = {
      status: application.status,
      created_at: application.createdAt.toISOString(),
    };
    for (const [key, header] of headerByKey) {
      customAnswers[header] = answerText(application.customAnswers[key]);
    }
    return { profile: application, customAnswers };
  });
  return ok({
    filename: `${found.programme.slug}-${found.round.slug}-applicants.csv`,
    text: BYTE_ORDER_MARK + writeApplicationsCsv(rows, { guardFormulas: true }),
    count: applications.length,
  });
}

/** Answer key → column header: the round's questions in their order, then imported columns. */
function customAnswerHeaders(
  applications: readonly ApplicationRecord[],
  questions: readonly QuestionRecord[],
): Map<string, string> {
  const headers = new Map<string, string>();
  const taken = new Set<string>();
  const add = (key: string, header: string) => {
    let unique = header;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${header} (${n})`;
    taken.add(unique.toLowerCase());
    headers.set(key, unique);
  };
  for (const question of questions) add(question.id, questionColumnHeader(question.label));
  for (const application of applications) {
    for (const key of Object.keys(application.customAnswers)) {
      if (!headers.has(key)) add(key, questionColumnHeader(key));
    }
  }
  return headers;
}

function answerText(answer: CustomAnswers[string] | undefined): string {
  if (answer === undefined) return "";
  if (typeof answer === "boolean") return answer ? "yes" : "no";
  return Array.isArray(answer) ? answer.join(";") : answer;
}
