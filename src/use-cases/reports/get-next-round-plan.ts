/**
 * "Plan the next round" (issue 13): for a round cloned from the report (cloneRound), the round
 * it was cloned from in figures, to show beside its settings: the earlier round's key
 * figures, the suggestions they lead to, and what participants suggested in its surveys.
 */
import type { KeyFigures } from "../../domain/reports/key-figures.ts";
import {
  nextRoundSuggestions,
  participantSuggestions,
  type Suggestion,
} from "../../domain/reports/next-round-suggestions.ts";
import { isTimeZone } from "../../domain/vocabulary/time-zones.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import { TEXT_ANSWERS_SHOWN } from "./get-round-report.ts";
import { roundReportOf } from "./round-report-of.ts";

export interface NextRoundPlan {
  round: { id: string; name: string };
  previous: {
    round: { id: string; name: string; status: string };
    figures: KeyFigures;
    suggestions: Suggestion[];
    /** The participants' own suggestions (the most written first), and how many differ. */
    participantSuggestions: { text: string; count: number }[];
    participantSuggestionCount: number;
  };
}

export async function getNextRoundPlan(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { roundId: string; timeZone: string; locale: string },
): Promise<Result<NextRoundPlan>> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, input.roundId);
  if (!found?.round.clonedFromRoundId) return fail({ code: "not_found" });
  const source = await findFacilitatedRound(repositories, actor, found.round.clonedFromRoundId);
  const previous = source && (await repositories.reports.findReportRound(source.round.id));
  if (!source || !previous) return fail({ code: "not_found" });
  const report = await roundReportOf(deps.uow, previous, source.programme, {
    now: deps.clock.now(),
    timeZone: isTimeZone(input.timeZone) ? input.timeZone : "UTC",
    locale: input.locale,
  });
  const written = participantSuggestions(report);
  return ok({
    round: { id: found.round.id, name: found.round.name },
    previous: {
      round: { id: previous.id, name: previous.name, status: previous.status },
      figures: report.comparison.rounds.at(-1)!,
      suggestions: nextRoundSuggestions(report),
      participantSuggestions: written.slice(0, TEXT_ANSWERS_SHOWN),
      participantSuggestionCount: written.length,
    },
  });
}
