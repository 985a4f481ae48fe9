import { findApplicationByManageToken } from "./manage-application.ts";
import type { ApplicationRecord } from "./application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { QuestionRecord, RoundRecord } from "../rounds/round-ports.ts";
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

/** The application behind a manage link, with what its page shows: round, programme, questions. */
export async function findApplicationForApplicant(
  deps: Pick<UseCaseDeps, "uow" | "ids">,
  token: string,
): Promise<Result<PublicRound & { application: ApplicationRecord }>> {
  const found = await findApplicationByManageToken(deps, token);
  if (!found.ok) return found;
  const { application, round } = found.value;
  const programme = await deps.uow.read.programmes.findById(round.programmeId);
  if (!programme) return fail({ code: "not_found" });
  return ok({
    application,
    round,
    programme,
    questions: await deps.uow.read.rounds.listQuestions(round.id),
  });
}
