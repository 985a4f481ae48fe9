/**
 * A round's public summary, for anyone, signed in or not: found only while its facilitators
 * have it published and the round is finished. Only the hidden-small-counts summary leaves
 * here (publicRoundSummary), never the report.
 */
import {
  publicRoundSummary,
  type PublicRoundSummary,
} from "../../domain/reports/public-summary.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";

export async function findPublicRoundSummary(
  deps: Pick<UseCaseDeps, "uow">,
  slugs: { programmeSlug: string; roundSlug: string },
): Promise<Result<PublicRoundSummary & { publicRoundPath: string }>> {
  const repositories = deps.uow.read;
  const found = await repositories.rounds.findBySlugs(slugs.programmeSlug, slugs.roundSlug);
  if (!found || found.status !== "finished") return fail({ code: "not_found" });
  if (!(await repositories.reports.findPublicSummary(found.id))) return fail({ code: "not_found" });
  const [round, programme] = await Promise.all([
    repositories.reports.findReportRound(found.id),
    repositories.programmes.findById(found.programmeId),
  ]);
  if (!round || !programme) return fail({ code: "not_found" });
  const [facts, surveys] = await Promise.all([
    repositories.reports.countRoundsFacts([round.id]),
    repositories.reports.countSurveyFigures([round.id]),
  ]);
  return ok({
    ...publicRoundSummary(round, programme, { ...facts, surveys }),
    publicRoundPath: `/p/${programme.slug}/${round.slug}`,
  });
}
