/**
 * What a round's public summary would show, for its facilitators before they publish it (and
 * whatever the round's state): the same hidden-small-counts summary the public gets.
 */
import {
  publicRoundSummary,
  type PublicRoundSummary,
} from "../../domain/reports/public-summary.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";

export async function previewRoundSummary(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { roundId: string },
): Promise<Result<PublicRoundSummary & { roundId: string; publicPath: string }>> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, input.roundId);
  const round = found && (await repositories.reports.findReportRound(found.round.id));
  if (!found || !round) return fail({ code: "not_found" });
  const [facts, surveys] = await Promise.all([
    repositories.reports.countRoundsFacts([round.id]),
    repositories.reports.countSurveyFigures([round.id]),
  ]);
  return ok({
    ...publicRoundSummary(round, found.programme, { ...facts, surveys }),
    roundId: round.id,
    publicPath: `/p/${found.programme.slug}/${round.slug}/summary`,
  });
}
