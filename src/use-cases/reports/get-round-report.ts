import type { RoundReport } from "../../domain/reports/round-report.ts";
import { isTimeZone } from "../../domain/vocabulary/time-zones.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import { roundReportOf } from "./round-report-of.ts";

/** The page lists this many free-text answers per question ("and N more"; the CSV has all). */
export const TEXT_ANSWERS_SHOWN = 20;

/**
 * A round's report, for its programme's facilitators (anyone else: not_found). `textAnswers`
 * caps the free-text answers per question for the page; "all" for the exports.
 */
export async function getRoundReport(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { roundId: string; timeZone: string; locale: string; textAnswers: number | "all" },
): Promise<Result<RoundReport>> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, input.roundId);
  if (!found) return fail({ code: "not_found" });
  const round = await repositories.reports.findReportRound(found.round.id);
  if (!round) return fail({ code: "not_found" });
  const report = await roundReportOf(deps.uow, round, found.programme, {
    now: deps.clock.now(),
    timeZone: isTimeZone(input.timeZone) ? input.timeZone : "UTC",
    locale: input.locale,
  });
  const cap = input.textAnswers;
  if (cap === "all") return ok(report);
  return ok({
    ...report,
    surveys: report.surveys.map((survey) => ({
      ...survey,
      questions: survey.questions.map((q) =>
        q.type === "text" ? { ...q, answers: q.answers.slice(0, cap) } : q,
      ),
    })),
  });
}
