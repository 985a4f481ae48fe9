import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { QuestionRecord, RoundRecord } from "./round-ports.ts";
import { fail, ok, type Result } from "../result.ts";

export interface PublicRound {
  programme: ProgrammeRecord;
  round: RoundRecord;
  questions: QuestionRecord[];
}

/**
 * A round as the public sees it; drafts are not found, so unpublished rounds stay unknown.
 * The round page does without the questions (one query less on the busiest public page).
 */
export async function findPublicRound(
  deps: Pick<UseCaseDeps, "uow">,
  slugs: { programmeSlug: string; roundSlug: string },
  options: { withQuestions: boolean } = { withQuestions: true },
): Promise<Result<PublicRound>> {
  const repositories = deps.uow.read;
  const round = await repositories.rounds.findBySlugs(slugs.programmeSlug, slugs.roundSlug);
  if (!round || round.status === "draft") return fail({ code: "not_found" });
  const programme = await repositories.programmes.findById(round.programmeId);
  if (!programme) return fail({ code: "not_found" });
  const questions = options.withQuestions ? await repositories.rounds.listQuestions(round.id) : [];
  return ok({ programme, round, questions });
}
